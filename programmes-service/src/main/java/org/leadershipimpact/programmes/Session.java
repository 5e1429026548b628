package org.leadershipimpact.programmes;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A cohort's dated event: a workshop, an action learning set meeting, a leadership challenge... */
@Entity
@Table(name = "session")
public class Session extends WithdrawableRecord {

    @Column(name = "cohort_id", nullable = false)
    public UUID cohortId;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionKind kind;

    @Column(name = "session_date", nullable = false)
    public LocalDate date;

    public String location;

    public static Session of(Cohort cohort) {
        Session session = new Session();
        session.identify(cohort.systemCode);
        session.cohortId = cohort.id;
        session.programmeId = cohort.programmeId;
        return session;
    }

    /** Sessions that have taken place by {@code day}: what attendance rates are measured against (a withdrawn one never took place). */
    public static List<Session> heldBy(UUID cohortId, LocalDate day) {
        return list("cohortId = ?1 and date <= ?2 and " + CURRENT, Sort.by("date").and("id"), cohortId, day);
    }

    public static List<Session> ofCohort(UUID cohortId) {
        return list("cohortId = ?1 and " + CURRENT, Sort.by("date").and("id"), cohortId);
    }

    public static List<Session> page(PageRequest page, Set<String> systems, UUID cohortId, UUID programmeId, LocalDate from, LocalDate to) {
        PageRequest.Keyset keyset = page.keysetWithin(systems).current()
                .and(cohortId != null, "cohortId = :cohort", "cohort", cohortId)
                .and(programmeId != null, "programmeId = :programme", "programme", programmeId)
                .and(from != null, "date >= :from", "from", from)
                .and(to != null, "date <= :to", "to", to);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
