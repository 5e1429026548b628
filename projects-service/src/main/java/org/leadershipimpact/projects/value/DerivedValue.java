package org.leadershipimpact.projects.value;

import org.leadershipimpact.projects.Recurrence;
import org.leadershipimpact.projects.spc.ImprovementDirection;
import org.leadershipimpact.projects.spc.Observation;
import org.leadershipimpact.projects.spc.PointType;
import org.leadershipimpact.projects.spc.SpcChart;
import org.leadershipimpact.projects.spc.SpcOptions;
import org.leadershipimpact.projects.spc.XmrChart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benefit worked out from a measure's chart: the change the chart shows, in the measure's unit per
 * month, times pounds per unit, times the months the benefit covers (docs/design/credible-value.md,
 * rule 2). The working is rounded where it is shown (means, change and months to 4 decimals) and the
 * value is computed from the rounded figures, so anyone can redo the sum from what is shown.
 */
public final class DerivedValue {

    static final int SHOWN_SCALE = 4;
    /** A benefit's value holds 16 digits of pounds, here and in every copy of it (as a claimed value does). */
    static final int MAX_POUNDS_DIGITS = 16;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private DerivedValue() {
    }

    /** The measure as deriving reads it: how its chart is drawn, and its points (those that stand). */
    public record Measure(ImprovementDirection direction, Double baseline, List<LocalDate> rebaseDates, Integer fixedBaselinePoints,
            boolean screenOutliers, boolean withdrawn, List<Observation> points) {
    }

    /** What the benefit claims: how often it happens, over which period, at how many pounds per unit of the measure. */
    public record Claim(Recurrence recurrence, LocalDate periodStart, LocalDate periodEnd, BigDecimal unitValue) {
    }

    /** The result, with its working; {@code value} is £0.00 unless the status is DERIVED. */
    public record Outcome(DerivationStatus status, BigDecimal beforeMean, BigDecimal afterMean, BigDecimal change, BigDecimal months,
            LocalDate rebaseDate, BigDecimal value) {
    }

    /**
     * Derives the benefit; an {@link ArithmeticException} when the figures are beyond what a benefit can
     * hold (points whose mean is not a finite number, or a value of more than 16 digits of pounds).
     */
    public static Outcome of(Measure measure, Claim claim) {
        BigDecimal months = months(claim);
        if (measure.withdrawn()) {
            return nothing(DerivationStatus.MEASURE_WITHDRAWN, months);
        }
        if (measure.direction() == ImprovementDirection.NEUTRAL) {
            return nothing(DerivationStatus.NO_DIRECTION, months);
        }
        List<Observation> points = measure.points().stream().sorted(Comparator.comparing(Observation::date)).toList();
        if (!monthly(points)) {
            return nothing(DerivationStatus.NOT_MONTHLY, months);
        }
        Split split = split(measure, points);
        if (split == null) {
            return nothing(DerivationStatus.NO_BASELINE, months);
        }
        if (split.tooFew()) {
            return nothing(DerivationStatus.TOO_FEW_POINTS, months);
        }
        return read(measure, split, claim, months);
    }

    /** Before and after, as the measure's chart is drawn: the last re-base, else the fixed baseline, else the baseline value. */
    private record Split(List<Observation> before, List<Observation> after, LocalDate rebaseDate, Double baselineValue) {

        boolean tooFew() {
            return after.size() < 2 || baselineValue == null && before.size() < 2;
        }
    }

    private static Split split(Measure measure, List<Observation> points) {
        // a re-base date splits the chart only where a point falls on it, as XmrChart draws it; one after
        // the last point is a change whose after points are still to come
        List<LocalDate> rebases = points.isEmpty() ? List.of() : measure.rebaseDates().stream().sorted()
                .filter(d -> d.isAfter(points.get(0).date()) && (d.isAfter(points.get(points.size() - 1).date())
                        || points.stream().anyMatch(p -> p.date().equals(d))))
                .toList();
        if (!rebases.isEmpty()) {
            LocalDate last = rebases.get(rebases.size() - 1);
            LocalDate previous = rebases.size() > 1 ? rebases.get(rebases.size() - 2) : LocalDate.MIN;
            return new Split(points.stream().filter(p -> !p.date().isBefore(previous) && p.date().isBefore(last)).toList(),
                    points.stream().filter(p -> !p.date().isBefore(last)).toList(), last, null);
        }
        if (measure.fixedBaselinePoints() != null) {
            int fixed = Math.min(measure.fixedBaselinePoints(), points.size());
            return new Split(points.subList(0, fixed), points.subList(fixed, points.size()), null, null);
        }
        if (measure.baseline() != null) {
            return new Split(List.of(), points, null, measure.baseline());
        }
        return null;
    }

    private static Outcome read(Measure measure, Split split, Claim claim, BigDecimal months) {
        SpcOptions options = new SpcOptions(measure.direction(), List.of(), measure.fixedBaselinePoints(), measure.screenOutliers(),
                null, SpcOptions.DEFAULT_SHORT_SEGMENT_BELOW);
        double centre;
        double meanMovingRange;
        double beforeMean;
        if (split.baselineValue() != null) {
            // only a baseline value: the centre line is that value, the spread the points' own
            centre = split.baselineValue();
            meanMovingRange = XmrChart.of(split.after(), options).segments().get(0).meanMovingRange();
            beforeMean = centre;
        } else {
            SpcChart.Segment before = XmrChart.of(split.before(), options).segments().get(0);
            centre = before.mean();
            meanMovingRange = before.meanMovingRange();
            beforeMean = mean(split.before());
        }
        // the before points are read too, so that a run crossing the change counts as the extended chart shows it
        SpcChart extended = XmrChart.against(Stream.concat(split.before().stream(), split.after().stream()).toList(),
                centre, meanMovingRange, options);
        LocalDate firstAfter = split.after().get(0).date();
        boolean improved = extended.points().stream().anyMatch(p -> !p.date().isBefore(firstAfter)
                && p.pointType() == PointType.SPECIAL_CAUSE_IMPROVEMENT);
        double afterMean = mean(split.after());
        if (!Double.isFinite(beforeMean) || !Double.isFinite(afterMean)) {
            throw new ArithmeticException("the measure's points are too large to average");
        }
        BigDecimal shownBefore = shown(beforeMean);
        BigDecimal shownAfter = shown(afterMean);
        BigDecimal change = measure.direction() == ImprovementDirection.INCREASE ? shownAfter.subtract(shownBefore)
                : shownBefore.subtract(shownAfter);
        if (!improved || change.signum() <= 0) {
            return new Outcome(DerivationStatus.NO_IMPROVEMENT, shownBefore, shownAfter, change, months, split.rebaseDate(), pounds(0));
        }
        BigDecimal value = change.multiply(claim.unitValue()).multiply(months).setScale(2, RoundingMode.HALF_UP);
        if (value.precision() - value.scale() > MAX_POUNDS_DIGITS) {
            throw new ArithmeticException("it would be worth £" + value.toPlainString() + ", more than a benefit can hold ("
                    + MAX_POUNDS_DIGITS + " digits of pounds)");
        }
        return new Outcome(DerivationStatus.DERIVED, shownBefore, shownAfter, change, months, split.rebaseDate(), value);
    }

    /**
     * Months the value is counted for: a one-off benefit's period (whole calendar months, and the days of
     * a part month over its length); a monthly benefit is worth one month's change a month, an annual one twelve.
     */
    static BigDecimal months(Claim claim) {
        return switch (claim.recurrence()) {
            case MONTHLY -> BigDecimal.ONE.setScale(SHOWN_SCALE);
            case ANNUAL -> TWELVE.setScale(SHOWN_SCALE);
            case ONCE -> monthsIn(claim.periodStart(), claim.periodEnd());
        };
    }

    static BigDecimal monthsIn(LocalDate start, LocalDate end) {
        YearMonth first = YearMonth.from(start);
        YearMonth last = YearMonth.from(end);
        if (first.equals(last)) {
            return fraction(ChronoUnit.DAYS.between(start, end) + 1, first).setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal whole = BigDecimal.valueOf(ChronoUnit.MONTHS.between(first, last) - 1);
        BigDecimal head = fraction(first.lengthOfMonth() - start.getDayOfMonth() + 1, first);
        BigDecimal tail = fraction(end.getDayOfMonth(), last);
        return whole.add(head).add(tail).setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal fraction(long days, YearMonth month) {
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(month.lengthOfMonth()), 10, RoundingMode.HALF_UP);
    }

    /** A month apart: each point in the calendar month after the one before it. */
    static boolean monthly(List<Observation> points) {
        for (int i = 1; i < points.size(); i++) {
            if (!YearMonth.from(points.get(i - 1).date()).plusMonths(1).equals(YearMonth.from(points.get(i).date()))) {
                return false;
            }
        }
        return true;
    }

    private static Outcome nothing(DerivationStatus status, BigDecimal months) {
        return new Outcome(status, null, null, null, months, null, pounds(0));
    }

    private static double mean(List<Observation> points) {
        return points.stream().mapToDouble(Observation::value).average().orElse(Double.NaN);
    }

    private static BigDecimal shown(double value) {
        return BigDecimal.valueOf(value).setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal pounds(long value) {
        return BigDecimal.valueOf(value).setScale(2);
    }
}
