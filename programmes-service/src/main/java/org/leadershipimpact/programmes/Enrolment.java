package org.leadershipimpact.programmes;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.SystemRecord;
import org.leadershipimpact.platform.paging.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A participant's place in a cohort, on the core or the accredited pathway. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends SystemRecord {

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "cohort_id", nullable = false)
    public UUID cohortId;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Pathway pathway;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrolmentStatus status;

    @Column(name = "credits_value")
    public Integer creditsValue;

    @Column(name = "credits_level")
    public Integer creditsLevel;

    @Column(name = "credits_scheme")
    public String creditsScheme;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Enrolment of(Participant participant, Cohort cohort, Pathway pathway) {
        Enrolment enrolment = new Enrolment();
        enrolment.identify(cohort.systemCode);
        enrolment.participantId = participant.id;
        enrolment.cohortId = cohort.id;
        enrolment.programmeId = cohort.programmeId;
        enrolment.pathway = pathway;
        enrolment.status = EnrolmentStatus.ENROLLED;
        enrolment.updatedAt = enrolment.createdAt;
        return enrolment;
    }

    /** Places taken in a cohort: every enrolment but the withdrawn. */
    public static long placesTaken(UUID cohortId) {
        return count("cohortId = ?1 and status <> ?2", cohortId, EnrolmentStatus.WITHDRAWN);
    }

    /** The participant's place on the programme, if they hold one (in any of its cohorts). */
    public static Enrolment heldOnProgramme(UUID participantId, UUID programmeId) {
        return find("participantId = ?1 and programmeId = ?2 and status <> ?3", participantId, programmeId, EnrolmentStatus.WITHDRAWN)
                .firstResult();
    }

    public static List<Enrolment> ofCohort(UUID cohortId) {
        return list("cohortId", Sort.by("id"), cohortId);
    }

    public static List<Enrolment> page(PageRequest page, Set<String> systems, UUID cohortId, UUID programmeId,
            UUID participantId, EnrolmentStatus status) {
        PageRequest.Keyset keyset = page.keysetWithin(systems)
                .and(cohortId != null, "cohortId = :cohort", "cohort", cohortId)
                .and(programmeId != null, "programmeId = :programme", "programme", programmeId)
                .and(participantId != null, "participantId = :participant", "participant", participantId)
                .and(status != null, "status = :status", "status", status);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
