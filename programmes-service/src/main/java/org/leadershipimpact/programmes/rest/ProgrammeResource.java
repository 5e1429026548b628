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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.platform.idempotency.Idempotent;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.rest.Responses;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.programmes.Programme;
import org.leadershipimpact.programmes.ProgrammeKind;
import org.leadershipimpact.programmes.ProgrammeStatus;
import org.leadershipimpact.programmes.api.Api.ProgrammeRequest;
import org.leadershipimpact.programmes.api.Api.ProgrammeStatusChange;
import org.leadershipimpact.programmes.rest.Views.ProgrammeView;
import org.leadershipimpact.programmes.service.ProgrammeService;

import java.util.UUID;

@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Leadership development programmes and their lifecycle")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @POST
    @Idempotent
    @Operation(summary = "Create a programme", description = "Creates a programme, as a draft, in one of the caller's systems.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "422", description = "A commissioner or delivery partner that is not an organisation of the system")
    public Response create(@Valid @NotNull ProgrammeRequest request, @Context UriInfo uri) {
        Programme programme = programmes.create(request);
        return Responses.created(uri, programme.id, ProgrammeView.of(programme), programme.version);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List programmes", description = "In creation order, a page at a time; filter by system, status and kind.")
    public Response list(@QueryParam("system") String system, @QueryParam("status") ProgrammeStatus status,
            @QueryParam("kind") ProgrammeKind kind, @QueryParam("after") String after, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.respond(programmes.list(page, system, status, kind), p -> p.id, ProgrammeView::of, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read a programme", description = "The programme with its funding, capacity, accreditation and status.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response get(@PathParam("id") UUID id) {
        Programme programme = programmes.get(id);
        return Responses.ok(ProgrammeView.of(programme), programme.version);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a programme", description = "Replaces the programme's fields; its system and status stay.")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "422", description = "A commissioner or delivery partner that is not an organisation of the system")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull ProgrammeRequest request, @HeaderParam("If-Match") String ifMatch) {
        Programme programme = programmes.update(id, request, ifMatch);
        return Responses.ok(ProgrammeView.of(programme), programme.version);
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Move a programme through its lifecycle",
            description = "DRAFT → OPEN → RUNNING → COMPLETED, or CANCELLED from any of the first three. Repeating the current status changes nothing.")
    @APIResponse(responseCode = "200", description = "The programme in its new status", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "409", description = "Not an allowed move; the problem lists the allowed ones")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response changeStatus(@PathParam("id") UUID id, @Valid @NotNull ProgrammeStatusChange change,
            @HeaderParam("If-Match") String ifMatch) {
        Programme programme = programmes.changeStatus(id, change.status(), ifMatch);
        return Responses.ok(ProgrammeView.of(programme), programme.version);
    }
}
