package org.leadershipimpact.programmes;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.Ids;
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

    public static Enrolment of(UUID participantId, Cohort cohort, Pathway pathway) {
        Enrolment enrolment = new Enrolment();
        enrolment.identify(cohort.systemCode);
        enrolment.participantId = participantId;
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
        return placesTakenBy("cohort_id", cohortIds);
    }

    /** Places taken on each of the programmes, in any of their cohorts, in one query; a programme with none is left out. */
    public static Map<UUID, Long> placesTakenOnProgrammes(Collection<UUID> programmeIds) {
        return placesTakenBy("programme_id", programmeIds);
    }

    /** In SQL, as the batch's other checks: see {@link org.leadershipimpact.platform.Ids#asSqlArray}. */
    private static Map<UUID, Long> placesTakenBy(String column, Collection<UUID> ids) {
        Map<UUID, Long> taken = new HashMap<>();
        if (!ids.isEmpty()) {
            List<?> rows = getEntityManager().createNativeQuery("SELECT CAST(" + column + " AS text), count(*) FROM enrolment WHERE "
                            + column + " = ANY(CAST(?1 AS uuid[])) AND status <> 'WITHDRAWN' GROUP BY " + column)
                    .setParameter(1, Ids.asSqlArray(ids))
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                taken.put(UUID.fromString((String) columns[0]), ((Number) columns[1]).longValue());
            }
        }
        return taken;
    }

    /** What a register checks of an enrolment it marks. */
    public record Standing(String systemCode, UUID cohortId, EnrolmentStatus status) {
    }

    /** The standing of each of {@code ids} that exists, in one query, without loading the enrolments. */
    public static Map<UUID, Standing> standingOf(Collection<UUID> ids) {
        Map<UUID, Standing> standing = new HashMap<>();
        List<?> rows = getEntityManager().createNativeQuery("""
                SELECT CAST(id AS text), system_code, CAST(cohort_id AS text), status FROM enrolment WHERE id = ANY(CAST(?1 AS uuid[]))""")
                .setParameter(1, Ids.asSqlArray(ids))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            standing.put(UUID.fromString((String) columns[0]), new Standing((String) columns[1],
                    UUID.fromString((String) columns[2]), EnrolmentStatus.valueOf((String) columns[3])));
        }
        return standing;
    }

    /** A place a participant holds on a programme: the enrolment that holds it. */
    public record Place(UUID participantId, UUID programmeId) {
    }

    /** The places the participants hold on the programmes (any status but withdrawn), with the enrolment holding each, in one query. */
    public static Map<Place, UUID> heldOnProgrammes(Collection<UUID> participantIds, Collection<UUID> programmeIds) {
        Map<Place, UUID> held = new HashMap<>();
        if (participantIds.isEmpty() || programmeIds.isEmpty()) {
            return held;
        }
        List<?> rows = getEntityManager().createNativeQuery("""
                SELECT CAST(participant_id AS text), CAST(programme_id AS text), CAST(id AS text) FROM enrolment
                WHERE participant_id = ANY(CAST(?1 AS uuid[])) AND programme_id = ANY(CAST(?2 AS uuid[])) AND status <> 'WITHDRAWN'""")
                .setParameter(1, Ids.asSqlArray(participantIds))
                .setParameter(2, Ids.asSqlArray(programmeIds))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            held.putIfAbsent(new Place(UUID.fromString((String) columns[0]), UUID.fromString((String) columns[1])),
                    UUID.fromString((String) columns[2]));
        }
        return held;
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
