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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** {@link #placesTaken} of many cohorts in one query; a cohort with none taken is left out. */
    public static Map<UUID, Long> placesTakenInCohorts(Collection<UUID> cohortIds) {
        return placesTakenBy("cohortId", cohortIds);
    }

    /** Places taken on each of the programmes, in any of their cohorts, in one query; a programme with none is left out. */
    public static Map<UUID, Long> placesTakenOnProgrammes(Collection<UUID> programmeIds) {
        return placesTakenBy("programmeId", programmeIds);
    }

    private static Map<UUID, Long> placesTakenBy(String field, Collection<UUID> ids) {
        Map<UUID, Long> taken = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select e." + field + ", count(e) from Enrolment e where e." + field + " in ?1 and e.status <> ?2 group by e."
                    + field, Object[].class).setParameter(1, ids).setParameter(2, EnrolmentStatus.WITHDRAWN)
                    .getResultStream().forEach(row -> taken.put((UUID) row[0], (Long) row[1]));
        }
        return taken;
    }

    /** The places the participants hold on the programmes (in any of their cohorts), in one query. */
    public static List<Enrolment> heldOnProgrammes(Collection<UUID> participantIds, Collection<UUID> programmeIds) {
        if (participantIds.isEmpty() || programmeIds.isEmpty()) {
            return List.of();
        }
        return list("participantId in ?1 and programmeId in ?2 and status <> ?3", participantIds, programmeIds, EnrolmentStatus.WITHDRAWN);
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
