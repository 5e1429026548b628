package org.leadershipimpact.evaluation.report;

import org.leadershipimpact.evaluation.EvidenceLevel;
import org.leadershipimpact.evaluation.report.EvaluationReport.Attribution;
import org.leadershipimpact.evaluation.report.EvaluationReport.BenefitValue;
import org.leadershipimpact.evaluation.report.EvaluationReport.Derivation;
import org.leadershipimpact.evaluation.report.EvaluationReport.IntangibleTotal;
import org.leadershipimpact.evaluation.report.EvaluationReport.MonetisedBy;
import org.leadershipimpact.evaluation.report.EvaluationReport.Sensitivity;
import org.leadershipimpact.evaluation.report.EvaluationReport.SensitivityRow;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a programme's benefits are worth, as docs/design/credible-value.md sets out: Phillips' ROI
 * Methodology (only the programme's isolated share counts, adjusted for confidence in the estimate;
 * intangibles are reported, not forced into money; fully loaded costs) and the Green Book's
 * discounting, optimism bias and sensitivity analysis. Money is in pence, as {@link BigDecimal}.
 */
public final class Appraisal {

    /** The Green Book's horizons for the sensitivity table: 1, 3 and 5 years. */
    static final List<Integer> SENSITIVITY_MONTHS = List.of(12, 36, 60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT = MathContext.DECIMAL128;

    private Appraisal() {
    }

    public enum Recurrence {
        ONCE, MONTHLY, ANNUAL;

        /** Events from before recurrence was recorded describe benefits that happen once; so, conservatively, does one this service does not know. */
        public static Recurrence of(String name) {
            try {
                return valueOf(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                return ONCE;
            }
        }
    }

    /** How benefits are counted: the programme's isolated share (Phillips), or all that was claimed, for comparison. */
    public enum AttributionMode {
        ADJUSTED, CLAIMED
    }

    public enum Status {
        COUNTED, NOT_ISOLATED, BELOW_EVIDENCE, OUTSIDE_PERIOD, NOT_DERIVED, INTANGIBLE
    }

    /** A benefit as recorded. {@code money}: its unit is pounds; {@code annualDropOff} and the attribution's figures are percents. */
    public record Claim(UUID benefitId, UUID projectId, String category, BigDecimal value, String unit, boolean money,
            EvidenceLevel evidenceLevel, LocalDate periodStart, LocalDate periodEnd, Recurrence recurrence, BigDecimal annualDropOff,
            BigDecimal unitValue, String unitValueSource, Attribution attribution, Derivation derivation) {
    }

    /**
     * The appraiser's choices: benefits count at or above {@code evidenceLevel}, over {@code months} from
     * {@code from}, discounted at {@code discountRate} % a year; optimism biases in percent.
     */
    public record Terms(EvidenceLevel evidenceLevel, LocalDate from, int months, BigDecimal discountRate, AttributionMode attribution,
            boolean monetiseUnitValues, BigDecimal costOptimismBias, BigDecimal benefitOptimismBias) {

        Terms at(EvidenceLevel level, int horizon, AttributionMode mode) {
            return new Terms(level, from, horizon, discountRate, mode, monetiseUnitValues, costOptimismBias, benefitOptimismBias);
        }

        LocalDate until() {
            return from.plusMonths(months);
        }
    }

    /** The value of the benefits against {@code costPence}, the fully loaded cost before optimism bias. */
    public record Result(List<BenefitValue> benefits, BigDecimal benefitsClaimedPence, BigDecimal benefitsCountedPence, long costPence,
            BigDecimal netBenefitPence, BigDecimal roiPercent, BigDecimal benefitCostRatio, String statement, Sensitivity sensitivity,
            List<IntangibleTotal> intangibles, List<String> basis) {
    }

    public static Result appraise(List<Claim> claims, long recordedCostPence, Terms terms) {
        long cost = withCostOptimismBias(recordedCostPence, terms.costOptimismBias());
        List<BenefitValue> benefits = claims.stream().map(c -> value(c, terms)).toList();
        Totals totals = Totals.of(benefits);
        BigDecimal net = totals.counted.subtract(BigDecimal.valueOf(cost));
        BigDecimal roi = roiPercent(totals, cost);
        BigDecimal ratio = benefitCostRatio(totals, cost);
        BigDecimal breakEven = breakEven(cost, totals.claimed, terms.benefitOptimismBias());
        return new Result(benefits, totals.claimed, totals.counted, cost, net, roi, ratio,
                Statement.of(benefits, new Statement.Figures(totals.claimed, totals.counted, cost, roi, ratio, breakEven), terms),
                new Sensitivity(sensitivity(claims, cost, terms), breakEven), intangibles(benefits), basis(terms));
    }

    /** Costs carry no dates: spent in year 0, undiscounted, raised by the optimism bias and rounded up to the penny. */
    static long withCostOptimismBias(long pence, BigDecimal biasPercent) {
        return BigDecimal.valueOf(pence).multiply(HUNDRED.add(biasPercent)).divide(HUNDRED, 0, RoundingMode.UP).longValueExact();
    }

    /** Benefits of one valuation added up: {@code claimed} the present value of those eligible, {@code counted} what counts of them. */
    private record Totals(BigDecimal claimed, BigDecimal counted, boolean anyCounted) {

        static Totals of(List<BenefitValue> benefits) {
            BigDecimal claimed = BigDecimal.ZERO;
            BigDecimal counted = BigDecimal.ZERO;
            boolean any = false;
            for (BenefitValue b : benefits) {
                Status status = Status.valueOf(b.status());
                if (status == Status.COUNTED || status == Status.NOT_ISOLATED) {
                    claimed = claimed.add(b.claimedPresentValuePence());
                }
                if (status == Status.COUNTED) {
                    counted = counted.add(b.countedPence());
                    any = true;
                }
            }
            return new Totals(claimed, counted, any);
        }
    }

    /** Null, not −100 %, when nothing counts in money: an absence of evidence is no finding (the statement says why). */
    private static BigDecimal roiPercent(Totals totals, long cost) {
        if (!totals.anyCounted || cost <= 0) {
            return null;
        }
        BigDecimal pence = BigDecimal.valueOf(cost);
        return totals.counted.subtract(pence).multiply(HUNDRED).divide(pence, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal benefitCostRatio(Totals totals, long cost) {
        if (!totals.anyCounted || cost <= 0) {
            return null;
        }
        return totals.counted.divide(BigDecimal.valueOf(cost), 2, RoundingMode.HALF_UP);
    }

    /**
     * The share (share × confidence) of the claimed benefits the programme must have caused for ROI to be 0:
     * cost / (claimed present value × (1 − benefit optimism bias)), rounded up to a tenth of a per cent
     * so that it never promises break-even too early. Null when nothing is claimed in money.
     */
    static BigDecimal breakEven(long cost, BigDecimal claimedPence, BigDecimal benefitOptimismBias) {
        BigDecimal claimed = claimedPence.multiply(HUNDRED.subtract(benefitOptimismBias)).divide(HUNDRED, EXACT);
        if (claimed.signum() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(cost).multiply(HUNDRED).divide(claimed, 1, RoundingMode.UP);
    }

    static BenefitValue value(Claim c, Terms terms) {
        MonetisedBy monetised = c.money() || !terms.monetiseUnitValues() || c.unitValue() == null ? null
                : new MonetisedBy(c.unitValue(), c.unitValueSource());
        boolean inMoney = c.money() || monetised != null;
        BigDecimal perPeriodPence = !inMoney ? null
                : c.value().multiply(c.money() ? HUNDRED : c.unitValue().multiply(HUNDRED));
        Status status;
        BigDecimal presentValue = null;
        if (c.derivation() != null && !"DERIVED".equals(c.derivation().status())) {
            status = Status.NOT_DERIVED;
            presentValue = inMoney ? BigDecimal.ZERO : null;
        } else if (!inMoney) {
            status = Status.INTANGIBLE;
        } else {
            presentValue = presentValuePence(perPeriodPence, c, terms);
            if (c.evidenceLevel().compareTo(terms.evidenceLevel()) < 0) {
                status = Status.BELOW_EVIDENCE;
            } else if (presentValue.signum() == 0) {
                status = Status.OUTSIDE_PERIOD;
            } else if (terms.attribution() == AttributionMode.ADJUSTED && c.attribution() == null) {
                status = Status.NOT_ISOLATED;
            } else {
                status = Status.COUNTED;
            }
        }
        BigDecimal share = status == Status.COUNTED ? countedShare(c.attribution(), terms) : BigDecimal.ZERO;
        BigDecimal counted = status == Status.COUNTED
                ? presentValue.multiply(share).divide(HUNDRED, 0, RoundingMode.DOWN) : BigDecimal.ZERO;
        return new BenefitValue(c.benefitId(), c.projectId(), c.category(), c.value(), c.unit(), c.evidenceLevel().name(),
                c.recurrence().name(), c.annualDropOff(), c.periodStart(), c.periodEnd(),
                perPeriodPence == null ? null : perPeriodPence.setScale(0, RoundingMode.DOWN), presentValue, c.attribution(),
                share.setScale(2, RoundingMode.HALF_UP), counted, status.name(), c.derivation(), monetised);
    }

    /**
     * The percent of a benefit's present value that counts: its isolated share × the confidence in that
     * share (Phillips' error adjustment; a method that measures needs none, so an absent confidence is
     * 100 %), or all of it as claimed; then lowered by the benefit optimism bias.
     */
    private static BigDecimal countedShare(Attribution attribution, Terms terms) {
        BigDecimal share = HUNDRED;
        if (terms.attribution() == AttributionMode.ADJUSTED) {
            BigDecimal confidence = attribution.confidence() == null ? HUNDRED : attribution.confidence();
            share = attribution.share().multiply(confidence).divide(HUNDRED, EXACT);
        }
        return share.multiply(HUNDRED.subtract(terms.benefitOptimismBias())).divide(HUNDRED, EXACT);
    }

    /** One stretch of a benefit's flow: {@code pence} spread evenly over the days of [start, end). */
    private record Flow(LocalDate start, LocalDate end, BigDecimal pence) {
    }

    /**
     * The benefit's present value within the horizon, rounded down to the penny: each flow spread over
     * its days, cut to the horizon and to the benefit's own end, year t of the horizon discounted by
     * 1 / (1 + r)^t.
     */
    static BigDecimal presentValuePence(BigDecimal pencePerPeriod, Claim c, Terms terms) {
        LocalDate until = terms.until();
        LocalDate stop = c.periodEnd() == null ? until : min(until, c.periodEnd().plusDays(1));
        BigDecimal growth = BigDecimal.ONE.add(terms.discountRate().divide(HUNDRED, EXACT));
        BigDecimal total = BigDecimal.ZERO;
        for (Flow flow : flows(pencePerPeriod, c, terms.from(), stop)) {
            long days = ChronoUnit.DAYS.between(flow.start(), flow.end());
            if (days <= 0) {
                continue;
            }
            for (int year = 0; terms.from().plusMonths(12L * year).isBefore(stop); year++) {
                LocalDate yearStart = terms.from().plusMonths(12L * year);
                LocalDate from = max(flow.start(), yearStart);
                LocalDate to = min(min(flow.end(), terms.from().plusMonths(12L * (year + 1))), stop);
                long inside = ChronoUnit.DAYS.between(from, to);
                if (inside > 0) {
                    total = total.add(flow.pence().multiply(BigDecimal.valueOf(inside))
                            .divide(BigDecimal.valueOf(days).multiply(growth.pow(year, EXACT)), EXACT));
                }
            }
        }
        return total.setScale(0, RoundingMode.DOWN);
    }

    /** The flows that may fall within [from, stop): a recurring benefit's periods from its start, each after the first year lower by the drop-off. */
    private static List<Flow> flows(BigDecimal pence, Claim c, LocalDate from, LocalDate stop) {
        if (c.recurrence() == Recurrence.ONCE) {
            LocalDate end = c.periodEnd() == null ? c.periodStart().plusDays(1) : c.periodEnd().plusDays(1);
            return List.of(new Flow(c.periodStart(), end, pence));
        }
        int monthsEach = c.recurrence() == Recurrence.MONTHLY ? 1 : 12;
        BigDecimal keep = BigDecimal.ONE.subtract(c.annualDropOff() == null ? BigDecimal.ZERO : c.annualDropOff().divide(HUNDRED, EXACT));
        List<Flow> flows = new ArrayList<>();
        // periods ending before the horizon are skipped without being walked through
        long first = Math.max(0, ChronoUnit.MONTHS.between(c.periodStart(), from) / monthsEach - 1);
        for (long n = first; c.periodStart().plusMonths(n * monthsEach).isBefore(stop); n++) {
            int benefitYear = (int) (n * monthsEach / 12);
            flows.add(new Flow(c.periodStart().plusMonths(n * monthsEach), c.periodStart().plusMonths((n + 1) * monthsEach),
                    pence.multiply(keep.pow(benefitYear, EXACT))));
        }
        return flows;
    }

    /** ROI and benefit–cost ratio at each evidence level and horizon, adjusted and as claimed, the other terms as chosen. */
    private static List<SensitivityRow> sensitivity(List<Claim> claims, long cost, Terms terms) {
        List<SensitivityRow> rows = new ArrayList<>();
        for (EvidenceLevel level : EvidenceLevel.values()) {
            for (int months : SENSITIVITY_MONTHS) {
                Map<AttributionMode, Totals> totals = new EnumMap<>(AttributionMode.class);
                for (AttributionMode mode : AttributionMode.values()) {
                    Terms at = terms.at(level, months, mode);
                    totals.put(mode, Totals.of(claims.stream().map(c -> value(c, at)).toList()));
                }
                Totals adjusted = totals.get(AttributionMode.ADJUSTED);
                Totals claimed = totals.get(AttributionMode.CLAIMED);
                rows.add(new SensitivityRow(level.name(), months,
                        adjusted.counted, roiPercent(adjusted, cost), benefitCostRatio(adjusted, cost),
                        claimed.counted, roiPercent(claimed, cost), benefitCostRatio(claimed, cost)));
            }
        }
        return rows;
    }

    /** Benefits not in money, added up only with others of the same unit: bed nights never join pounds. */
    private static List<IntangibleTotal> intangibles(List<BenefitValue> benefits) {
        Map<String, IntangibleTotal> byUnit = new TreeMap<>();
        benefits.stream().filter(b -> Status.INTANGIBLE.name().equals(b.status())).forEach(b -> byUnit.merge(b.unit(),
                new IntangibleTotal(b.unit(), 1, b.value()),
                (x, y) -> new IntangibleTotal(x.unit(), x.benefits() + 1, x.value().add(y.value()))));
        return List.copyOf(byUnit.values());
    }

    private static List<String> basis(Terms terms) {
        LocalDate last = terms.until().minusDays(1);
        List<String> basis = new ArrayList<>();
        basis.add("Benefits count at evidence level " + Vocabulary.EVIDENCE_LEVEL.label(terms.evidenceLevel().name()).toLowerCase(Locale.UK)
                + " or above, for the part of them from "
                + terms.from() + " to " + last + " (" + terms.months() + " months; value spread evenly over each period's days)");
        basis.add("Year t of that horizon is discounted by 1 / (1 + " + terms.discountRate().toPlainString()
                + " %)^t (Green Book); each benefit's present value is rounded down to the penny");
        basis.add(terms.attribution() == AttributionMode.ADJUSTED
                ? "Each benefit counts for the share the programme caused × the confidence in that estimate (Phillips); "
                        + "a benefit without an attribution counts £0 (not isolated)"
                : "Benefits count as claimed, without isolating the programme's share: an upper bound for comparison, not a finding");
        basis.add(terms.monetiseUnitValues()
                ? "Benefits not in money that carry a unit value are monetised with it; the others are listed as intangibles"
                : "Benefits not in money are listed as intangibles, added up only with others of their unit, never monetised");
        basis.add("Optimism bias: costs raised by " + terms.costOptimismBias().toPlainString() + " %, counted benefits lowered by "
                + terms.benefitOptimismBias().toPlainString() + " %; costs are taken as spent in year 0, undiscounted");
        return basis;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
