package org.leadershipimpact.evaluation.report;

import org.leadershipimpact.evaluation.report.EvaluationReport.CostLine;
import org.leadershipimpact.evaluation.report.EvaluationReport.Costs;
import org.leadershipimpact.evaluation.report.EvaluationReport.Roi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's ROI: the fully loaded cost (the programme's funding plus every additional cost recorded
 * against it, a cohort's share of it by enrolments) set against the benefits as {@link Appraisal}
 * values them (docs/design/credible-value.md). Money is in pence.
 */
public final class ReturnOnInvestment {

    private ReturnOnInvestment() {
    }

    /**
     * A cohort's share of its programme's cost: its enrolments over the programme's, to four places;
     * all of it when the programme has none.
     */
    public static BigDecimal cohortShare(long cohortEnrolments, long programmeEnrolments) {
        return programmeEnrolments == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(cohortEnrolments).divide(BigDecimal.valueOf(programmeEnrolments), 4, RoundingMode.HALF_UP);
    }

    /**
     * The ROI of {@code claims} against the programme's cost; {@code cohortShare} is null for the whole
     * programme. A programme without recorded funding costs what its additional costs add up to.
     */
    public static Roi of(Long fundingPence, List<CostLine> additional, BigDecimal cohortShare, List<Appraisal.Claim> claims,
            Appraisal.Terms terms) {
        long funding = fundingPence == null ? 0 : fundingPence;
        long programmeCost = funding + additional.stream().mapToLong(CostLine::amountPence).sum();
        BigDecimal share = cohortShare == null ? BigDecimal.ONE : cohortShare;
        // a share of a penny is a penny: the cost errs high, so the ROI errs low (Phillips: be conservative)
        long cost = BigDecimal.valueOf(programmeCost).multiply(share).setScale(0, RoundingMode.UP).longValueExact();
        Appraisal.Result value = Appraisal.appraise(claims, cost, terms);
        List<String> basis = new ArrayList<>(value.basis());
        basis.add("Cost is the programme's funding plus every additional cost recorded against it"
                + (cohortShare == null ? "" : ", apportioned to the cohort by its share of enrolments"));
        return new Roi(new Costs(funding, additional, cost, cohortShare, !additional.isEmpty()),
                value.benefits(), value.benefitsClaimedPence(), value.benefitsCountedPence(), value.costPence(), value.netBenefitPence(),
                value.roiPercent(), value.benefitCostRatio(), value.statement(), value.sensitivity(), value.intangibles(), basis);
    }
}
