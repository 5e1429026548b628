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
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.programmes.Session;
import org.leadershipimpact.programmes.api.Api.AttendanceRegister;
import org.leadershipimpact.programmes.api.Api.SessionRequest;
import org.leadershipimpact.programmes.rest.Views.AttendanceView;
import org.leadershipimpact.programmes.rest.Views.RegisterView;
import org.leadershipimpact.programmes.rest.Views.SessionView;
import org.leadershipimpact.programmes.service.AttendanceService;
import org.leadershipimpact.programmes.service.SessionService;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "A cohort's dated events and their registers")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
public class SessionResource {

    @Inject
    SessionService sessions;

    @Inject
    AttendanceService attendance;

    @Inject
    CsvImports csv;

    @POST
    @Idempotent
    @Operation(summary = "Schedule a session for a cohort", description = "Adds a dated session (workshop, Leadership Insight day, action learning...) to a cohort; registers are kept per session.")
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response schedule(@Valid @NotNull SessionRequest request, @Context UriInfo uri) {
        Session session = sessions.schedule(request);
        return Responses.created(uri, session.id, SessionView.of(session), session.version);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List sessions", description = "In creation order, a page at a time; filter by system, cohort, programme and date range (inclusive).")
    public Response list(@QueryParam("system") String system, @QueryParam("cohort") UUID cohort,
            @QueryParam("programme") UUID programme, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.respond(sessions.list(page, system, cohort, programme, from, to), s -> s.id, SessionView::of, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read a session", description = "The session with its cohort, kind, date and place.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response get(@PathParam("id") UUID id) {
        Session session = sessions.get(id);
        return Responses.ok(SessionView.of(session), session.version);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change or reschedule a session", description = "Replaces the session's details; send the ETag you read as If-Match.")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull SessionRequest request, @HeaderParam("If-Match") String ifMatch) {
        Session session = sessions.update(id, request, ifMatch);
        return Responses.ok(SessionView.of(session), session.version);
    }

    @POST
    @Path("{id}/withdrawal")
    @Idempotent
    @Operation(summary = "Withdraw a session", description = "With a reason: it leaves every list and figure, nothing new can name it, "
            + "and reading it then answers 410; withdrawing it again answers the first withdrawal. Refused (409, naming the enrolments marked) while attendance is recorded at it.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    @APIResponse(responseCode = "409", description = "Attendance is recorded at it; the problem lists the enrolments marked")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull Withdrawals.Request request, @HeaderParam("If-Match") String ifMatch) {
        return Response.ok(Withdrawals.View.of(sessions.withdraw(id, request, ifMatch))).build();
    }

    @GET
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who withdrew a session, when and why", description = "The audit of its withdrawal.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    @APIResponse(responseCode = "404", description = "No such session, or not withdrawn")
    public Withdrawals.View withdrawal(@PathParam("id") UUID id) {
        return Withdrawals.View.of(sessions.withdrawal(id));
    }

    @PUT
    @Path("{id}/attendance")
    @Operation(summary = "Record the session's register",
            description = "Marks for many enrolments in one call, all or none; marking again corrects a mark. Only enrolments of the session's own cohort."
            + CsvSheet.IMPORT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The marks as recorded")
    @APIResponse(responseCode = "422", description = "Marks for enrolments of another cohort, unknown or withdrawn enrolments; each named by its row")
    public RegisterView record(@PathParam("id") UUID id, @Valid @NotNull AttendanceRegister register) {
        return recorded(id, register);
    }

    @PUT
    @Path("{id}/attendance")
    @Consumes(CsvSheet.MEDIA_TYPE)
    @RequestBody(content = @Content(mediaType = CsvSheet.MEDIA_TYPE, examples = @ExampleObject(name = "marks", value = BulkSheets.REGISTER_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The marks as recorded", content = @Content(schema = @Schema(implementation = RegisterView.class)))
    @APIResponse(responseCode = "422", description = "Marks for enrolments of another cohort, unknown or withdrawn enrolments; each named by row and column")
    public RegisterView recordCsv(@PathParam("id") UUID id, byte[] file) {
        return csv.run(BulkSheets.REGISTER, file, register -> recorded(id, register));
    }

    @GET
    @Path("{id}/attendance/template")
    @Produces(CsvSheet.MEDIA_TYPE)
    @Operation(summary = "The spreadsheet template for the session's register",
            description = CsvSheet.TEMPLATE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = CsvSheet.MEDIA_TYPE,
            examples = @ExampleObject(name = "marks", value = BulkSheets.REGISTER_EXAMPLE)))
    public Response registerTemplate(@PathParam("id") UUID id) {
        sessions.get(id); // a session the caller may not see has no template either: 404, as for its register
        return BulkSheets.REGISTER.templateFile();
    }

    private RegisterView recorded(UUID id, AttendanceRegister register) {
        return new RegisterView(id, attendance.record(id, register.marks()).stream().map(AttendanceView::of).toList());
    }

    @GET
    @Path("{id}/attendance")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read the session's register", description = "Every enrolment of the session's cohort with its mark (present, absent, apologies) or none yet.")
    public RegisterView register(@PathParam("id") UUID id) {
        return new RegisterView(id, attendance.register(id).stream().map(AttendanceView::of).toList());
    }
}
