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
import org.leadershipimpact.programmes.Participant;
import org.leadershipimpact.programmes.Profession;
import org.leadershipimpact.programmes.Sector;
import org.leadershipimpact.programmes.api.Api.ParticipantBatch;
import org.leadershipimpact.programmes.api.Api.ParticipantRequest;
import org.leadershipimpact.programmes.rest.Views.ParticipantView;
import org.leadershipimpact.programmes.rest.Views.ParticipantsView;
import org.leadershipimpact.programmes.service.ParticipantService;

import java.util.UUID;

/** Participants carry personal data: analysts, who work from pseudonyms, cannot read them here. */
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "People taking part; their names and e-mail never leave this service")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
public class ParticipantResource {

    @Inject
    ParticipantService participants;

    @Inject
    CsvImports csv;

    @POST
    @Idempotent
    @Operation(summary = "Register a participant", description = "Registers a person in a system. Names and e-mail are personal data: they never leave this service in events or exports.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "422", description = "E-mail already registered in the system, or an organisation not in it")
    public Response register(@Valid @NotNull ParticipantRequest request, @Context UriInfo uri) {
        Participant participant = participants.register(request);
        return Responses.created(uri, participant.id, ParticipantView.of(participant), participant.version);
    }

    @POST
    @Path("bulk")
    @Idempotent
    @Operation(summary = "Register up to 500 participants at once", description = "All or nothing: if any row is refused, none is registered, and every refused row is named."
            + CsvSheet.IMPORT_DESCRIPTION)
    @APIResponse(responseCode = "201", description = "All registered, in the order sent", content = @Content(schema = @Schema(implementation = Views.ParticipantsView.class)))
    @APIResponse(responseCode = "422", description = "Rows that cannot be registered, each named as participants[i].field")
    public Response registerAll(@Valid @NotNull ParticipantBatch batch) {
        return registered(batch);
    }

    @POST
    @Path("bulk")
    @Consumes(CsvSheet.MEDIA_TYPE)
    @Idempotent
    @RequestBody(content = @Content(mediaType = CsvSheet.MEDIA_TYPE, examples = @ExampleObject(name = "participants", value = BulkSheets.PARTICIPANTS_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "All registered, in the order of the rows", content = @Content(schema = @Schema(implementation = Views.ParticipantsView.class)))
    @APIResponse(responseCode = "422", description = "Rows that cannot be registered, each named by row and column")
    public Response registerAllCsv(byte[] file) {
        return csv.run(BulkSheets.PARTICIPANTS, file, this::registered);
    }

    @GET
    @Path("bulk/template")
    @Produces(CsvSheet.MEDIA_TYPE)
    @Operation(summary = "The spreadsheet template for registering participants in bulk",
            description = CsvSheet.TEMPLATE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = CsvSheet.MEDIA_TYPE,
            examples = @ExampleObject(name = "participants", value = BulkSheets.PARTICIPANTS_EXAMPLE)))
    public Response bulkTemplate() {
        return BulkSheets.PARTICIPANTS.templateFile();
    }

    private Response registered(ParticipantBatch batch) {
        var registered = participants.registerAll(batch.participants(), "participants");
        return Response.status(201).entity(new ParticipantsView(registered.stream().map(ParticipantView::of).toList())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.INTEGRATOR})
    @Operation(summary = "List participants", description = "In creation order, a page at a time; filter by system, profession, sector and organisation.")
    public Response list(@QueryParam("system") String system, @QueryParam("profession") Profession profession,
            @QueryParam("sector") Sector sector, @QueryParam("organisation") UUID organisation,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.respond(participants.list(page, system, profession, sector, organisation), p -> p.id, ParticipantView::of, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.INTEGRATOR})
    @Operation(summary = "Read a participant", description = "The participant's details; analysts see no name or e-mail.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response get(@PathParam("id") UUID id) {
        Participant participant = participants.get(id);
        return Responses.ok(ParticipantView.of(participant), participant.version);
    }

    @POST
    @Path("{id}/erasure")
    @Consumes(MediaType.WILDCARD) // no body: a bare POST (curl -X POST) is not refused for its missing Content-Type
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(summary = "Erase a participant's personal data", description = "At the person's request (UK GDPR Article 17): "
            + "their names become \"erased on\" and the date, their e-mail and job title are removed, here and from the answers "
            + "kept for Idempotency-Key retries. The participant keeps its id, enrolments and attendance, so every count, rate "
            + "and report stays as it was; the e-mail can be registered again. Erasing again changes nothing and answers the same. "
            + "A system's own software (integrator) cannot erase: a person asks a programme manager or the national admin.")
    @APIResponse(responseCode = "200", description = "Erased", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response erase(@PathParam("id") UUID id) {
        Participant participant = participants.erase(id, ParticipantView::of);
        return Responses.ok(ParticipantView.of(participant), participant.version);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a participant", description = "Replaces the participant's details; send the ETag you read as If-Match.")
    @APIResponse(responseCode = "409", description = "Another participant of the system has this e-mail, or this one was erased")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull ParticipantRequest request, @HeaderParam("If-Match") String ifMatch) {
        Participant participant = participants.update(id, request, ifMatch);
        return Responses.ok(ParticipantView.of(participant), participant.version);
    }
}
