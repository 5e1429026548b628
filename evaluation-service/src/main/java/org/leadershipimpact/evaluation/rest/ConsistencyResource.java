package org.leadershipimpact.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.evaluation.service.Consistency;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.platform.SystemCode;

import java.util.List;

/** Whether evaluation's figures equal those computed from the producers' current records. */
@Path("/api/v1/evaluation/consistency")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class ConsistencyResource {

    @Inject
    Consistency consistency;

    @GET
    @Operation(summary = "Check the read models against the producers",
            description = "For one system, or every system: each figure evaluation serves in the system's summary (and the measures its "
                    + "reports count as improving) against the same figure computed by the service that owns the records. "
                    + "Differences list the figure, the item, who holds it and both amounts. Changes whose events are still in flight "
                    + "show as differences for a moment.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Consistency.SystemCheck.class)))
    @APIResponse(responseCode = "502", description = "A producer could not be asked")
    public List<Consistency.SystemCheck> check(
            @QueryParam("system") @Pattern(regexp = SystemCode.PATTERN) @Parameter(description = "One system; all when absent",
                    example = "SURREY") String system,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return consistency.check(system, authorization);
    }
}
