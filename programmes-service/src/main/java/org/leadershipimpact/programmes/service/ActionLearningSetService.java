package org.leadershipimpact.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.NeverMoves;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.programmes.ActionLearningSet;
import org.leadershipimpact.programmes.Cohort;
import org.leadershipimpact.programmes.Enrolment;
import org.leadershipimpact.programmes.EnrolmentStatus;
import org.leadershipimpact.programmes.api.Api.ActionLearningSetRequest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Action learning sets: named groups of one cohort's enrolments with a facilitator. */
@ApplicationScoped
@Transactional
public class ActionLearningSetService {

    @Inject
    Caller caller;

    @Inject
    CohortService cohorts;

    public ActionLearningSet form(ActionLearningSetRequest request) {
        Cohort cohort = cohorts.get(request.cohortId());
        ActionLearningSet set = ActionLearningSet.of(cohort);
        apply(set, request);
        set.persist();
        return set;
    }

    public ActionLearningSet update(UUID id, ActionLearningSetRequest request, String ifMatch) {
        ActionLearningSet set = get(id);
        NeverMoves.require("set", "cohorts", "cohortId", set.cohortId, request.cohortId());
        ETags.requireMatch(ifMatch, set.version);
        apply(set, request);
        return set;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionLearningSet get(UUID id) {
        return caller.visible(ActionLearningSet.findById(id), "Action learning set", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionLearningSet> list(PageRequest page, String system, UUID cohortId) {
        return ActionLearningSet.page(page, caller.listableSystems(system), cohortId);
    }

    private static void apply(ActionLearningSet set, ActionLearningSetRequest request) {
        Set<UUID> members = new LinkedHashSet<>(request.memberEnrolmentIds() == null ? Set.of() : request.memberEnrolmentIds());
        List<Problem.Violation> problems = new ArrayList<>();
        for (UUID member : members) {
            Enrolment enrolment = Enrolment.findById(member);
            if (enrolment == null || !enrolment.cohortId.equals(set.cohortId) || enrolment.status == EnrolmentStatus.WITHDRAWN) {
                problems.add(new Problem.Violation("memberEnrolmentIds", member + " is not a current enrolment of cohort " + set.cohortId));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(problems);
        }
        set.name = request.name().strip();
        set.facilitator = request.facilitator();
        set.memberEnrolmentIds = members;
    }
}
