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
import org.leadershipimpact.projects.events.ProjectEvents.ProjectUpdated;
import org.leadershipimpact.projects.events.ProjectEvents.ProjectWithdrawn;
import org.leadershipimpact.projects.events.ProjectEvents.ProjectRegistered;
import org.leadershipimpact.projects.events.ProjectEvents.ProjectStageChanged;
import org.leadershipimpact.projects.api.Api.ProjectRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Improvement projects: registering them against what programmes-service has announced, and running them.
 * Their milestones and PDSA cycles have services of their own ({@link MilestoneService}, {@link PdsaCycleService}).
 */
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

    /** A milestone or cycle of the project, withdrawn or not: 404 when it is of another project (or none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    <T extends WithdrawableRecord> T part(UUID projectId, T record, Function<T, UUID> owner, String what, UUID id) {
        get(projectId);
        if (record == null || !projectId.equals(owner.apply(record))) {
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
