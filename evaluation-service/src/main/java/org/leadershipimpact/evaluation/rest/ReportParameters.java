package org.leadershipimpact.evaluation.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.leadershipimpact.evaluation.EvidenceLevel;
import org.leadershipimpact.evaluation.report.Appraisal.AttributionMode;
import org.leadershipimpact.evaluation.service.Reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The choices a report is drawn up with, shared by programme and cohort reports; the rules behind
 * each are in docs/design/credible-value.md. A value out of its range is a 400 problem naming it.
 */
public class ReportParameters {

    @QueryParam("evidenceLevel")
    @DefaultValue("AUDITED")
    @Parameter(description = "Monetise only benefits evidenced at least this well (Phillips: be conservative)", example = "AUDITED")
    EvidenceLevel evidenceLevel;

    @QueryParam("benefitsFrom")
    @Parameter(description = "First day of the benefit horizon; default the programme's start date", example = "2018-04-01")
    LocalDate benefitsFrom;

    @QueryParam("benefitMonths")
    @DefaultValue("12")
    @Parameter(description = "Length of the benefit horizon in months, 1 to 120 (Phillips: the first year for short programmes)",
            example = "36")
    int benefitMonths;

    @QueryParam("discountRate")
    @DefaultValue("3.5")
    @Parameter(description = "Discount rate in percent a year, 0 to 10: year t of the horizon counts 1 / (1 + r)^t "
            + "(Green Book social time preference rate 3.5)", example = "3.5",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "10", defaultValue = "3.5"))
    BigDecimal discountRate;

    @QueryParam("attribution")
    @DefaultValue("ADJUSTED")
    @Parameter(description = "ADJUSTED counts each benefit for the share the programme caused × the confidence in it, and a benefit "
            + "nobody isolated as £0 (Phillips); CLAIMED counts benefits as claimed, for comparison", example = "CLAIMED")
    AttributionMode attribution;

    @QueryParam("monetiseUnitValues")
    @DefaultValue("false")
    @Parameter(description = "Value benefits not in money (bed nights, referrals) with their recorded unit value; otherwise they are "
            + "listed as intangibles and never added to pounds", example = "true")
    boolean monetiseUnitValues;

    @QueryParam("costOptimismBias")
    @DefaultValue("0")
    @Parameter(description = "Percent, 0 to 200, by which costs are raised (Green Book optimism bias; no standard figure exists "
            + "for training programmes, so the choice is the appraiser's)", example = "20",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "200", defaultValue = "0"))
    BigDecimal costOptimismBias;

    @QueryParam("benefitOptimismBias")
    @DefaultValue("0")
    @Parameter(description = "Percent, 0 to 100, by which counted benefits are lowered (Green Book optimism bias)", example = "15",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "100", defaultValue = "0"))
    BigDecimal benefitOptimismBias;

    Reports.Options options() {
        return new Reports.Options(evidenceLevel, benefitsFrom, benefitMonths, discountRate, attribution, monetiseUnitValues,
                costOptimismBias, benefitOptimismBias);
    }
}
