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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.platform.csv.CsvImports;
import org.leadershipimpact.platform.csv.CsvSheet;
import org.leadershipimpact.platform.idempotency.Idempotent;
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.rest.Responses;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.projects.Measure;
import org.leadershipimpact.projects.api.Api.DataPointBatch;
import org.leadershipimpact.projects.api.Api.MeasureRequest;
import org.leadershipimpact.projects.api.Api.PointsWithdrawal;
import org.leadershipimpact.projects.rest.Views.DataPointView;
import org.leadershipimpact.projects.rest.Views.DataPointsView;
import org.leadershipimpact.projects.rest.Views.MeasureView;
import org.leadershipimpact.projects.rest.Views.RecordedView;
import org.leadershipimpact.projects.rest.Views.SpcView;
import org.leadershipimpact.projects.service.MeasureService;
import org.leadershipimpact.projects.spc.SpcSvg;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "What projects measure, their data points and their SPC charts")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.INTEGRATOR})
public class MeasureResource {

    @Inject
    MeasureService measures;

    @Inject
    CsvImports csv;

    @POST
    @Idempotent
    @Operation(summary = "Define a measure of a project", description = "An outcome, process or balancing measure with its unit, direction of improvement, baseline and target.")
    @APIResponse(responseCode = "201", description = "Defined", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response define(@Valid @NotNull MeasureRequest request, @Context UriInfo uri) {
        Measure measure = measures.define(request);
        return Responses.created(uri, measure.id, MeasureView.of(measure), measure.version);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List measures", description = "In creation order, a page at a time; filter by system and project.")
    public Response list(@QueryParam("system") String system, @QueryParam("project") UUID project,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.respond(measures.list(page, system, project), m -> m.id, MeasureView::of, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read a measure", description = "The measure's definition and chart options.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response get(@PathParam("id") UUID id) {
        Measure measure = measures.get(id);
        return Responses.ok(MeasureView.of(measure), measure.version);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a measure", description = "Including its re-base dates, fixed baseline, screening and target: the chart follows.")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull MeasureRequest request, @HeaderParam("If-Match") String ifMatch) {
        Measure measure = measures.update(id, request, ifMatch);
        return Responses.ok(MeasureView.of(measure), measure.version);
    }

    @POST
    @Path("{id}/withdrawal")
    @Idempotent
    @Operation(summary = "Withdraw a measure", description = "With a reason: its points and chart leave every list, figure and report; "
            + "reading it then answers 410. Withdrawing it again answers the same.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull Withdrawals.Request request,
            @HeaderParam("If-Match") String ifMatch) {
        return Response.ok(Withdrawals.View.of(measures.withdraw(id, request, ifMatch))).build();
    }

    @GET
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who withdrew a measure, when and why", description = "The audit of its withdrawal, for admins alone since it names a user; 404 when it was never withdrawn.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    public Withdrawals.View withdrawal(@PathParam("id") UUID id) {
        return Withdrawals.View.of(measures.withdrawal(id));
    }

    @POST
    @Path("{id}/data-points/withdrawal")
    @Idempotent
    @Operation(summary = "Withdraw data points", description = "Periods recorded by mistake, with a reason, all together or none: "
            + "they leave the chart and every figure. Recording a period again brings it back.")
    @APIResponse(responseCode = "200", description = "Withdrawn (a period withdrawn before is not listed again)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Withdrawals.View.class)))
    public Response withdrawPoints(@PathParam("id") UUID id, @Valid @NotNull PointsWithdrawal request) {
        return Response.ok(measures.withdrawPoints(id, request).stream().map(Withdrawals.View::of).toList()).build();
    }

    @GET
    @Path("{id}/data-points/withdrawals")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who withdrew which data points of a measure, when and why", description = "Newest first.")
    public List<Withdrawals.View> pointWithdrawals(@PathParam("id") UUID id) {
        return measures.pointWithdrawals(id).stream().map(Withdrawals.View::of).toList();
    }

    @POST
    @Path("{id}/data-points")
    @Idempotent
    @Operation(summary = "Record data points", description = "Up to 10,000 points, all or none; a period recorded before is corrected."
            + CsvSheet.IMPORT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = Views.RecordedView.class)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull DataPointBatch batch) {
        return recorded(id, batch);
    }

    @POST
    @Path("{id}/data-points")
    @Consumes(CsvSheet.MEDIA_TYPE)
    @Idempotent
    @RequestBody(content = @Content(mediaType = CsvSheet.MEDIA_TYPE, examples = @ExampleObject(name = "points", value = DataPointSheet.EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = Views.RecordedView.class)))
    public Response recordCsv(@PathParam("id") UUID id, byte[] file) {
        return csv.run(DataPointSheet.POINTS, file, batch -> recorded(id, batch));
    }

    @GET
    @Path("{id}/data-points/template")
    @Produces(CsvSheet.MEDIA_TYPE)
    @Operation(summary = "The spreadsheet template for recording data points", description = CsvSheet.TEMPLATE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = CsvSheet.MEDIA_TYPE,
            examples = @ExampleObject(name = "points", value = DataPointSheet.EXAMPLE)))
    public Response pointsTemplate(@PathParam("id") UUID id) {
        measures.get(id); // a measure the caller may not see has no template either: 404, as for its points
        return DataPointSheet.POINTS.templateFile();
    }

    private Response recorded(UUID id, DataPointBatch batch) {
        return Response.ok(new RecordedView(id, measures.record(id, batch.points()))).build();
    }

    @GET
    @Path("{id}/data-points")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "The measure's data points, in date order", description = "Every period recorded, oldest first.")
    public DataPointsView points(@PathParam("id") UUID id) {
        return new DataPointsView(id, measures.points(id).stream().map(DataPointView::of).toList());
    }

    @GET
    @Path("{id}/spc")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "The measure's SPC (XmR) chart",
            description = "As NHS England's Making Data Count defines it and NHSRplotthedots computes it: limits per segment, "
                    + "special causes with their points, each point read by the measure's direction, assurance against the target.")
    public SpcView spc(@PathParam("id") UUID id) {
        Measure measure = measures.get(id);
        return SpcView.of(measure, measures.chart(id));
    }

    @GET
    @Path("{id}/chart.svg")
    @Produces("image/svg+xml")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "The SPC chart as SVG", description = "For reports and board papers: data, mean, limits, target, and special causes coloured.")
    public String chartSvg(@PathParam("id") UUID id) {
        Measure measure = measures.get(id);
        return SpcSvg.render(measure.name, measure.unit, measures.chart(id), measure.target);
    }
}
