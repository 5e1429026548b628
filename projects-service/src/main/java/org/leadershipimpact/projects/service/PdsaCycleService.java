package org.leadershipimpact.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.withdrawal.Withdrawal;
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.projects.ImprovementProject;
import org.leadershipimpact.projects.PdsaCycle;
import org.leadershipimpact.projects.api.Api.PdsaRequest;
import org.leadershipimpact.projects.events.ProjectEvents.PdsaCycleCompleted;
import org.leadershipimpact.projects.events.ProjectEvents.PdsaCycleWithdrawn;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project's PDSA cycles: started with a plan and a prediction, run, completed by deciding the act. */
@ApplicationScoped
@Transactional
public class PdsaCycleService {

    static final String WHAT = "PDSA cycle";

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ProjectService projects;

    @Inject
    Withdrawals withdrawals;

    public PdsaCycle start(UUID projectId, PdsaRequest request) {
        ImprovementProject project = projects.toAddTo(projectId);
        PdsaCycle cycle = apply(PdsaCycle.of(project), request);
        cycle.persist();
        return cycle;
    }

    /** Updates a cycle's notes; setting its act completes it, after which it cannot change. */
    public PdsaCycle update(UUID projectId, UUID cycleId, PdsaRequest request, String ifMatch) {
        PdsaCycle cycle = evenIfWithdrawn(projectId, cycleId);
        if (cycle.isWithdrawn()) {
            throw cycle.gone(WHAT);
        }
        ETags.requireMatch(ifMatch, cycle.version);
        if (cycle.act != null) {
            throw ProblemException.conflict("cycle-completed", "Cycle completed",
                    "This cycle was completed with " + cycle.act + " on " + cycle.completedOn + "; start a new cycle");
        }
        return apply(cycle, request);
    }

    public Withdrawal withdraw(UUID projectId, UUID cycleId, Withdrawals.Request request, String ifMatch) {
        PdsaCycle cycle = evenIfWithdrawn(projectId, cycleId);
        return withdrawals.withdraw(WHAT, cycle, request, ifMatch, List.of(), () -> outbox.publish(projectId,
                new PdsaCycleWithdrawn(cycle.id, projectId, cycle.systemCode)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal withdrawal(UUID projectId, UUID cycleId) {
        return withdrawals.of(WHAT, evenIfWithdrawn(projectId, cycleId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PdsaCycle> ofProject(UUID projectId) {
        projects.get(projectId);
        return PdsaCycle.ofProject(projectId);
    }

    private PdsaCycle evenIfWithdrawn(UUID projectId, UUID cycleId) {
        return projects.part(projectId, PdsaCycle.<PdsaCycle>findById(cycleId), c -> c.projectId, WHAT, cycleId);
    }

    private PdsaCycle apply(PdsaCycle cycle, PdsaRequest request) {
        cycle.title = request.title().strip();
        cycle.plan = request.plan();
        cycle.prediction = request.prediction();
        cycle.doNotes = request.doNotes();
        cycle.studyNotes = request.studyNotes();
        if (request.act() != null) {
            if (request.studyNotes() == null || request.studyNotes().isBlank()) {
                throw ProblemException.invalid("studyNotes", "a cycle is studied before it is acted on");
            }
            cycle.act = request.act();
            cycle.completedOn = LocalDate.now(clock);
            outbox.publish(cycle.projectId, new PdsaCycleCompleted(cycle.id, cycle.projectId, cycle.systemCode,
                    cycle.act.name(), cycle.completedOn));
        }
        return cycle;
    }
}
