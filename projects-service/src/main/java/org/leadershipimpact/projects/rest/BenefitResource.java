package org.leadershipimpact.projects.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.leadershipimpact.platform.idempotency.Idempotent;
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.rest.Responses;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.projects.Benefit;
import org.leadershipimpact.projects.api.Api.BenefitRequest;
import org.leadershipimpact.projects.rest.Views.BenefitView;
import org.leadershipimpact.projects.rest.Views.TotalsView;
import org.leadershipimpact.projects.service.BenefitService;

import java.util.UUID;

@Path("/api/v1/benefits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Benefits", description = "What projects achieved: outcomes, capacity, money, activity, workforce")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.INTEGRATOR})
public class BenefitResource {

    @Inject
    BenefitService benefits;

    @POST
    @Idempotent
    @Operation(summary = "Record a benefit of a project", description = "What the project achieved, with its period, unit, cashability "
            + "and evidence level; the share the programme caused (attribution), whether it recurs, and pounds per unit. Claimed "
            + "(value and unit), or derived from a measure of the project (derivedFromMeasureId and unitValue): its value is then "
            + "the chart's change × unitValue × months, worked out now and again whenever the measure or its points change "
            + "(docs/design/credible-value.md).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = BenefitView.class)))
    public Response record(@Valid @NotNull BenefitRequest request, @Context UriInfo uri) {
        Benefit benefit = benefits.record(request);
        return Responses.created(uri, benefit.id, BenefitView.of(benefit), benefit.version);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List benefits", description = "In creation order, a page at a time; filter by system, project and programme.")
    public Response list(@QueryParam("system") String system, @QueryParam("project") UUID project,
            @QueryParam("programme") UUID programme, @QueryParam("after") String after, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.respond(benefits.list(page, system, project, programme), b -> b.id, BenefitView::of, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read a benefit", description = "The benefit as recorded.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BenefitView.class)))
    public Response get(@PathParam("id") UUID id) {
        Benefit benefit = benefits.get(id);
        return Responses.ok(BenefitView.of(benefit), benefit.version);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct a benefit", description = "Its value, unit, period, cashability, evidence level or description; "
            + "totals, reports and ROI follow. It stays with its project.")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BenefitView.class)))
    public Response correct(@PathParam("id") UUID id, @Valid @NotNull BenefitRequest request, @HeaderParam("If-Match") String ifMatch) {
        Benefit benefit = benefits.correct(id, request, ifMatch);
        return Responses.ok(BenefitView.of(benefit), benefit.version);
    }

    @POST
    @Path("{id}/withdrawal")
    @Idempotent
    @Operation(summary = "Withdraw a benefit", description = "With a reason: it leaves every list, total, report and ROI; "
            + "reading it then answers 410. Withdrawing it again answers the same.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull Withdrawals.Request request,
            @HeaderParam("If-Match") String ifMatch) {
        return Response.ok(Withdrawals.View.of(benefits.withdraw(id, request, ifMatch))).build();
    }

    @GET
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who withdrew a benefit, when and why", description = "The audit of its withdrawal, for admins alone since it names a user; 404 when it was never withdrawn.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    public Withdrawals.View withdrawal(@PathParam("id") UUID id) {
        return Withdrawals.View.of(benefits.withdrawal(id));
    }

    @GET
    @Path("totals")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "A programme's benefits, totalled by category and unit", description = "Over the projects that came out of the programme.")
    public TotalsView programmeTotals(@QueryParam("programme") UUID programme) {
        if (programme == null) {
            throw ProblemException.invalid("programme", "is required");
        }
        return new TotalsView(null, programme, benefits.programmeTotals(programme));
    }
}
