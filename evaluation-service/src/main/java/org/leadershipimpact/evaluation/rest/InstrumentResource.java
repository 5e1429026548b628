package org.leadershipimpact.evaluation.rest;

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
import org.leadershipimpact.evaluation.api.Api.InstrumentRequest;
import org.leadershipimpact.evaluation.api.Api.LeadershipModelRequest;
import org.leadershipimpact.evaluation.api.Api.ResponseRequest;
import org.leadershipimpact.evaluation.api.Api.StatusChange;
import org.leadershipimpact.evaluation.rest.Views.InstrumentView;
import org.leadershipimpact.evaluation.rest.Views.LeadershipModelView;
import org.leadershipimpact.evaluation.rest.Views.ResponseView;
import org.leadershipimpact.evaluation.service.Surveys;
import org.leadershipimpact.evaluation.survey.Instrument;
import org.leadershipimpact.evaluation.survey.SurveyResponse;
import org.leadershipimpact.platform.idempotency.Idempotent;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.rest.Responses;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.platform.withdrawal.Withdrawals;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/evaluation/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments", description = "Surveys tagged with a Kirkpatrick level, and their responses")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
public class InstrumentResource {

    @Inject
    Surveys surveys;

    @POST
    @Idempotent
    @Operation(summary = "Create an instrument (survey)", description = "Questions of four types (Likert 1-5, number, single choice, free text), a Kirkpatrick level, an audience and a timing.")
    @APIResponse(responseCode = "201", description = "Created, open for responses", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "422", description = "The programme or cohort is not known to evaluation")
    public Response create(@Valid @NotNull InstrumentRequest request, @Context UriInfo uri) {
        Instrument instrument = surveys.create(request);
        return Responses.created(uri, instrument.id, InstrumentView.of(instrument), instrument.version);
    }

    @POST
    @Path("healthcare-leadership-model")
    @Idempotent
    @Operation(summary = "Create the Healthcare Leadership Model pre/post self-assessment",
            description = "Two identified, one-per-person level 2 instruments with a 1–5 rating for each of the model's nine dimensions.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LeadershipModelView.class)))
    public Response createLeadershipModel(@Valid @NotNull LeadershipModelRequest request, @Context UriInfo uri) {
        List<Instrument> pair = surveys.createLeadershipModel(request.programmeId(), request.cohortId());
        Instrument pre = pair.get(0);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/evaluation/instruments").path(pre.id.toString()).build())
                .entity(new LeadershipModelView(InstrumentView.of(pre), InstrumentView.of(pair.get(1)))).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List instruments", description = "In creation order, a page at a time; filter by system and programme.")
    public Response list(@QueryParam("system") String system, @QueryParam("programme") UUID programme,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.respond(surveys.list(page, system, programme), i -> i.id, InstrumentView::of, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read an instrument and its questions", description = "The instrument, its status and its questions in order.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    public Response get(@PathParam("id") UUID id) {
        Instrument instrument = surveys.get(id);
        return Responses.ok(InstrumentView.of(instrument), instrument.version);
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Close an instrument", description = "A closed instrument takes no more responses.")
    @APIResponse(responseCode = "409", description = "Not a move allowed from the instrument's status")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    public Response changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusChange change, @HeaderParam("If-Match") String ifMatch) {
        Instrument instrument = surveys.changeStatus(id, change.status(), ifMatch);
        return Responses.ok(InstrumentView.of(instrument), instrument.version);
    }

    @POST
    @Path("{id}/responses")
    @Idempotent
    @Operation(summary = "Submit a response", description = "For identified instruments, name the respondent's enrolment.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "409", description = "The instrument is closed, or this enrolment has already responded to a one-per-person instrument")
    @APIResponse(responseCode = "422", description = "The enrolment is not on the programme or cohort the instrument asks")
    public Response respond(@PathParam("id") UUID id, @Valid @NotNull ResponseRequest request, @Context UriInfo uri) {
        SurveyResponse response = surveys.respond(id, request);
        return Responses.created(uri, response.id, ResponseView.of(response), response.version);
    }

    @GET
    @Path("{id}/responses/{responseId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read a response", description = "Who it is from (the enrolment, or nobody) and how many answers; with its ETag, which a correction names in If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "404", description = "Not a response to this instrument in the caller's systems")
    @APIResponse(responseCode = "410", description = "Withdrawn; the problem says when and why")
    public Response response(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId) {
        SurveyResponse response = surveys.response(id, responseId);
        return Responses.ok(ResponseView.of(response), response.version);
    }

    @PUT
    @Path("{id}/responses/{responseId}")
    @Operation(summary = "Correct a response",
            description = "Replaces its answers, checked as when it was given, also after the instrument closed. Its respondent never changes: "
                    + "name the same enrolment (none for an anonymous instrument).")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "400", description = "Answers that do not fit their questions, or another respondent")
    @APIResponse(responseCode = "410", description = "Withdrawn, so no longer corrected")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response correctResponse(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId, @Valid @NotNull ResponseRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        SurveyResponse response = surveys.correct(id, responseId, request, ifMatch);
        return Responses.ok(ResponseView.of(response), response.version);
    }

    @POST
    @Path("{id}/responses/{responseId}/withdrawal")
    @Idempotent
    @Operation(summary = "Withdraw a response",
            description = "With a reason. It leaves every report and export, and reading it answers 410; a one-per-person instrument takes "
                    + "that person's response again. Withdrawing it again answers the first withdrawal.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response withdrawResponse(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId,
            @Valid @NotNull Withdrawals.Request request, @HeaderParam("If-Match") String ifMatch) {
        return Response.ok(Withdrawals.View.of(surveys.withdraw(id, responseId, request, ifMatch))).build();
    }

    @GET
    @Path("{id}/responses/{responseId}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who withdrew a response, when and why", description = "The audit of its withdrawal.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    @APIResponse(responseCode = "404", description = "Not a response to this instrument, or not withdrawn")
    public Withdrawals.View responseWithdrawal(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId) {
        return Withdrawals.View.of(surveys.withdrawal(id, responseId));
    }
}
