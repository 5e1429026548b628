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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.evaluation.api.SummaryView;
import org.leadershipimpact.evaluation.service.Disclosure;
import org.leadershipimpact.evaluation.service.Summaries;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.platform.SystemCode;

@Path("/api/v1/evaluation/systems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation summaries", description = "Pre-aggregated figures: one indexed read whatever the history")
@SecurityRequirement(name = "bearer")
public class SystemEvaluationResource {

    @Inject
    Summaries summaries;

    @Inject
    Disclosure disclosure;

    @GET
    @Path("{code}/summary")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "A system's headline figures", description = "Kept up to date from the other services' events; eventually consistent.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "Not a system the caller acts for")
    public SummaryView summary(@PathParam("code") @Pattern(regexp = SystemCode.PATTERN) String code) {
        return disclosure.summary("SYSTEM", code, null, summaries.ofSystem(code));
    }
}
