package org.leadershipimpact.programmes.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.platform.csv.CsvImports;
import org.leadershipimpact.platform.csv.CsvSheet;
import org.leadershipimpact.platform.idempotency.Idempotent;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.rest.Responses;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.programmes.Enrolment;
import org.leadershipimpact.programmes.EnrolmentStatus;
import org.leadershipimpact.programmes.api.Api.Completion;
import org.leadershipimpact.programmes.api.Api.EnrolmentBatch;
import org.leadershipimpact.programmes.api.Api.EnrolmentRequest;
import org.leadershipimpact.programmes.api.Api.EnrolmentStatusChange;
import org.leadershipimpact.programmes.rest.Views.AttendanceRateView;
import org.leadershipimpact.programmes.rest.Views.CompletionView;
import org.leadershipimpact.programmes.rest.Views.EnrolmentView;
import org.leadershipimpact.programmes.rest.Views.EnrolmentsView;
import org.leadershipimpact.programmes.service.EnrolmentService;

import java.util.UUID;

@Path("/api/v1/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments", description = "Participants' places in cohorts, their lifecycle, completion and credits")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    CsvImports csv;

    @POST
    @Idempotent
    @Operation(summary = "Enrol a participant in a cohort", description = "One place per participant per programme; refused when the cohort or programme is full.")
    @APIResponse(responseCode = "201", description = "Enrolled", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "409", description = "The cohort or programme is full, the participant already holds a place, or the programme is not open")
    @APIResponse(responseCode = "422", description = "Unknown participant or cohort, different systems, or an accredited pathway the programme lacks")
    public Response enrol(@Valid @NotNull EnrolmentRequest request, @Context UriInfo uri) {
        Enrolment enrolment = enrolments.enrol(request);
        return Responses.created(uri, enrolment.id, EnrolmentView.of(enrolment), enrolment.version);
    }

    @POST
    @Path("bulk")
    @Idempotent
    @Operation(summary = "Make up to 500 enrolments at once", description = "All or nothing: if any row is refused, none is made, and every refused row is named with the reason."
            + CsvSheet.IMPORT_DESCRIPTION)
    @APIResponse(responseCode = "201", description = "All enrolled, in the order sent", content = @Content(schema = @Schema(implementation = Views.EnrolmentsView.class)))
    @APIResponse(responseCode = "422", description = "Rows that cannot be enrolled, each named as enrolments[i].field")
    public Response enrolAll(@Valid @NotNull EnrolmentBatch batch) {
        return enrolled(batch);
    }

    @POST
    @Path("bulk")
    @Consumes(CsvSheet.MEDIA_TYPE)
    @Idempotent
    @RequestBody(content = @Content(mediaType = CsvSheet.MEDIA_TYPE, examples = @ExampleObject(name = "enrolments", value = BulkSheets.ENROLMENTS_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "All enrolled, in the order of the rows", content = @Content(schema = @Schema(implementation = Views.EnrolmentsView.class)))
    @APIResponse(responseCode = "422", description = "Rows that cannot be enrolled, each named by row and column")
    public Response enrolAllCsv(byte[] file) {
        return csv.run(BulkSheets.ENROLMENTS, file, this::enrolled);
    }

    @GET
    @Path("bulk/template")
    @Produces(CsvSheet.MEDIA_TYPE)
    @Operation(summary = "The spreadsheet template for enrolling in bulk",
            description = CsvSheet.TEMPLATE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = CsvSheet.MEDIA_TYPE,
            examples = @ExampleObject(name = "enrolments", value = BulkSheets.ENROLMENTS_EXAMPLE)))
    public Response bulkTemplate() {
        return BulkSheets.ENROLMENTS.templateFile();
    }

    private Response enrolled(EnrolmentBatch batch) {
        var made = enrolments.enrolAll(batch.enrolments(), "enrolments");
        return Response.status(201).entity(new EnrolmentsView(made.stream().map(EnrolmentView::of).toList())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List enrolments", description = "In creation order, a page at a time; filter by system, cohort, programme, participant and status.")
    public Response list(@QueryParam("system") String system, @QueryParam("cohort") UUID cohort,
            @QueryParam("programme") UUID programme, @QueryParam("participant") UUID participant,
            @QueryParam("status") EnrolmentStatus status, @QueryParam("after") String after, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.respond(enrolments.list(page, system, cohort, programme, participant, status), e -> e.id, EnrolmentView::of, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read an enrolment", description = "The enrolment with its pathway, status, attendance rate and any credits awarded.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    public Response get(@PathParam("id") UUID id) {
        Enrolment enrolment = enrolments.get(id);
        return Responses.ok(EnrolmentView.of(enrolment), enrolment.version);
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Move an enrolment on",
            description = "ENROLLED → ACTIVE, WITHDRAWN or DEFERRED; ACTIVE → WITHDRAWN or DEFERRED; DEFERRED → ACTIVE or WITHDRAWN. Completion has its own operation.")
    @APIResponse(responseCode = "409", description = "Not an allowed move; the problem lists the allowed ones")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    public Response changeStatus(@PathParam("id") UUID id, @Valid @NotNull EnrolmentStatusChange change,
            @HeaderParam("If-Match") String ifMatch) {
        Enrolment enrolment = enrolments.changeStatus(id, change.status(), ifMatch);
        return Responses.ok(EnrolmentView.of(enrolment), enrolment.version);
    }

    @POST
    @Path("{id}/completion")
    @Idempotent
    @Operation(summary = "Complete an enrolment",
            description = "Checks attendance against the programme's threshold; on the accredited pathway awards the credits when the award's criteria hold.")
    @APIResponse(responseCode = "200", description = "Completed; credits awarded or the reason they were withheld", content = @Content(schema = @Schema(implementation = CompletionView.class)))
    @APIResponse(responseCode = "409", description = "The enrolment cannot be completed from its status")
    @APIResponse(responseCode = "422", description = "Attendance below the threshold: the problem gives the rate and the threshold")
    public Response complete(@PathParam("id") UUID id, Completion completion, @HeaderParam("If-Match") String ifMatch) {
        boolean projectSubmitted = completion != null && Boolean.TRUE.equals(completion.projectSubmitted());
        EnrolmentService.Completed completed = enrolments.complete(id, projectSubmitted, ifMatch);
        return Responses.ok(CompletionView.of(completed), completed.enrolment().version);
    }

    @GET
    @Path("{id}/attendance-rate")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "The enrolment's attendance rate", description = "Sessions marked present out of the cohort's sessions held so far.")
    public AttendanceRateView attendanceRate(@PathParam("id") UUID id) {
        Enrolment enrolment = enrolments.get(id);
        return AttendanceRateView.of(enrolments.attendanceRate(id), enrolments.thresholdOf(enrolment));
    }
}
