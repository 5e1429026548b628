package org.leadershipimpact.evaluation.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.leadershipimpact.evaluation.EvidenceLevel;
import org.leadershipimpact.evaluation.service.Reports;

import java.time.LocalDate;

/** The choices a report is drawn up with, shared by programme and cohort reports. */
public class ReportParameters {

    @QueryParam("evidenceLevel")
    @DefaultValue("AUDITED")
    @Parameter(description = "Monetise only benefits evidenced at least this well (Phillips: be conservative)")
    EvidenceLevel evidenceLevel;

    @QueryParam("benefitsFrom")
    @Parameter(description = "First day of the benefit period; default the programme's start date")
    LocalDate benefitsFrom;

    @QueryParam("benefitMonths")
    @DefaultValue("12")
    @Parameter(description = "Length of the benefit period in months, 1 to 120 (Phillips: the first year for short programmes)")
    int benefitMonths;

    Reports.Options options() {
        return new Reports.Options(evidenceLevel, benefitsFrom, benefitMonths);
    }
}
