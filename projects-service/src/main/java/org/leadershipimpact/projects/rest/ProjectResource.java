package org.leadershipimpact.projects.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.platform.figures.FigureSheet;
import org.leadershipimpact.platform.idempotency.Idempotent;
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.rest.Responses;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.platform.SystemCode;
import org.leadershipimpact.projects.ImprovementProject;
import org.leadershipimpact.projects.Milestone;
import org.leadershipimpact.projects.PdsaCycle;
import org.leadershipimpact.projects.ProjectStage;
import org.leadershipimpact.projects.Theme;
import org.leadershipimpact.projects.api.Api.Achievement;
import org.leadershipimpact.projects.api.Api.MilestoneRequest;
import org.leadershipimpact.projects.api.Api.PdsaRequest;
import org.leadershipimpact.projects.api.Api.ProjectRequest;
import org.leadershipimpact.projects.api.Api.StageChange;
import org.leadershipimpact.projects.rest.Views.MilestoneView;
import org.leadershipimpact.projects.rest.Views.PdsaCycleView;
import org.leadershipimpact.projects.rest.Views.ProjectView;
import org.leadershipimpact.projects.rest.Views.TotalsView;
import org.leadershipimpact.projects.service.BenefitService;
import org.leadershipimpact.projects.service.MilestoneService;
import org.leadershipimpact.projects.service.PdsaCycleService;
import org.leadershipimpact.projects.service.ProjectFigures;
import org.leadershipimpact.projects.service.ProjectService;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Improvement projects, their milestones and PDSA cycles")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.INTEGRATOR})
public class ProjectResource {

    @Inject
    ProjectFigures figures;

    @Inject
    ProjectService projects;

    @Inject
    MilestoneService milestones;

    @Inject
    PdsaCycleService cycles;

    @Inject
    BenefitService benefits;

    @POST
    @Idempotent
    @Operation(summary = "Register a project", description = "Programme, cohort and participants are checked against what programmes-service has announced.")
    @APIResponse(responseCode = "201", description = "Registered, at stage IDEA", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "422", description = "A programme, cohort, participant or partner organisation this service does not know in the project's system")
    public Response register(@Valid @NotNull ProjectRequest request, @Context UriInfo uri) {
        ImprovementProject project = projects.register(request);
        return Responses.created(uri, project.id, ProjectView.of(project), project.version);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List projects", description = "In creation order, a page at a time; filter by system, programme, theme and stage.")
    public Response list(@QueryParam("system") String system, @QueryParam("programme") UUID programme,
            @QueryParam("theme") Theme theme, @QueryParam("stage") ProjectStage stage,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.respond(projects.list(page, system, programme, theme, stage), p -> p.id, ProjectView::of, uri);
    }

    @GET
    @Path("figures")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A system's project figures, from the records that stand here",
            description = "Projects, benefits and the signals the charts show now, counted as evaluation-service counts them: "
                    + "what its read models are checked against (GET /api/v1/evaluation/consistency).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = FigureSheet.class)))
    public FigureSheet figures(@QueryParam("system") @NotNull @Pattern(regexp = SystemCode.PATTERN) String system) {
        return figures.of(system);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read a project", description = "The project with its aim, theme, stage, origin programme and team.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response get(@PathParam("id") UUID id) {
        ImprovementProject project = projects.get(id);
        return Responses.ok(ProjectView.of(project), project.version);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a project: its aims, team, partners and stakeholders", description = "Replaces the project's details (not its stage, which moves through its own operation); send the ETag you read as If-Match.")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "422", description = "A programme, cohort, participant or partner organisation this service does not know in the project's system")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull ProjectRequest request, @HeaderParam("If-Match") String ifMatch) {
        ImprovementProject project = projects.update(id, request, ifMatch);
        return Responses.ok(ProjectView.of(project), project.version);
    }

    @PUT
    @Path("{id}/stage")
    @Operation(summary = "Move a project on", description = "IDEA → SCOPING → (BUSINESS_CASE →) IMPLEMENTATION → SUSTAINING → CLOSED, or ABANDONED.")
    @APIResponse(responseCode = "409", description = "Not an allowed move; the problem lists the allowed ones")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response changeStage(@PathParam("id") UUID id, @Valid @NotNull StageChange change, @HeaderParam("If-Match") String ifMatch) {
        ImprovementProject project = projects.changeStage(id, change.stage(), ifMatch);
        return Responses.ok(ProjectView.of(project), project.version);
    }

    @POST
    @Path("{id}/withdrawal")
    @Idempotent
    @Operation(summary = "Withdraw a project", description = "With a reason: it leaves every list, figure and report, and reading it then answers 410. Refused (409, naming them) while measures, benefits, milestones or PDSA cycles of it stand.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull Withdrawals.Request request,
            @HeaderParam("If-Match") String ifMatch) {
        return Response.ok(Withdrawals.View.of(projects.withdraw(id, request, ifMatch))).build();
    }

    @GET
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who withdrew a project, when and why", description = "The audit of its withdrawal, for admins alone since it names a user; 404 when it was never withdrawn.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    public Withdrawals.View withdrawal(@PathParam("id") UUID id) {
        return Withdrawals.View.of(projects.withdrawal(id));
    }

    @POST
    @Path("{id}/milestones/{milestoneId}/withdrawal")
    @Idempotent
    @Operation(summary = "Withdraw a milestone", description = "With a reason: it leaves the project's milestones and every report.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    public Response withdrawMilestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId, @Valid @NotNull Withdrawals.Request request,
            @HeaderParam("If-Match") String ifMatch) {
        return Response.ok(Withdrawals.View.of(milestones.withdraw(id, milestoneId, request, ifMatch))).build();
    }

    @GET
    @Path("{id}/milestones/{milestoneId}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who withdrew a milestone, when and why", description = "The audit of its withdrawal, for admins alone since it names a user; 404 when it was never withdrawn.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    public Withdrawals.View milestoneWithdrawal(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId) {
        return Withdrawals.View.of(milestones.withdrawal(id, milestoneId));
    }

    @POST
    @Path("{id}/pdsa-cycles/{cycleId}/withdrawal")
    @Idempotent
    @Operation(summary = "Withdraw a PDSA cycle", description = "With a reason: it leaves the project's cycles and every report.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    public Response withdrawCycle(@PathParam("id") UUID id, @PathParam("cycleId") UUID cycleId, @Valid @NotNull Withdrawals.Request request,
            @HeaderParam("If-Match") String ifMatch) {
        return Response.ok(Withdrawals.View.of(cycles.withdraw(id, cycleId, request, ifMatch))).build();
    }

    @GET
    @Path("{id}/pdsa-cycles/{cycleId}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who withdrew a PDSA cycle, when and why", description = "The audit of its withdrawal, for admins alone since it names a user; 404 when it was never withdrawn.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    public Withdrawals.View cycleWithdrawal(@PathParam("id") UUID id, @PathParam("cycleId") UUID cycleId) {
        return Withdrawals.View.of(cycles.withdrawal(id, cycleId));
    }

    @POST
    @Path("{id}/milestones")
    @Idempotent
    @Operation(summary = "Plan a milestone", description = "A step the project means to reach, with its due date; achieving it is recorded separately.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response addMilestone(@PathParam("id") UUID id, @Valid @NotNull MilestoneRequest request, @Context UriInfo uri) {
        Milestone milestone = milestones.add(id, request);
        return Responses.created(uri, milestone.id, MilestoneView.of(milestone), milestone.version);
    }

    @GET
    @Path("{id}/milestones")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "The project's milestones", description = "Planned and achieved, in due-date order.")
    public List<MilestoneView> milestones(@PathParam("id") UUID id) {
        return milestones.ofProject(id).stream().map(MilestoneView::of).toList();
    }

    @GET
    @Path("{id}/milestones/{milestoneId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read a milestone", description = "With its ETag, for correcting it.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response milestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId) {
        Milestone milestone = milestones.get(id, milestoneId);
        return Responses.ok(MilestoneView.of(milestone), milestone.version);
    }

    @PUT
    @Path("{id}/milestones/{milestoneId}")
    @Operation(summary = "Correct a milestone", description = "Its title and due date; send the ETag you read as If-Match.")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response correctMilestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
            @Valid @NotNull MilestoneRequest request, @HeaderParam("If-Match") String ifMatch) {
        Milestone milestone = milestones.correct(id, milestoneId, request, ifMatch);
        return Responses.ok(MilestoneView.of(milestone), milestone.version);
    }

    @PUT
    @Path("{id}/milestones/{milestoneId}/achievement")
    @Operation(summary = "Record that a milestone was reached", description = "Marks the milestone achieved on a date.")
    public MilestoneView achieve(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId, @Valid @NotNull Achievement achievement) {
        return MilestoneView.of(milestones.achieve(id, milestoneId, achievement));
    }

    @POST
    @Path("{id}/pdsa-cycles")
    @Idempotent
    @Operation(summary = "Start a PDSA cycle", description = "Plan with a prediction; do, study and act follow as the cycle runs.")
    @APIResponse(responseCode = "201", description = "Started", content = @Content(schema = @Schema(implementation = PdsaCycleView.class)))
    public Response startCycle(@PathParam("id") UUID id, @Valid @NotNull PdsaRequest request, @Context UriInfo uri) {
        PdsaCycle cycle = cycles.start(id, request);
        return Responses.created(uri, cycle.id, PdsaCycleView.of(cycle), cycle.version);
    }

    @GET
    @Path("{id}/pdsa-cycles")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "The project's PDSA cycles", description = "Every Plan-Do-Study-Act cycle with its prediction, findings and decision.")
    public List<PdsaCycleView> cycles(@PathParam("id") UUID id) {
        return cycles.ofProject(id).stream().map(PdsaCycleView::of).toList();
    }

    @PUT
    @Path("{id}/pdsa-cycles/{cycleId}")
    @Operation(summary = "Record a cycle's do, study and act", description = "Deciding the act (adopt, adapt, abandon) completes the cycle.")
    @APIResponse(responseCode = "409", description = "The cycle is already completed")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PdsaCycleView.class)))
    public Response updateCycle(@PathParam("id") UUID id, @PathParam("cycleId") UUID cycleId, @Valid @NotNull PdsaRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        PdsaCycle cycle = cycles.update(id, cycleId, request, ifMatch);
        return Responses.ok(PdsaCycleView.of(cycle), cycle.version);
    }

    @GET
    @Path("{id}/benefit-totals")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "The project's benefits, totalled by category and unit", description = "Totals never add unlike units: pounds and bed nights stay apart.")
    public TotalsView benefitTotals(@PathParam("id") UUID id) {
        return new TotalsView(id, null, benefits.projectTotals(id));
    }
}
