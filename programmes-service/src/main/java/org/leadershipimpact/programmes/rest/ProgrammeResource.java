package org.leadershipimpact.programmes.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.platform.paging.Page;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.programmes.Programme;
import org.leadershipimpact.programmes.service.ProgrammeService;

import java.util.UUID;

@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
@SecurityRequirement(name = "bearer")
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Create a programme", description = "Creates a programme in draft for one of the caller's systems.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, with the offending fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The system is not one the caller acts for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull NewProgramme request, @Context UriInfo uri) {
        Programme programme = programmes.create(request.systemCode(), request.title());
        return Response.created(uri.getAbsolutePathBuilder().path(programme.id.toString()).build())
                .entity(ProgrammeView.of(programme))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read a programme")
    @APIResponse(responseCode = "200", description = "The programme",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "404", description = "No such programme in the caller's systems",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgrammeView get(@PathParam("id") UUID id) {
        return ProgrammeView.of(programmes.get(id));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List programmes", description = "Programmes of the caller's systems in creation order, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of programmes; follow `next` for the following page")
    public Response list(@QueryParam("after") String after, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        Page<ProgrammeView> result = page.toPage(programmes.list(page),
                p -> p.id, ProgrammeView::of, uri);
        Response.ResponseBuilder response = Response.ok(result);
        if (result.next() != null) {
            response.links(Link.fromUri(result.next()).rel("next").build());
        }
        return response.build();
    }
}
