package org.leadershipimpact.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.evaluation.report.ProjectReport;
import org.leadershipimpact.evaluation.service.Reports;
import org.leadershipimpact.platform.security.Roles;

import java.util.UUID;

/** A project's one-page summary, read by the same people and in the same systems as a programme's report. */
@Path("/api/v1/evaluation/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project evaluation", description = "A project's one-page summary: measures with their charts, PDSA cycles, milestones, benefits")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
public class ProjectEvaluationResource {

    @Inject
    Reports reports;

    @Inject
    ReportPages pages;

    @GET
    @Path("{id}/report")
    @Operation(summary = "A project's one-page summary",
            description = "Its measures with their XmR charts and Making Data Count icons, the PDSA cycles and milestones it completed, "
                    + "and the benefits it recorded, as evaluation holds them. Ask for text/html for a printable page with charts, "
                    + "or application/pdf for the same page as an A4 PDF.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "Not a project evaluation knows of in the caller's systems")
    public ProjectReport report(@PathParam("id") UUID id) {
        return reports.ofProject(id);
    }

    @GET
    @Path("{id}/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String reportPage(@PathParam("id") UUID id) {
        return pages.html(reports.ofProject(id));
    }

    @GET
    @Path("{id}/report")
    @Produces(ReportPages.PDF)
    @Operation(hidden = true)
    public byte[] reportPdf(@PathParam("id") UUID id) {
        return pages.pdf(reports.ofProject(id));
    }
}
