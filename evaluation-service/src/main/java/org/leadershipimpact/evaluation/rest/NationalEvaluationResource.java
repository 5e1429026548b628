package org.leadershipimpact.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.evaluation.api.SummaryView;
import org.leadershipimpact.evaluation.report.NationalPaper;
import org.leadershipimpact.evaluation.service.Disclosure;
import org.leadershipimpact.evaluation.service.Summaries;
import org.leadershipimpact.platform.security.Roles;

import java.util.List;

/** The national admin's view: the same figures across systems, side by side, and by funding source. */
@Path("/api/v1/evaluation/national")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation summaries")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class NationalEvaluationResource {

    @Inject
    Summaries summaries;

    @Inject
    Disclosure disclosure;

    @Inject
    ReportPages pages;

    @GET
    @Path("summary")
    @Operation(summary = "Figures across every system", description = "The national admin's roll-up of every system's figures.")
    public SummaryView national() {
        return disclosure.summary("NATIONAL", "*", "All systems", summaries.national());
    }

    @GET
    @Path("systems")
    @Operation(summary = "Every system's figures side by side",
            description = "With fundingSource, only what that source funded in each system: e.g. a national fund comparing its areas. "
                    + "Ask for text/html for a printable page, or application/pdf for the same page as an A4 PDF.")
    public List<SummaryView> systems(@QueryParam("fundingSource") @Size(min = 1, max = 200)
            @Parameter(description = "A funding source as programmes name it", example = "National system leadership fund") String fundingSource) {
        return comparison(fundingSource).systems();
    }

    @GET
    @Path("systems")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String systemsPage(@QueryParam("fundingSource") @Size(min = 1, max = 200) String fundingSource) {
        return pages.html(comparison(fundingSource));
    }

    @GET
    @Path("systems")
    @Produces(ReportPages.PDF)
    @Operation(hidden = true)
    public byte[] systemsPdf(@QueryParam("fundingSource") @Size(min = 1, max = 200) String fundingSource) {
        return pages.pdf(comparison(fundingSource));
    }

    private NationalPaper.Comparison comparison(String fundingSource) {
        String scope = fundingSource == null ? "SYSTEM" : "FUNDING_SYSTEM";
        return new NationalPaper.Comparison(fundingSource, summaries.systemsSideBySide(fundingSource).entrySet().stream()
                .map(e -> disclosure.summary(scope, e.getKey(), fundingSource, e.getValue())).toList());
    }

    @GET
    @Path("funding-sources")
    @Operation(summary = "Figures by funding source, across systems", description = "One summary per funding source that programmes named.")
    public List<SummaryView> fundingSources() {
        return summaries.byFundingSource().entrySet().stream()
                .map(e -> disclosure.summary("FUNDING", e.getKey(), e.getKey(), e.getValue())).toList();
    }
}
