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
import org.leadershipimpact.programmes.ActionLearningSet;
import org.leadershipimpact.programmes.api.Api.ActionLearningSetRequest;
import org.leadershipimpact.programmes.rest.Views.ActionLearningSetView;
import org.leadershipimpact.programmes.service.ActionLearningSetService;

import java.util.UUID;

@Path("/api/v1/action-learning-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action learning sets", description = "Named groups of a cohort's enrolments with a facilitator")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
public class ActionLearningSetResource {

    @Inject
    ActionLearningSetService sets;

    @POST
    @Idempotent
    @Operation(summary = "Form an action learning set", description = "A named group of enrolments of one cohort, with a facilitator.")
    @APIResponse(responseCode = "201", description = "Formed", content = @Content(schema = @Schema(implementation = ActionLearningSetView.class)))
    @APIResponse(responseCode = "422", description = "Members that are not current enrolments of the cohort")
    public Response form(@Valid @NotNull ActionLearningSetRequest request, @Context UriInfo uri) {
        ActionLearningSet set = sets.form(request);
        return Responses.created(uri, set.id, ActionLearningSetView.of(set), set.version);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List action learning sets", description = "In creation order, a page at a time; filter by system and cohort.")
    public Response list(@QueryParam("system") String system, @QueryParam("cohort") UUID cohort,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.respond(sets.list(page, system, cohort), s -> s.id, ActionLearningSetView::of, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read an action learning set", description = "The set with its facilitator and members.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ActionLearningSetView.class)))
    public Response get(@PathParam("id") UUID id) {
        ActionLearningSet set = sets.get(id);
        return Responses.ok(ActionLearningSetView.of(set), set.version);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an action learning set's name, facilitator or members", description = "Replaces the set's details; every member must be an enrolment of the set's cohort.")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "422", description = "Members that are not current enrolments of the cohort")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ActionLearningSetView.class)))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull ActionLearningSetRequest request, @HeaderParam("If-Match") String ifMatch) {
        ActionLearningSet set = sets.update(id, request, ifMatch);
        return Responses.ok(ActionLearningSetView.of(set), set.version);
    }
}
