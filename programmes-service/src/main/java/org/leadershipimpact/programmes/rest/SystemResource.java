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
import org.leadershipimpact.platform.rest.Responses;
import org.leadershipimpact.platform.figures.FigureSheet;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.programmes.service.SystemFigures;
import org.leadershipimpact.programmes.HealthSystem;
import org.leadershipimpact.programmes.api.Api.SystemRequest;
import org.leadershipimpact.programmes.rest.Views.SystemView;
import org.leadershipimpact.programmes.service.SystemService;

import java.util.List;

@Path("/api/v1/systems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Systems", description = "The health systems (ICSs and STPs) the platform serves; each is a tenant")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class SystemResource {

    @Inject
    SystemFigures figures;

    @Inject
    SystemService systems;

    @POST
    @Idempotent
    @Operation(summary = "Register a system", description = "National admin only.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = SystemView.class)))
    @APIResponse(responseCode = "409", description = "A system with this code exists")
    public Response register(@Valid @NotNull SystemRequest request, @Context UriInfo uri) {
        HealthSystem system = systems.register(request);
        return Responses.created(uri, system.code, SystemView.of(system), system.version);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List the systems the caller acts for", description = "Every system for the national admin; otherwise those in the token's systems claim.")
    public List<SystemView> list() {
        return systems.list().stream().map(SystemView::of).toList();
    }

    @GET
    @Path("{code}/figures")
    @Operation(summary = "The system's figures, from the records that stand here",
            description = "Programmes, cohorts, sessions, participants, enrolments, credits and attendance, counted as "
                    + "evaluation-service counts them: what its read models are checked against (GET /api/v1/evaluation/consistency).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = FigureSheet.class)))
    public FigureSheet figures(@PathParam("code") String code) {
        return figures.of(code);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read a system", description = "The system (ICS or STP) with its kind and region.")
    @APIResponse(responseCode = "200", description = "The system, with its ETag", content = @Content(schema = @Schema(implementation = SystemView.class)))
    public Response get(@PathParam("code") String code) {
        HealthSystem system = systems.get(code);
        return Responses.ok(SystemView.of(system), system.version);
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Change a system's name, kind or region", description = "Send If-Match with the ETag you read to avoid overwriting someone else's change.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = SystemView.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response update(@PathParam("code") String code, @Valid @NotNull SystemRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        HealthSystem system = systems.update(code, request, ifMatch);
        return Responses.ok(SystemView.of(system), system.version);
    }
}
