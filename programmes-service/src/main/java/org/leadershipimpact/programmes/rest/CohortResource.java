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
import org.leadershipimpact.programmes.Cohort;
import org.leadershipimpact.programmes.api.Api.CohortRequest;
import org.leadershipimpact.programmes.rest.Views.CohortView;
import org.leadershipimpact.programmes.rest.Views.MatrixView;
import org.leadershipimpact.programmes.service.AttendanceService;
import org.leadershipimpact.programmes.service.CohortService;

import java.util.UUID;

@Path("/api/v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Runs of a programme")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
public class CohortResource {

    @Inject
    CohortService cohorts;

    @Inject
    AttendanceService attendance;

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Create a cohort of a programme", description = "A cohort is one run of a programme, with its own capacity within the programme's.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "409", description = "The programme is completed or cancelled")
    public Response create(@Valid @NotNull CohortRequest request, @Context UriInfo uri) {
        Cohort cohort = cohorts.create(request);
        return Responses.created(uri, cohort.id, CohortView.of(cohort), cohort.version);
    }

    @GET
    @Operation(summary = "List cohorts", description = "In creation order, a page at a time; filter by system and programme.")
    public Response list(@QueryParam("system") String system, @QueryParam("programme") UUID programme,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.respond(cohorts.list(page, system, programme), c -> c.id, CohortView::of, uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a cohort", description = "The cohort with its capacity and dates.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CohortView.class)))
    public Response get(@PathParam("id") UUID id) {
        Cohort cohort = cohorts.get(id);
        return Responses.ok(CohortView.of(cohort), cohort.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Change a cohort", description = "Replaces the cohort's details; its capacity cannot fall below the places already taken.")
    @APIResponse(responseCode = "409", description = "The capacity would be below the places already taken")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CohortView.class)))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull CohortRequest request, @HeaderParam("If-Match") String ifMatch) {
        Cohort cohort = cohorts.update(id, request, ifMatch);
        return Responses.ok(CohortView.of(cohort), cohort.version);
    }

    @GET
    @Path("{id}/attendance")
    @Operation(summary = "The cohort's attendance matrix", description = "Every session, and for every enrolment its mark at each and its attendance rate so far.")
    public MatrixView matrix(@PathParam("id") UUID id) {
        return MatrixView.of(attendance.matrix(id));
    }
}
