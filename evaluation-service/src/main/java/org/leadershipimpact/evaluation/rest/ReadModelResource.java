package org.leadershipimpact.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.evaluation.service.Rebuild;
import org.leadershipimpact.platform.events.AppliedEvent;
import org.leadershipimpact.platform.security.Roles;

/** For operators: the state of the read models, and building them again from the topics. */
@Path("/api/v1/evaluation/read-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "The state of the read models, rebuilding them, and checking them against the producers")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class ReadModelResource {

    @Inject
    Rebuild rebuild;

    @Schema(name = "ReadModels", description = "How far the read models are built")
    public record ReadModelsView(@Schema(description = "Events applied so far") long eventsApplied) {
    }

    @GET
    @Operation(summary = "How far the read models are built", description = "The number of events applied so far.")
    public ReadModelsView state() {
        return new ReadModelsView(AppliedEvent.count());
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Build the read models again from the topics",
            description = "Empties every figure derived from events and reads both topics from the beginning; instruments, responses, "
                    + "costs and independent evaluations are kept. Figures are partial until the replay ends (watch eventsApplied). "
                    + "Run it with one replica of evaluation-service.")
    @APIResponse(responseCode = "202", description = "Rebuilding", content = @Content(schema = @Schema(implementation = ReadModelsView.class)))
    public Response rebuild() {
        rebuild.start();
        return Response.accepted(new ReadModelsView(AppliedEvent.count())).build();
    }
}
