package org.leadershipimpact.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.evaluation.SystemSummary;
import org.leadershipimpact.evaluation.service.SummaryService;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.security.Roles;

@Path("/api/v1/evaluation/systems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@SecurityRequirement(name = "bearer")
public class SystemSummaryResource {

    @Inject
    SummaryService summaries;

    @GET
    @Path("{code}/summary")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "A system's headline figures", description = "Kept up to date from the other services' events; eventually consistent.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = SystemSummaryView.class)))
    @APIResponse(responseCode = "404", description = "Not a system the caller acts for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SystemSummaryView summary(@PathParam("code") @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}") String code) {
        return SystemSummaryView.of(summaries.forSystem(code));
    }

    @Schema(name = "SystemSummary")
    public record SystemSummaryView(
            @Schema(example = "SURREY") String systemCode,
            @Schema(description = "Programmes created in the system", example = "3") long programmes) {

        static SystemSummaryView of(SystemSummary summary) {
            return new SystemSummaryView(summary.systemCode, summary.programmes);
        }
    }
}
