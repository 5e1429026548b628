package org.leadershipimpact.programmes;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.Ids;
import org.leadershipimpact.platform.SystemRecord;
import org.leadershipimpact.platform.paging.PageRequest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One run of a programme, e.g. the Stepney and Whitechapel Network cohort. */
@Entity
@Table(name = "cohort")
public class Cohort extends SystemRecord {

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public static Cohort of(Programme programme) {
        Cohort cohort = new Cohort();
        cohort.identify(programme.systemCode);
        cohort.programmeId = programme.id;
        return cohort;
    }

    /**
     * The cohorts, locked until the transaction ends: enrolments into a cohort queue here, so capacity holds
     * under concurrency. Locked in id order, so that two batches naming the same cohorts cannot deadlock.
     */
    public static List<Cohort> lockForEnrolment(Collection<UUID> ids) {
        // in SQL with the ids as one array, as the batch's other checks (Ids.asSqlArray)
        @SuppressWarnings("unchecked")
        List<Cohort> locked = getEntityManager().createNativeQuery(
                        "SELECT * FROM cohort WHERE id = ANY(CAST(?1 AS uuid[])) ORDER BY id FOR UPDATE", Cohort.class)
                .setParameter(1, Ids.asSqlArray(ids))
                .getResultList();
        return locked;
    }

    public static List<Cohort> page(PageRequest page, Set<String> systems, UUID programmeId) {
        PageRequest.Keyset keyset = page.keysetWithin(systems).and(programmeId != null, "programmeId = :programme", "programme", programmeId);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
