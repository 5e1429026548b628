package org.leadershipimpact.projects.service;

import org.leadershipimpact.platform.NeverMoves;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;
import org.leadershipimpact.platform.withdrawal.Withdrawal;
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.projects.Benefit;
import org.leadershipimpact.projects.ImprovementProject;
import org.leadershipimpact.projects.Measure;
import org.leadershipimpact.projects.KnownReferences.KnownCohort;
import org.leadershipimpact.projects.KnownReferences.KnownOrganisation;
import org.leadershipimpact.projects.KnownReferences.KnownParticipant;
import org.leadershipimpact.projects.KnownReferences.KnownProgramme;
import org.leadershipimpact.projects.Milestone;
import org.leadershipimpact.projects.PdsaCycle;
import org.leadershipimpact.projects.ProjectStage;
import org.leadershipimpact.projects.Theme;
import org.leadershipimpact.projects.events.ProjectEvents.MilestoneAchieved;
import org.leadershipimpact.projects.events.ProjectEvents.MilestoneWithdrawn;
import org.leadershipimpact.projects.events.ProjectEvents.PdsaCycleWithdrawn;
import org.leadershipimpact.projects.events.ProjectEvents.ProjectUpdated;
import org.leadershipimpact.projects.events.ProjectEvents.ProjectWithdrawn;
import org.leadershipimpact.projects.events.ProjectEvents.PdsaCycleCompleted;
import org.leadershipimpact.projects.events.ProjectEvents.ProjectRegistered;
import org.leadershipimpact.projects.events.ProjectEvents.ProjectStageChanged;
import org.leadershipimpact.projects.api.Api.Achievement;
import org.leadershipimpact.projects.api.Api.MilestoneRequest;
import org.leadershipimpact.projects.api.Api.PdsaRequest;
import org.leadershipimpact.projects.api.Api.ProjectRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Improvement projects: registering them against what programmes-service has announced, and running them. */
@ApplicationScoped
@Transactional
public class ProjectService {


    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Withdrawals withdrawals;

    static final String PROJECT = "Project";
    static final String MILESTONE = "Milestone";
    static final String CYCLE = "PDSA cycle";

    public ImprovementProject register(ProjectRequest request) {
        caller.requireActsFor(request.systemCode(), "System", request.systemCode());
        ImprovementProject project = ImprovementProject.register(request.systemCode());
        apply(project, request);
        project.persist();
        outbox.publish(project.id, new ProjectRegistered(project.id, project.systemCode, project.title,
                project.theme.name(), project.stage.name(), project.originProgrammeId, project.originCohortId, project.leadParticipantIds));
        return project;
    }

    public ImprovementProject update(UUID id, ProjectRequest request, String ifMatch) {
        ImprovementProject project = get(id);
        NeverMoves.require("project", "systems", "systemCode", project.systemCode, request.systemCode());
        ETags.requireMatch(ifMatch, project.version);
        UUID programmeBefore = project.originProgrammeId;
        apply(project, request);
        project.updatedAt = Instant.now(clock);
        if (!java.util.Objects.equals(programmeBefore, project.originProgrammeId)) {
            // a benefit counts for its project's programme: it moves with the project
            Benefit.update("programmeId = ?1 where projectId = ?2", project.originProgrammeId, project.id);
        }
        outbox.publish(project.id, new ProjectUpdated(project.id, project.systemCode, project.title,
                project.theme.name(), project.stage.name(), project.originProgrammeId, project.originCohortId, project.leadParticipantIds));
        return project;
    }

    /** Refused while anything of the project stands: those are withdrawn (or corrected) first, each with its own reason. */
    public Withdrawal withdraw(UUID id, Withdrawals.Request request, String ifMatch) {
        // held until commit, so nothing is added to the project while its dependants are looked for
        ImprovementProject project = caller.visibleEvenIfWithdrawn(ImprovementProject.findById(id, LockModeType.PESSIMISTIC_WRITE),
                PROJECT, id);
        List<String> dependants = new ArrayList<>();
        Measure.ofProject(id).forEach(m -> dependants.add("measure " + m.id));
        Benefit.ofProject(id).forEach(b -> dependants.add("benefit " + b.id));
        Milestone.ofProject(id).forEach(m -> dependants.add("milestone " + m.id));
        PdsaCycle.ofProject(id).forEach(c -> dependants.add("PDSA cycle " + c.id));
        return withdrawals.withdraw(PROJECT, project, request, ifMatch, dependants, () -> outbox.publish(project.id,
                new ProjectWithdrawn(project.id, project.systemCode, project.originProgrammeId)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal withdrawal(UUID id) {
        return withdrawals.of(PROJECT, caller.visibleEvenIfWithdrawn(ImprovementProject.findById(id), PROJECT, id));
    }

    public Withdrawal withdrawMilestone(UUID projectId, UUID milestoneId, Withdrawals.Request request, String ifMatch) {
        Milestone milestone = part(projectId, Milestone.findById(milestoneId), MILESTONE, milestoneId);
        return withdrawals.withdraw(MILESTONE, milestone, request, ifMatch, List.of(), () -> outbox.publish(projectId,
                new MilestoneWithdrawn(milestone.id, projectId, milestone.systemCode)));
    }

    public Withdrawal withdrawCycle(UUID projectId, UUID cycleId, Withdrawals.Request request, String ifMatch) {
        PdsaCycle cycle = part(projectId, PdsaCycle.findById(cycleId), CYCLE, cycleId);
        return withdrawals.withdraw(CYCLE, cycle, request, ifMatch, List.of(), () -> outbox.publish(projectId,
                new PdsaCycleWithdrawn(cycle.id, projectId, cycle.systemCode)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal milestoneWithdrawal(UUID projectId, UUID milestoneId) {
        return withdrawals.of(MILESTONE, part(projectId, Milestone.findById(milestoneId), MILESTONE, milestoneId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal cycleWithdrawal(UUID projectId, UUID cycleId) {
        return withdrawals.of(CYCLE, part(projectId, PdsaCycle.findById(cycleId), CYCLE, cycleId));
    }

    /** A milestone or cycle of the project, withdrawn or not: 404 when it is of another project (or none). */
    private <T extends WithdrawableRecord> T part(UUID projectId, T record, String what, UUID id) {
        get(projectId);
        UUID owner = record instanceof Milestone m ? m.projectId : record instanceof PdsaCycle c ? c.projectId : null;
        if (record == null || !projectId.equals(owner)) {
            throw ProblemException.notFound(what, id);
        }
        return record;
    }

    /** Moves the project on; asking for the stage it is at changes nothing. */
    public ImprovementProject changeStage(UUID id, ProjectStage to, String ifMatch) {
        ImprovementProject project = get(id);
        ETags.requireMatch(ifMatch, project.version);
        if (!ProjectStage.LIFECYCLE.moves(project.stage, to)) {
            return project;
        }
        ProjectStage from = project.stage;
        project.stage = to;
        project.updatedAt = Instant.now(clock);
        outbox.publish(project.id, new ProjectStageChanged(project.id, project.systemCode, project.originProgrammeId,
                project.theme.name(), from.name(), to.name()));
        return project;
    }

    /**
     * The project something is being added to (a measure, a benefit, a milestone, a cycle), held FOR SHARE
     * until commit: a withdrawal of the project waits for the addition, and then sees it, or the addition
     * waits for the withdrawal, and then finds the project gone.
     */
    ImprovementProject toAddTo(UUID id) {
        return caller.visible(ImprovementProject.findById(id, LockModeType.PESSIMISTIC_READ), PROJECT, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImprovementProject get(UUID id) {
        return caller.visible(ImprovementProject.findById(id), PROJECT, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImprovementProject> list(PageRequest page, String system, UUID programmeId, Theme theme, ProjectStage stage) {
        return ImprovementProject.page(page, caller.listableSystems(system), programmeId, theme, stage);
    }

    public Milestone addMilestone(UUID projectId, MilestoneRequest request) {
        ImprovementProject project = toAddTo(projectId);
        Milestone milestone = Milestone.of(project);
        milestone.title = request.title().strip();
        milestone.dueOn = request.dueOn();
        milestone.persist();
        return milestone;
    }

    public Milestone correctMilestone(UUID projectId, UUID milestoneId, MilestoneRequest request, String ifMatch) {
        Milestone milestone = milestone(projectId, milestoneId);
        ETags.requireMatch(ifMatch, milestone.version);
        milestone.title = request.title().strip();
        milestone.dueOn = request.dueOn();
        return milestone;
    }

    /** Records the day a milestone was reached; recording the same day again changes nothing. */
    public Milestone achieve(UUID projectId, UUID milestoneId, Achievement achievement) {
        Milestone milestone = milestone(projectId, milestoneId);
        if (achievement.achievedOn().equals(milestone.achievedOn)) {
            return milestone;
        }
        milestone.achievedOn = achievement.achievedOn();
        outbox.publish(projectId, new MilestoneAchieved(milestone.id, projectId, milestone.systemCode,
                milestone.title, milestone.achievedOn));
        return milestone;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> milestones(UUID projectId) {
        get(projectId);
        return Milestone.ofProject(projectId);
    }

    public PdsaCycle startCycle(UUID projectId, PdsaRequest request) {
        ImprovementProject project = toAddTo(projectId);
        PdsaCycle cycle = applyCycle(PdsaCycle.of(project), request);
        cycle.persist();
        return cycle;
    }

    /** Updates a cycle's notes; setting its act completes it, after which it cannot change. */
    public PdsaCycle updateCycle(UUID projectId, UUID cycleId, PdsaRequest request, String ifMatch) {
        PdsaCycle cycle = part(projectId, PdsaCycle.findById(cycleId), CYCLE, cycleId);
        if (cycle.isWithdrawn()) {
            throw cycle.gone(CYCLE);
        }
        ETags.requireMatch(ifMatch, cycle.version);
        if (cycle.act != null) {
            throw ProblemException.conflict("cycle-completed", "Cycle completed",
                    "This cycle was completed with " + cycle.act + " on " + cycle.completedOn + "; start a new cycle");
        }
        return applyCycle(cycle, request);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PdsaCycle> cycles(UUID projectId) {
        get(projectId);
        return PdsaCycle.ofProject(projectId);
    }

    private PdsaCycle applyCycle(PdsaCycle cycle, PdsaRequest request) {
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Milestone milestone(UUID projectId, UUID milestoneId) {
        Milestone milestone = part(projectId, Milestone.findById(milestoneId), MILESTONE, milestoneId);
        if (milestone.isWithdrawn()) {
            throw milestone.gone(MILESTONE);
        }
        return milestone;
    }

    /** References are checked against what programmes-service has announced, in the project's own system. */
    private static void apply(ImprovementProject project, ProjectRequest request) {
        List<Problem.Violation> problems = new ArrayList<>();
        if (request.originProgrammeId() != null) {
            KnownProgramme programme = KnownProgramme.findById(request.originProgrammeId());
            if (programme == null || !programme.systemCode.equals(project.systemCode)) {
                problems.add(new Problem.Violation("originProgrammeId", "no programme of system " + project.systemCode
                        + " with this id has been announced (new ones take a moment to arrive)"));
            }
        }
        if (request.originCohortId() != null) {
            KnownCohort cohort = KnownCohort.findById(request.originCohortId());
            if (cohort == null || !cohort.systemCode.equals(project.systemCode)) {
                problems.add(new Problem.Violation("originCohortId", "no cohort of system " + project.systemCode + " with this id is known"));
            } else if (request.originProgrammeId() == null || !cohort.programmeId.equals(request.originProgrammeId())) {
                problems.add(new Problem.Violation("originCohortId", "is not a cohort of the origin programme"));
            }
        }
        checkParticipants(project.systemCode, request.leadParticipantIds(), "leadParticipantIds", problems);
        checkParticipants(project.systemCode, request.teamParticipantIds(), "teamParticipantIds", problems);
        checkPartners(project, request.partnerOrganisationIds(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(problems);
        }
        project.title = request.title().strip();
        project.problem = request.problem();
        project.aim = request.aim();
        project.theme = request.theme();
        project.originProgrammeId = request.originProgrammeId();
        project.originCohortId = request.originCohortId();
        project.leadParticipantIds = copy(request.leadParticipantIds());
        project.teamParticipantIds = copy(request.teamParticipantIds());
        project.partnerOrganisationIds = copy(request.partnerOrganisationIds());
        project.stakeholders = request.stakeholders() == null ? new ArrayList<>() : new ArrayList<>(request.stakeholders().stream()
                .map(s -> new ImprovementProject.Stakeholder(s.name(), s.role())).toList());
    }

    private static void checkParticipants(String systemCode, Set<UUID> ids, String field, List<Problem.Violation> problems) {
        if (ids == null) {
            return;
        }
        for (UUID id : ids) {
            KnownParticipant participant = KnownParticipant.findById(id);
            if (participant == null || !participant.systemCode.equals(systemCode)) {
                problems.add(new Problem.Violation(field, id + " is not a known participant of system " + systemCode));
            }
        }
    }

    private static void checkPartners(ImprovementProject project, Set<UUID> ids, List<Problem.Violation> problems) {
        if (ids == null) {
            return;
        }
        for (UUID id : ids) {
            KnownOrganisation organisation = KnownOrganisation.findById(id);
            if (organisation == null || !organisation.systemCode.equals(project.systemCode)) {
                problems.add(new Problem.Violation("partnerOrganisationIds", id + " is not a known organisation of system "
                        + project.systemCode));
            } else if (organisation.withdrawn && !project.partnerOrganisationIds.contains(id)) {
                problems.add(new Problem.Violation("partnerOrganisationIds", id + " has been withdrawn and cannot become a partner"));
            }
        }
    }

    private static <T> Set<T> copy(Set<T> values) {
        return new LinkedHashSet<>(values == null ? Set.of() : values);
    }

}
