package org.leadershipimpact.programmes;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.SystemRecord;
import org.leadershipimpact.platform.paging.PageRequest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A named group of a cohort's enrolments who meet with a facilitator to work on real problems. */
@Entity
@Table(name = "action_learning_set")
public class ActionLearningSet extends SystemRecord {

    @Column(name = "cohort_id", nullable = false)
    public UUID cohortId;

    @Column(nullable = false)
    public String name;

    public String facilitator;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_learning_set_member", joinColumns = @JoinColumn(name = "set_id"))
    @Column(name = "enrolment_id")
    public Set<UUID> memberEnrolmentIds = new LinkedHashSet<>();

    public static ActionLearningSet of(Cohort cohort) {
        ActionLearningSet set = new ActionLearningSet();
        set.identify(cohort.systemCode);
        set.cohortId = cohort.id;
        return set;
    }

    public static List<ActionLearningSet> page(PageRequest page, Set<String> systems, UUID cohortId) {
        PageRequest.Keyset keyset = page.keysetWithin(systems).and(cohortId != null, "cohortId = :cohort", "cohort", cohortId);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
