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
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.programmes.Organisation;
import org.leadershipimpact.programmes.OrganisationType;
import org.leadershipimpact.programmes.api.Api.OrganisationRequest;
import org.leadershipimpact.programmes.rest.Views.OrganisationView;
import org.leadershipimpact.programmes.service.OrganisationService;

import java.util.UUID;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Commissioners, delivery partners and participants' employers")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @POST
    @Idempotent
    @Operation(summary = "Register an organisation", description = "An organisation of a system: a trust, practice, local authority, police force, training provider...")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response register(@Valid @NotNull OrganisationRequest request, @Context UriInfo uri) {
        Organisation organisation = organisations.register(request);
        return Responses.created(uri, organisation.id, OrganisationView.of(organisation), organisation.version);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List organisations", description = "In creation order, a page at a time; filter by system and type.")
    public Response list(@QueryParam("system") String system, @QueryParam("type") OrganisationType type,
            @QueryParam("after") String after, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.respond(organisations.list(page, system, type), o -> o.id, OrganisationView::of, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "Read an organisation", description = "The organisation's name, type and ODS code.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response get(@PathParam("id") UUID id) {
        Organisation organisation = organisations.get(id);
        return Responses.ok(OrganisationView.of(organisation), organisation.version);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an organisation", description = "Replaces the organisation's details; send the ETag you read as If-Match.")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull OrganisationRequest request, @HeaderParam("If-Match") String ifMatch) {
        Organisation organisation = organisations.update(id, request, ifMatch);
        return Responses.ok(OrganisationView.of(organisation), organisation.version);
    }

    @POST
    @Path("{id}/withdrawal")
    @Idempotent
    @Operation(summary = "Withdraw an organisation", description = "With a reason: it leaves every list and figure, nothing new can name it, "
            + "and reading it then answers 410; withdrawing it again answers the first withdrawal. Refused (409, naming them) while participants belong to it or programmes name it as commissioner or delivery partner.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    @APIResponse(responseCode = "409", description = "Participants or programmes still name it; the problem lists them")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull Withdrawals.Request request, @HeaderParam("If-Match") String ifMatch) {
        return Response.ok(Withdrawals.View.of(organisations.withdraw(id, request, ifMatch))).build();
    }

    @GET
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who withdrew an organisation, when and why", description = "The audit of its withdrawal.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Withdrawals.View.class)))
    @APIResponse(responseCode = "404", description = "No such organisation, or not withdrawn")
    public Withdrawals.View withdrawal(@PathParam("id") UUID id) {
        return Withdrawals.View.of(organisations.withdrawal(id));
    }
}
