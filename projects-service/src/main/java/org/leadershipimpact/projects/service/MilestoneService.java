package org.leadershipimpact.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.withdrawal.Withdrawal;
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.projects.ImprovementProject;
import org.leadershipimpact.projects.Milestone;
import org.leadershipimpact.projects.api.Api.Achievement;
import org.leadershipimpact.projects.api.Api.MilestoneRequest;
import org.leadershipimpact.projects.events.ProjectEvents.MilestoneAchieved;
import org.leadershipimpact.projects.events.ProjectEvents.MilestoneWithdrawn;

import java.util.List;
import java.util.UUID;

/** A project's milestones: planned with a due date, corrected, reached, withdrawn. */
@ApplicationScoped
@Transactional
public class MilestoneService {

    static final String WHAT = "Milestone";

    @Inject
    Outbox outbox;

    @Inject
    ProjectService projects;

    @Inject
    Withdrawals withdrawals;

    public Milestone add(UUID projectId, MilestoneRequest request) {
        ImprovementProject project = projects.toAddTo(projectId);
        Milestone milestone = Milestone.of(project);
        milestone.title = request.title().strip();
        milestone.dueOn = request.dueOn();
        milestone.persist();
        return milestone;
    }

    public Milestone correct(UUID projectId, UUID milestoneId, MilestoneRequest request, String ifMatch) {
        Milestone milestone = get(projectId, milestoneId);
        ETags.requireMatch(ifMatch, milestone.version);
        milestone.title = request.title().strip();
        milestone.dueOn = request.dueOn();
        return milestone;
    }

    /** Records the day a milestone was reached; recording the same day again changes nothing. */
    public Milestone achieve(UUID projectId, UUID milestoneId, Achievement achievement) {
        Milestone milestone = get(projectId, milestoneId);
        if (achievement.achievedOn().equals(milestone.achievedOn)) {
            return milestone;
        }
        milestone.achievedOn = achievement.achievedOn();
        outbox.publish(projectId, new MilestoneAchieved(milestone.id, projectId, milestone.systemCode,
                milestone.title, milestone.achievedOn));
        return milestone;
    }

    public Withdrawal withdraw(UUID projectId, UUID milestoneId, Withdrawals.Request request, String ifMatch) {
        Milestone milestone = evenIfWithdrawn(projectId, milestoneId);
        return withdrawals.withdraw(WHAT, milestone, request, ifMatch, List.of(), () -> outbox.publish(projectId,
                new MilestoneWithdrawn(milestone.id, projectId, milestone.systemCode)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal withdrawal(UUID projectId, UUID milestoneId) {
        return withdrawals.of(WHAT, evenIfWithdrawn(projectId, milestoneId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> ofProject(UUID projectId) {
        projects.get(projectId);
        return Milestone.ofProject(projectId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Milestone get(UUID projectId, UUID milestoneId) {
        Milestone milestone = evenIfWithdrawn(projectId, milestoneId);
        if (milestone.isWithdrawn()) {
            throw milestone.gone(WHAT);
        }
        return milestone;
    }

    private Milestone evenIfWithdrawn(UUID projectId, UUID milestoneId) {
        return projects.part(projectId, Milestone.<Milestone>findById(milestoneId), m -> m.projectId, WHAT, milestoneId);
    }
}
