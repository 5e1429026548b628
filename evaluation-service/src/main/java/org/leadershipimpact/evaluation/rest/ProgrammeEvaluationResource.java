package org.leadershipimpact.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.leadershipimpact.evaluation.IndependentEvaluation;
import org.leadershipimpact.evaluation.ProgrammeCost;
import org.leadershipimpact.evaluation.api.SummaryView;
import org.leadershipimpact.evaluation.report.EvaluationReport;
import org.leadershipimpact.evaluation.api.Api.CostRequest;
import org.leadershipimpact.evaluation.api.Api.IndependentEvaluationRequest;
import org.leadershipimpact.evaluation.rest.Views.CostView;
import org.leadershipimpact.evaluation.rest.Views.IndependentEvaluationView;
import org.leadershipimpact.evaluation.service.Disclosure;
import org.leadershipimpact.evaluation.service.ProgrammeRecords;
import org.leadershipimpact.evaluation.service.Reports;
import org.leadershipimpact.evaluation.service.Summaries;
import org.leadershipimpact.evaluation.facts.ProgrammeFact;
import org.leadershipimpact.platform.idempotency.Idempotent;
import org.leadershipimpact.platform.rest.Responses;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.platform.withdrawal.Withdrawals;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/evaluation/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme evaluation", description = "Figures, Kirkpatrick/ROI reports, costs and independent evaluations of a programme")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
public class ProgrammeEvaluationResource {

    @Inject
    Summaries summaries;

    @Inject
    Reports reports;

    @Inject
    ProgrammeRecords records;

    @Inject
    Disclosure disclosure;

    @Inject
    ReportPages pages;

    @GET
    @Path("{id}/summary")
    @Operation(summary = "A programme's headline figures", description = "Pre-aggregated from the other services' events: participants, enrolment outcomes, attendance, credits, projects, benefits and SPC signals.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "Not a programme evaluation knows of in the caller's systems")
    public SummaryView summary(@PathParam("id") UUID id) {
        ProgrammeFact programme = summaries.programme(id);
        return disclosure.summary("PROGRAMME", id.toString(), programme.title, summaries.ofProgramme(id));
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "The programme's evaluation report",
            description = "Kirkpatrick levels 1–4 and Phillips ROI: each benefit valued for the share the programme caused, discounted "
                    + "over the horizon, with a sensitivity table and the break-even attribution (docs/design/credible-value.md). "
                    + "Ask for text/html for a printable page with charts, or application/pdf for the same page as an A4 PDF.")
    public EvaluationReport report(@PathParam("id") UUID id, @BeanParam ReportParameters parameters) {
        return reports.ofProgramme(id, parameters.options());
    }

    @GET
    @Path("{id}/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String reportPage(@PathParam("id") UUID id, @BeanParam ReportParameters parameters) {
        return pages.html(reports.ofProgramme(id, parameters.options()));
    }

    @GET
    @Path("{id}/report")
    @Produces(ReportPages.PDF)
    @Operation(hidden = true)
    public byte[] reportPdf(@PathParam("id") UUID id, @BeanParam ReportParameters parameters) {
        return pages.pdf(reports.ofProgramme(id, parameters.options()));
    }

    @POST
    @Path("{id}/costs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Record a cost of the programme beyond its funding", description = "ROI counts costs fully loaded: funding plus these.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CostView.class)))
    public Response addCost(@PathParam("id") UUID id, @Valid @NotNull CostRequest request, @Context UriInfo uri) {
        ProgrammeCost cost = records.addCost(id, request);
        return Responses.created(uri, cost.id, CostView.of(cost), cost.version);
    }

    @GET
    @Path("{id}/costs")
    @Operation(summary = "The programme's costs beyond its funding", description = "Costs recorded so that ROI counts costs fully loaded; withdrawn ones are left out.")
    public List<CostView> costs(@PathParam("id") UUID id) {
        return records.costs(id).stream().map(CostView::of).toList();
    }

    @GET
    @Path("{id}/costs/{costId}")
    @Operation(summary = "Read a cost of the programme", description = "With its ETag, which a correction names in If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CostView.class)))
    @APIResponse(responseCode = "404", description = "Not a cost of this programme in the caller's systems")
    @APIResponse(responseCode = "410", description = "Withdrawn; the problem says when and why")
    public Response cost(@PathParam("id") UUID id, @PathParam("costId") UUID costId) {
        ProgrammeCost cost = records.cost(id, costId);
        return Responses.ok(CostView.of(cost), cost.version);
    }

    @PUT
    @Path("{id}/costs/{costId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Correct a cost of the programme",
            description = "Replaces its category, description and amount, checked as when it was recorded; it stays with its programme. ROI counts the corrected amount.")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = CostView.class)))
    @APIResponse(responseCode = "410", description = "Withdrawn, so no longer corrected")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response correctCost(@PathParam("id") UUID id, @PathParam("costId") UUID costId, @Valid @NotNull CostRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        ProgrammeCost cost = records.correctCost(id, costId, request, ifMatch);
        return Responses.ok(CostView.of(cost), cost.version);
    }

    @POST
    @Path("{id}/costs/{costId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Withdraw a cost of the programme",
            description = "With a reason. It leaves the list and the ROI, and reading it answers 410; withdrawing it again answers the first withdrawal.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response withdrawCost(@PathParam("id") UUID id, @PathParam("costId") UUID costId, @Valid @NotNull Withdrawals.Request request,
            @HeaderParam("If-Match") String ifMatch) {
        return Response.ok(Withdrawals.View.of(records.withdrawCost(id, costId, request, ifMatch))).build();
    }

    @GET
    @Path("{id}/costs/{costId}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who withdrew a cost, when and why", description = "The audit of its withdrawal.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    @APIResponse(responseCode = "404", description = "Not a cost of this programme, or not withdrawn")
    public Withdrawals.View costWithdrawal(@PathParam("id") UUID id, @PathParam("costId") UUID costId) {
        return Withdrawals.View.of(records.costWithdrawal(id, costId));
    }

    @POST
    @Path("{id}/independent-evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Record an independent evaluation of the programme", description = "An evaluator's findings, method, date and a link to the report.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = IndependentEvaluationView.class)))
    public Response addEvaluation(@PathParam("id") UUID id, @Valid @NotNull IndependentEvaluationRequest request, @Context UriInfo uri) {
        IndependentEvaluation evaluation = records.addEvaluation(id, request);
        return Responses.created(uri, evaluation.id, IndependentEvaluationView.of(evaluation), evaluation.version);
    }

    @GET
    @Path("{id}/independent-evaluations")
    @Operation(summary = "Independent evaluations of the programme", description = "In the order they reported; withdrawn ones are left out.")
    public List<IndependentEvaluationView> evaluations(@PathParam("id") UUID id) {
        return records.evaluations(id).stream().map(IndependentEvaluationView::of).toList();
    }

    @GET
    @Path("{id}/independent-evaluations/{evaluationId}")
    @Operation(summary = "Read an independent evaluation of the programme", description = "With its ETag, which a correction names in If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = IndependentEvaluationView.class)))
    @APIResponse(responseCode = "404", description = "Not an evaluation of this programme in the caller's systems")
    @APIResponse(responseCode = "410", description = "Withdrawn; the problem says when and why")
    public Response evaluation(@PathParam("id") UUID id, @PathParam("evaluationId") UUID evaluationId) {
        IndependentEvaluation evaluation = records.evaluation(id, evaluationId);
        return Responses.ok(IndependentEvaluationView.of(evaluation), evaluation.version);
    }

    @PUT
    @Path("{id}/independent-evaluations/{evaluationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Correct an independent evaluation of the programme",
            description = "Replaces its evaluator, date, method, findings and link, checked as when it was recorded; it stays with its programme.")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = IndependentEvaluationView.class)))
    @APIResponse(responseCode = "410", description = "Withdrawn, so no longer corrected")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response correctEvaluation(@PathParam("id") UUID id, @PathParam("evaluationId") UUID evaluationId,
            @Valid @NotNull IndependentEvaluationRequest request, @HeaderParam("If-Match") String ifMatch) {
        IndependentEvaluation evaluation = records.correctEvaluation(id, evaluationId, request, ifMatch);
        return Responses.ok(IndependentEvaluationView.of(evaluation), evaluation.version);
    }

    @POST
    @Path("{id}/independent-evaluations/{evaluationId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Withdraw an independent evaluation of the programme",
            description = "With a reason. It leaves the list and the reports, and reading it answers 410; withdrawing it again answers the first withdrawal.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response withdrawEvaluation(@PathParam("id") UUID id, @PathParam("evaluationId") UUID evaluationId,
            @Valid @NotNull Withdrawals.Request request, @HeaderParam("If-Match") String ifMatch) {
        return Response.ok(Withdrawals.View.of(records.withdrawEvaluation(id, evaluationId, request, ifMatch))).build();
    }

    @GET
    @Path("{id}/independent-evaluations/{evaluationId}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who withdrew an independent evaluation, when and why", description = "The audit of its withdrawal.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    @APIResponse(responseCode = "404", description = "Not an evaluation of this programme, or not withdrawn")
    public Withdrawals.View evaluationWithdrawal(@PathParam("id") UUID id, @PathParam("evaluationId") UUID evaluationId) {
        return Withdrawals.View.of(records.evaluationWithdrawal(id, evaluationId));
    }
}
