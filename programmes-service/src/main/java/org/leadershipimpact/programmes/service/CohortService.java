package org.leadershipimpact.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.NeverMoves;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.programmes.Cohort;
import org.leadershipimpact.programmes.Enrolment;
import org.leadershipimpact.programmes.Programme;
import org.leadershipimpact.programmes.ProgrammeStatus;
import org.leadershipimpact.programmes.events.ProgrammeEvents.CohortCreated;
import org.leadershipimpact.programmes.events.ProgrammeEvents.CohortUpdated;
import org.leadershipimpact.programmes.api.Api.CohortRequest;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class CohortService {

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    ProgrammeService programmes;

    public Cohort create(CohortRequest request) {
        Programme programme = programmes.get(request.programmeId());
        if (programme.status == ProgrammeStatus.COMPLETED || programme.status == ProgrammeStatus.CANCELLED) {
            throw ProblemException.conflict("programme-closed", "Programme closed",
                    "Programme " + programme.id + " is " + programme.status + ": it takes no new cohorts");
        }
        Cohort cohort = Cohort.of(programme);
        apply(cohort, request);
        cohort.persist();
        outbox.publish(cohort.id, new CohortCreated(cohort.id, cohort.programmeId, cohort.systemCode, cohort.name,
                cohort.capacity, cohort.startDate, cohort.endDate));
        return cohort;
    }

    public Cohort update(UUID id, CohortRequest request, String ifMatch) {
        Cohort cohort = get(id);
        NeverMoves.require("cohort", "programmes", "programmeId", cohort.programmeId, request.programmeId());
        ETags.requireMatch(ifMatch, cohort.version);
        long taken = Enrolment.placesTaken(id);
        if (request.capacity() < taken) {
            throw ProblemException.conflict("capacity-below-enrolments", "Capacity below enrolments",
                    "The cohort already holds " + taken + " places; its capacity cannot be less").with("placesTaken", taken);
        }
        apply(cohort, request);
        outbox.publish(cohort.id, new CohortUpdated(cohort.id, cohort.programmeId, cohort.systemCode, cohort.name,
                cohort.capacity, cohort.startDate, cohort.endDate));
        return cohort;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Cohort get(UUID id) {
        return caller.visible(Cohort.findById(id), "Cohort", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> list(PageRequest page, String system, UUID programmeId) {
        return Cohort.page(page, caller.listableSystems(system), programmeId);
    }

    private static void apply(Cohort cohort, CohortRequest request) {
        if (request.startDate() != null && request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate");
        }
        cohort.name = request.name().strip();
        cohort.capacity = request.capacity();
        cohort.startDate = request.startDate();
        cohort.endDate = request.endDate();
    }
}
