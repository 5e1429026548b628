package org.leadershipimpact.evaluation.report;

import org.leadershipimpact.evaluation.report.Appraisal.AttributionMode;
import org.leadershipimpact.evaluation.report.Appraisal.Status;
import org.leadershipimpact.evaluation.report.Appraisal.Terms;
import org.leadershipimpact.evaluation.report.EvaluationReport.BenefitValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the value figures mean and do not, in words for a board. When nothing counts in money it says
 * why instead of giving an ROI: "−100 %" would read as a finding where there is only missing evidence.
 */
final class Statement {

    record Figures(BigDecimal claimedPence, BigDecimal countedPence, long costPence, BigDecimal roiPercent,
            BigDecimal benefitCostRatio, BigDecimal breakEvenPercent) {
    }

    private Statement() {
    }

    static String of(List<BenefitValue> benefits, Figures f, Terms terms) {
        if (f.costPence() <= 0) {
            return "No cost is recorded, so no ROI or benefit–cost ratio is given: benefits without their cost say nothing about "
                    + "value for money.";
        }
        if (f.roiPercent() == null) {
            return "No benefit counts in money, so no ROI is given (−100 % would be no finding): " + whyNothingCounts(benefits, terms) + ".";
        }
        String counted = terms.attribution() == AttributionMode.ADJUSTED
                ? " counted of " + Pounds.exact(f.claimedPence()) + " claimed: the programme's share of each benefit as the methods "
                        + "shown estimated it, adjusted for the confidence in each estimate"
                : " counted as claimed, with no share isolated: an upper bound for comparison, not a finding";
        String breakEven = f.breakEvenPercent() == null ? ""
                : " For ROI to be 0 the programme must have caused " + f.breakEvenPercent().toPlainString()
                        + " % of the benefits claimed" + (f.breakEvenPercent().compareTo(BigDecimal.valueOf(100)) > 0
                                ? ", more than all of them: it cannot pay for itself on these benefits." : ".");
        return "ROI " + f.roiPercent().toPlainString() + " % and benefit–cost ratio " + f.benefitCostRatio().toPlainString()
                + " : 1 set " + Pounds.exact(f.countedPence()) + counted + ", against " + Pounds.exact(BigDecimal.valueOf(f.costPence()))
                + " of cost. Benefits are present values over " + terms.months() + " months from " + terms.from() + " at "
                + terms.discountRate().toPlainString() + " % a year. They are estimates, not audited cash; the sensitivity table shows "
                + "how the result moves with evidence, isolation and horizon." + breakEven;
    }

    private static String whyNothingCounts(List<BenefitValue> benefits, Terms terms) {
        if (benefits.isEmpty()) {
            return "no benefit is recorded";
        }
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        benefits.forEach(b -> byStatus.merge(Status.valueOf(b.status()), 1L, Long::sum));
        List<String> reasons = new ArrayList<>();
        reason(reasons, byStatus, Status.INTANGIBLE, "not in money" + (terms.monetiseUnitValues() ? " and without a unit value"
                : " (listed as intangibles; monetiseUnitValues=true values those with a unit value)"));
        reason(reasons, byStatus, Status.NOT_ISOLATED, "not isolated (no share attributed to the programme, so counted as no "
                + "improvement)");
        reason(reasons, byStatus, Status.BELOW_EVIDENCE, "evidenced below "
                + Vocabulary.EVIDENCE_LEVEL.label(terms.evidenceLevel().name()).toLowerCase(Locale.UK));
        reason(reasons, byStatus, Status.OUTSIDE_PERIOD, "outside the " + terms.months() + " months from " + terms.from());
        reason(reasons, byStatus, Status.NOT_DERIVED, "derived from a chart that shows no real improvement");
        return String.join("; ", reasons);
    }

    private static void reason(List<String> reasons, Map<Status, Long> byStatus, Status status, String why) {
        Long n = byStatus.get(status);
        if (n != null) {
            reasons.add(n + (n == 1 ? " benefit " : " benefits ") + why);
        }
    }
}
