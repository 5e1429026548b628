package org.leadershipimpact.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.evaluation.api.SummaryView;
import org.leadershipimpact.evaluation.facts.CohortFact;
import org.leadershipimpact.evaluation.report.EvaluationReport;
import org.leadershipimpact.evaluation.service.Disclosure;
import org.leadershipimpact.evaluation.service.Reports;
import org.leadershipimpact.evaluation.service.Summaries;
import org.leadershipimpact.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/evaluation/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme evaluation")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
public class CohortEvaluationResource {

    @Inject
    Summaries summaries;

    @Inject
    Reports reports;

    @Inject
    Disclosure disclosure;

    @Inject
    ReportPages pages;

    @GET
    @Path("{id}/summary")
    @Operation(summary = "A cohort's headline figures", description = "As a programme's summary, for one cohort.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "Not a cohort evaluation knows of in the caller's systems")
    public SummaryView summary(@PathParam("id") UUID id) {
        CohortFact cohort = summaries.cohort(id);
        return disclosure.summary("COHORT", id.toString(), cohort.name, summaries.ofCohort(id));
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "The cohort's evaluation report", description = "As the programme's, for one cohort; its cost is the programme's apportioned by enrolments.")
    public EvaluationReport report(@PathParam("id") UUID id, @BeanParam ReportParameters parameters) {
        return reports.ofCohort(id, parameters.options());
    }

    @GET
    @Path("{id}/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String reportPage(@PathParam("id") UUID id, @BeanParam ReportParameters parameters) {
        return pages.html(reports.ofCohort(id, parameters.options()));
    }

    @GET
    @Path("{id}/report")
    @Produces(ReportPages.PDF)
    @Operation(hidden = true)
    public byte[] reportPdf(@PathParam("id") UUID id, @BeanParam ReportParameters parameters) {
        return pages.pdf(reports.ofCohort(id, parameters.options()));
    }
}
