package org.leadershipimpact.projects.value;

import org.junit.jupiter.api.Test;
import org.leadershipimpact.projects.Recurrence;
import org.leadershipimpact.projects.spc.ImprovementDirection;
import org.leadershipimpact.projects.spc.Observation;
import org.leadershipimpact.projects.value.DerivedValue.Claim;
import org.leadershipimpact.projects.value.DerivedValue.Measure;
import org.leadershipimpact.projects.value.DerivedValue.Outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadershipimpact.projects.spc.ImprovementDirection.DECREASE;
import static org.leadershipimpact.projects.spc.ImprovementDirection.INCREASE;
import static org.leadershipimpact.projects.spc.ImprovementDirection.NEUTRAL;

/**
 * Outpatient referrals a month (fewer is better), valued at £120 a referral avoided. Before the change:
 * 100, 104, 100, 104... (mean 102, every moving range 4, limits 102 ± 2.66 × 4 = 91.36 to 112.64).
 * After it: 90, 88, 90, 88... (mean 89), every point below 91.36: special cause improvement.
 * The change is 102 − 89 = 13 referrals a month.
 */
class DerivedValueTest {

    static final LocalDate APRIL_2018 = LocalDate.of(2018, 4, 1);
    static final LocalDate APRIL_2019 = LocalDate.of(2019, 4, 1);
    static final BigDecimal PER_REFERRAL = new BigDecimal("120");
    static final Claim YEAR_2019_20 = new Claim(Recurrence.ONCE, APRIL_2019, LocalDate.of(2020, 3, 31), PER_REFERRAL);

    /** Monthly points from {@code from}, repeating {@code pattern}. */
    static List<Observation> monthly(LocalDate from, int count, double... pattern) {
        List<Observation> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(new Observation(from.plusMonths(i), pattern[i % pattern.length]));
        }
        return points;
    }

    static List<Observation> beforeAndAfter(double... after) {
        List<Observation> points = new ArrayList<>(monthly(APRIL_2018, 12, 100, 104));
        points.addAll(monthly(APRIL_2019, 12, after));
        return points;
    }

    static Measure rebased(ImprovementDirection direction, List<Observation> points) {
        return new Measure(direction, null, List.of(APRIL_2019), null, true, false, points);
    }

    @Test
    void aStepBelowTheBeforeLimitsAfterARebaseIsDerivedOverTheBenefitsMonths() {
        Outcome outcome = DerivedValue.of(rebased(DECREASE, beforeAndAfter(90, 88)), YEAR_2019_20);
        assertEquals(DerivationStatus.DERIVED, outcome.status());
        assertEquals(new BigDecimal("102.0000"), outcome.beforeMean());
        assertEquals(new BigDecimal("89.0000"), outcome.afterMean());
        assertEquals(new BigDecimal("13.0000"), outcome.change());
        assertEquals(new BigDecimal("12.0000"), outcome.months());
        assertEquals(APRIL_2019, outcome.rebaseDate());
        // 13 referrals a month × £120 × 12 months
        assertEquals(new BigDecimal("18720.00"), outcome.value());
    }

    @Test
    void theSegmentBeforeTheLastRebaseIsTheBeforeNotEverythingBeforeIt() {
        // six points of 200 before an earlier re-base are no part of "before"
        List<Observation> points = new ArrayList<>(monthly(APRIL_2018, 6, 200));
        points.addAll(monthly(APRIL_2018.plusMonths(6), 6, 100, 104));
        points.addAll(monthly(APRIL_2019, 12, 90, 88));
        Measure measure = new Measure(DECREASE, null, List.of(APRIL_2018.plusMonths(6), APRIL_2019), null, true, false, points);
        Outcome outcome = DerivedValue.of(measure, YEAR_2019_20);
        assertEquals(new BigDecimal("102.0000"), outcome.beforeMean());
        assertEquals(new BigDecimal("18720.00"), outcome.value());
    }

    @Test
    void aRecurringBenefitIsOneMonthsChangeAMonthOrTwelveAYear() {
        Measure measure = rebased(DECREASE, beforeAndAfter(90, 88));
        // 13 × £120 × 1
        assertEquals(new BigDecimal("1560.00"), DerivedValue.of(measure, new Claim(Recurrence.MONTHLY, APRIL_2019, null, PER_REFERRAL)).value());
        // 13 × £120 × 12
        assertEquals(new BigDecimal("18720.00"), DerivedValue.of(measure, new Claim(Recurrence.ANNUAL, APRIL_2019, null, PER_REFERRAL)).value());
    }

    @Test
    void partMonthsCountByTheirDays() {
        // 16 to 30 April: 15/30 = 0.5; May: 1; 1 to 10 June: 10/30 = 0.3333 → 1.8333 months
        Claim claim = new Claim(Recurrence.ONCE, LocalDate.of(2019, 4, 16), LocalDate.of(2019, 6, 10), PER_REFERRAL);
        Outcome outcome = DerivedValue.of(rebased(DECREASE, beforeAndAfter(90, 88)), claim);
        assertEquals(new BigDecimal("1.8333"), outcome.months());
        // 13 × £120 × 1.8333 = £2,859.948
        assertEquals(new BigDecimal("2859.95"), outcome.value());
        // within one month: 1 to 14 February 2020 (29 days) = 14/29 = 0.4828
        assertEquals(new BigDecimal("0.4828"), DerivedValue.monthsIn(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 14)));
    }

    @Test
    void aFixedBaselineIsTheBeforeWhenThereIsNoRebase() {
        Measure measure = new Measure(DECREASE, null, List.of(), 12, true, false, beforeAndAfter(90, 88));
        Outcome outcome = DerivedValue.of(measure, YEAR_2019_20);
        assertEquals(DerivationStatus.DERIVED, outcome.status());
        assertNull(outcome.rebaseDate());
        assertEquals(new BigDecimal("18720.00"), outcome.value());
    }

    @Test
    void withNeitherTheBaselineValueIsTheCentreAndThePointsTheirOwnSpread() {
        // centre 102; the points' moving ranges are all 2, so the limits are 102 ± 5.32: 90 and 88 are below 96.68
        Measure measure = new Measure(DECREASE, 102.0, List.of(), null, true, false, monthly(APRIL_2019, 12, 90, 88));
        Outcome outcome = DerivedValue.of(measure, YEAR_2019_20);
        assertEquals(DerivationStatus.DERIVED, outcome.status());
        assertEquals(new BigDecimal("102.0000"), outcome.beforeMean());
        assertEquals(new BigDecimal("18720.00"), outcome.value());
    }

    @Test
    void noiseAfterTheChangeDerivesNothingThoughItsMeanIsLower() {
        // 99 and 103 sit inside 91.36 to 112.64, never seven on one side of 102: common cause only, so the
        // change of 102 − 101 = 1 a month is noise, not the programme's doing
        Outcome outcome = DerivedValue.of(rebased(DECREASE, beforeAndAfter(99, 103)), YEAR_2019_20);
        assertEquals(DerivationStatus.NO_IMPROVEMENT, outcome.status());
        assertEquals(new BigDecimal("1.0000"), outcome.change());
        assertEquals(new BigDecimal("0.00"), outcome.value());
    }

    @Test
    void aStepTheWrongWayIsNoImprovement() {
        // for a measure where more is better, falling from 102 to 89 is special cause concern: change −13
        Outcome outcome = DerivedValue.of(rebased(INCREASE, beforeAndAfter(90, 88)), YEAR_2019_20);
        assertEquals(DerivationStatus.NO_IMPROVEMENT, outcome.status());
        assertEquals(new BigDecimal("-13.0000"), outcome.change());
        assertEquals(new BigDecimal("0.00"), outcome.value());
    }

    @Test
    void aChartWithNothingToCompareWithHasNoBaseline() {
        Measure measure = new Measure(DECREASE, null, List.of(), null, true, false, beforeAndAfter(90, 88));
        assertEquals(DerivationStatus.NO_BASELINE, DerivedValue.of(measure, YEAR_2019_20).status());
    }

    @Test
    void oneAfterPointIsTooFew() {
        List<Observation> points = new ArrayList<>(monthly(APRIL_2018, 12, 100, 104));
        points.add(new Observation(APRIL_2019, 80));
        Outcome outcome = DerivedValue.of(rebased(DECREASE, points), YEAR_2019_20);
        assertEquals(DerivationStatus.TOO_FEW_POINTS, outcome.status());
        assertEquals(new BigDecimal("0.00"), outcome.value());
    }

    @Test
    void aRebaseAfterTheLastPointHasItsAfterPointsToComeNotNoBaseline() {
        Outcome outcome = DerivedValue.of(rebased(DECREASE, monthly(APRIL_2018, 12, 100, 104)), YEAR_2019_20);
        assertEquals(DerivationStatus.TOO_FEW_POINTS, outcome.status());
    }

    @Test
    void aValueBeyondSixteenDigitsOfPoundsOrPointsTooLargeToAverageAreRefused() {
        // 13 a month × £1,000,000,000,000 × 12 months = £156,000,000,000,000 fits; × 1,000 does not
        Claim dear = new Claim(Recurrence.ONCE, APRIL_2019, LocalDate.of(2020, 3, 31), new BigDecimal("1000000000000"));
        assertEquals(new BigDecimal("156000000000000.00"), DerivedValue.of(rebased(DECREASE, beforeAndAfter(90, 88)), dear).value());
        Claim dearer = new Claim(Recurrence.ONCE, APRIL_2019, LocalDate.of(2020, 3, 31), new BigDecimal("1000000000000000"));
        assertThrows(ArithmeticException.class, () -> DerivedValue.of(rebased(DECREASE, beforeAndAfter(90, 88)), dearer));
        List<Observation> huge = new ArrayList<>(monthly(APRIL_2018, 12, Double.MAX_VALUE, Double.MAX_VALUE / 2));
        huge.addAll(monthly(APRIL_2019, 12, 1, 2));
        assertThrows(ArithmeticException.class, () -> DerivedValue.of(rebased(DECREASE, huge), YEAR_2019_20));
    }

    @Test
    void weeklyPointsAreNotMonthly() {
        List<Observation> points = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            points.add(new Observation(APRIL_2019.plusWeeks(i), i < 12 ? 100 + (i % 2) * 4 : 88 + (i % 2) * 2));
        }
        Measure measure = new Measure(DECREASE, null, List.of(APRIL_2019.plusWeeks(12)), null, true, false, points);
        assertEquals(DerivationStatus.NOT_MONTHLY, DerivedValue.of(measure, YEAR_2019_20).status());
    }

    @Test
    void aMeasureWithNoDirectionDerivesNothing() {
        assertEquals(DerivationStatus.NO_DIRECTION, DerivedValue.of(rebased(NEUTRAL, beforeAndAfter(90, 88)), YEAR_2019_20).status());
    }

    @Test
    void aWithdrawnMeasureDerivesNothing() {
        Measure withdrawn = new Measure(DECREASE, null, List.of(APRIL_2019), null, true, true, beforeAndAfter(90, 88));
        Outcome outcome = DerivedValue.of(withdrawn, YEAR_2019_20);
        assertEquals(DerivationStatus.MEASURE_WITHDRAWN, outcome.status());
        assertEquals(new BigDecimal("0.00"), outcome.value());
    }
}
