package org.leadershipimpact.projects.spc;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadershipimpact.projects.spc.ImprovementDirection.DECREASE;
import static org.leadershipimpact.projects.spc.ImprovementDirection.INCREASE;
import static org.leadershipimpact.projects.spc.ImprovementDirection.NEUTRAL;
import static org.leadershipimpact.projects.spc.PointType.COMMON_CAUSE;
import static org.leadershipimpact.projects.spc.PointType.SPECIAL_CAUSE_CONCERN;
import static org.leadershipimpact.projects.spc.PointType.SPECIAL_CAUSE_IMPROVEMENT;
import static org.leadershipimpact.projects.spc.SpecialCause.ABOVE_UPPER_LIMIT;
import static org.leadershipimpact.projects.spc.SpecialCause.BELOW_LOWER_LIMIT;
import static org.leadershipimpact.projects.spc.SpecialCause.SHIFT_ABOVE;
import static org.leadershipimpact.projects.spc.SpecialCause.SHIFT_BELOW;
import static org.leadershipimpact.projects.spc.SpecialCause.TREND_DECREASING;
import static org.leadershipimpact.projects.spc.SpecialCause.TREND_INCREASING;
import static org.leadershipimpact.projects.spc.SpecialCause.TWO_OF_THREE_ABOVE;
import static org.leadershipimpact.projects.spc.SpecialCause.TWO_OF_THREE_BELOW;

/**
 * The chart against worked examples with known answers. "NHSRplotthedots" examples are the package's own
 * test expectations (test file named in each test); "derived" ones were computed from its rules and are
 * described in docs/design/spc-reference-notes.md, section 9.
 */
class XmrChartTest {

    /** R's set.seed(123); rnorm(20): the data most of NHSRplotthedots' tests use. */
    static final double[] RNORM_20 = {-0.5604756465522126, -0.23017748948328, 1.5587083141491243, 0.070508391424576,
            0.1292877351609463, 1.7150649868832817, 0.46091620598920247, -1.265061234606534, -0.686852851893526,
            -0.4456619700999582, 1.224081797439462, 0.3598138270573639, 0.4007714505940522, 0.1106827159451197,
            -0.5558411347540749, 1.7869131368030788, 0.4978504782292395, -1.966617156629638, 0.7013559015636855,
            -0.4727914077279341};

    static final LocalDate START = LocalDate.of(2020, 1, 2);

    static List<Observation> series(double... values) {
        List<Observation> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new Observation(START.plusDays(i), values[i]));
        }
        return points;
    }

    static SpcChart chart(SpcOptions options, double... values) {
        return XmrChart.of(series(values), options);
    }

    static List<SpecialCause> causes(SpcChart chart) {
        return chart.points().stream().map(SpcChart.Point::specialCause).toList();
    }

    static List<SpecialCause> repeat(SpecialCause cause, int times) {
        return Collections.nCopies(times, cause);
    }

    @SafeVarargs
    static List<SpecialCause> concat(List<SpecialCause>... parts) {
        List<SpecialCause> all = new ArrayList<>();
        Arrays.stream(parts).forEach(all::addAll);
        return all;
    }

    static void assertLimits(SpcChart.Segment segment, double mean, double lower, double upper, double tolerance) {
        assertEquals(mean, segment.mean(), tolerance, "mean");
        assertEquals(lower, segment.lowerLimit(), tolerance, "lower process limit");
        assertEquals(upper, segment.upperLimit(), tolerance, "upper process limit");
    }

    // NHSRplotthedots: test-ptd_spc_standard.R, "it returns expected values" (r1, r2, r3)

    @Test
    void meanAndLimitsOfTheStandardSeries() {
        SpcChart r1 = chart(SpcOptions.defaults(INCREASE), RNORM_20);
        assertLimits(r1.segments().get(0), 0.1416238, -3.01138, 3.294627, 1e-6);
        assertEquals(1.1853396233769542, r1.segments().get(0).meanMovingRange(), 1e-12);
        assertEquals(0, r1.segments().get(0).movingRangesScreenedOut());
        assertEquals(List.of(-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1, 1, 1, -1, 1, -1),
                r1.points().stream().map(SpcChart.Point::relativeToMean).toList());
        assertTrue(r1.points().stream().allMatch(p -> p.pointType() == COMMON_CAUSE));
    }

    @Test
    void anOutlyingValueIsScreenedFromTheMovingRangesButNotFromTheMean() {
        double[] y = RNORM_20.clone();
        y[14] = 10;
        SpcChart r2 = chart(SpcOptions.defaults(INCREASE), y);
        assertLimits(r2.segments().get(0), 0.6694159, -2.383666, 3.722497, 1e-6);
        assertEquals(2, r2.segments().get(0).movingRangesScreenedOut());
        assertEquals(1.1477749836415165, r2.segments().get(0).meanMovingRange(), 1e-12);
        assertEquals(ABOVE_UPPER_LIMIT, r2.points().get(14).specialCause());
        assertEquals(SPECIAL_CAUSE_IMPROVEMENT, r2.points().get(14).pointType());
        assertTrue(r2.points().get(17).closeToLimits(), "point 18 is close to a limit");
        assertEquals(SpecialCause.COMMON_CAUSE, r2.points().get(17).specialCause(), "but alone, so common cause");
    }

    @Test
    void withoutScreeningTheOutlierWidensTheLimits() {
        double[] y = RNORM_20.clone();
        y[14] = 10;
        SpcChart r3 = chart(SpcOptions.defaults(INCREASE).withScreening(false), y);
        assertLimits(r3.segments().get(0), 0.6694159, -4.596625, 5.935457, 1e-6);
        assertEquals(0, r3.segments().get(0).movingRangesScreenedOut());
    }

    // NHSRplotthedots: test-ptd_spc.R, "it outputs expected content": a re-base date that is no point's date changes nothing

    @Test
    void aRebaseDateThatIsNoPointsDateChangesNothing() {
        SpcChart chart = chart(SpcOptions.defaults(INCREASE).withRebase(List.of(LocalDate.of(2020, 1, 1))), RNORM_20);
        assertEquals(1, chart.segments().size());
        assertLimits(chart.segments().get(0), 0.1416238, -3.01138, 3.294627, 1e-6);
    }

    @Test
    void aRebaseSplitsTheSeriesIntoSegmentsWithTheirOwnLimits() {
        // the facets of test-ptd_spc.R s3/s4 are two runs of ten: the same as re-basing at the 11th point
        SpcChart chart = chart(SpcOptions.defaults(INCREASE).withRebase(List.of(START.plusDays(10))), RNORM_20);
        assertEquals(2, chart.segments().size());
        assertLimits(chart.segments().get(0), 0.07462564409716196, -2.60058540774544, 2.7498366959397638, 1e-12);
        assertLimits(chart.segments().get(1), 0.20862196085203544, -3.279005447729409, 3.6962493694334793, 1e-12);
        assertEquals(START.plusDays(10), chart.segments().get(1).start());
        assertTrue(chart.segments().get(0).shortSegmentWarning(), "ten points have trial limits only");
        assertEquals(1, chart.points().get(10).segment());
    }

    // NHSRplotthedots: test-ptd_spc_standard.R, "it only reports special cause for 2of3 points close to limits
    // when they are on the same side of the mean"

    @Test
    void twoPointsCloseToOppositeLimitsAreNotASignal() {
        double[] y = {1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 5.5, -5.5};
        SpcChart chart = chart(SpcOptions.defaults(INCREASE), y);
        assertLimits(chart.segments().get(0), 0, -6.175, 6.175, 1e-9);
        assertTrue(chart.points().get(14).closeToLimits() && chart.points().get(15).closeToLimits());
        assertTrue(chart.points().stream().allMatch(p -> p.pointType() == COMMON_CAUSE));
    }

    // NHSRplotthedots: test-geom_ptd_icon.R, "ptd_get_icons transforms the data correctly" (24 points, last 12 raised)

    static final double[] RNORM_24_RAISED = concatValues(Arrays.copyOf(RNORM_20, 12), new double[] {
            4.37496073, 3.31330669, 5.83778704, 5.15337312, 3.86186306, 6.25381492, 5.42646422, 4.70492852,
            5.89512566, 5.87813349, 5.82158108, 5.68864025});

    static final double[] RNORM_24_LOWERED = concatValues(Arrays.copyOf(RNORM_20, 12), new double[] {
            -4.44608235, -5.06191171, -5.30596266, -5.38047100, -5.69470698, -5.20791728, -6.26539635, -2.83104403,
            -3.79203800, -6.12310858, -5.40288484, -5.46665535});

    static double[] concatValues(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aRaisedProcessIsImprovementThatConsistentlyPassesALowTarget() {
        SpcChart s5 = chart(SpcOptions.defaults(INCREASE).withTarget(-3.0), RNORM_24_RAISED);
        assertLimits(s5.segments().get(0), 2.6891721190027487, -0.029475669279245942, 5.407819907284743, 1e-6);
        assertEquals(SPECIAL_CAUSE_IMPROVEMENT, s5.variation());
        assertEquals(Assurance.CONSISTENT_PASS, s5.assurance());
        assertEquals(List.of(BELOW_LOWER_LIMIT, BELOW_LOWER_LIMIT, SHIFT_BELOW, TWO_OF_THREE_BELOW, TWO_OF_THREE_BELOW,
                SHIFT_BELOW, TWO_OF_THREE_BELOW, BELOW_LOWER_LIMIT, BELOW_LOWER_LIMIT, BELOW_LOWER_LIMIT, SHIFT_BELOW,
                SHIFT_BELOW, SHIFT_ABOVE, SHIFT_ABOVE, ABOVE_UPPER_LIMIT, SHIFT_ABOVE, SHIFT_ABOVE, ABOVE_UPPER_LIMIT,
                ABOVE_UPPER_LIMIT, SHIFT_ABOVE, ABOVE_UPPER_LIMIT, ABOVE_UPPER_LIMIT, ABOVE_UPPER_LIMIT, ABOVE_UPPER_LIMIT),
                causes(s5));
        SpcChart s6 = chart(SpcOptions.defaults(DECREASE).withTarget(-3.0), RNORM_24_RAISED);
        assertEquals(SPECIAL_CAUSE_CONCERN, s6.variation());
        assertEquals(Assurance.CONSISTENT_FAIL, s6.assurance());
    }

    @Test
    void aLoweredProcessReadsByItsDirection() {
        SpcChart s7 = chart(SpcOptions.defaults(INCREASE).withTarget(3.0), RNORM_24_LOWERED);
        assertLimits(s7.segments().get(0), -2.4436677947213963, -5.090220556634581, 0.20288496719178806, 1e-6);
        assertEquals(concat(List.of(TWO_OF_THREE_ABOVE, TWO_OF_THREE_ABOVE, ABOVE_UPPER_LIMIT, TWO_OF_THREE_ABOVE,
                        TWO_OF_THREE_ABOVE, ABOVE_UPPER_LIMIT, ABOVE_UPPER_LIMIT), repeat(SHIFT_ABOVE, 3),
                List.of(ABOVE_UPPER_LIMIT, ABOVE_UPPER_LIMIT), repeat(TREND_DECREASING, 2), repeat(BELOW_LOWER_LIMIT, 5),
                repeat(SHIFT_BELOW, 2), repeat(BELOW_LOWER_LIMIT, 3)), causes(s7));
        assertEquals(SPECIAL_CAUSE_CONCERN, s7.variation());
        assertEquals(Assurance.CONSISTENT_FAIL, s7.assurance());
        SpcChart s8 = chart(SpcOptions.defaults(DECREASE).withTarget(3.0), RNORM_24_LOWERED);
        assertEquals(SPECIAL_CAUSE_IMPROVEMENT, s8.variation());
        assertEquals(Assurance.CONSISTENT_PASS, s8.assurance());
        SpcChart s9 = chart(SpcOptions.defaults(NEUTRAL).withTarget(3.0), RNORM_24_LOWERED);
        assertEquals(PointType.SPECIAL_CAUSE_NEUTRAL_LOW, s9.variation());
        assertNull(s9.assurance(), "a neutral measure has no assurance");
    }

    // NHSRplotthedots: test-ptd_calculate_assurance_type.R

    @Test
    void assuranceComparesTheTargetWithTheLatestLimitsStrictly() {
        SpcChart.Segment a = new SpcChart.Segment(0, START, START, 20, 20, 2, 0, 1, 3, 0, false);
        SpcChart.Segment b = new SpcChart.Segment(0, START, START, 20, 20, 6, 0, 5, 7, 0, false);
        SpcChart.Segment c = new SpcChart.Segment(0, START, START, 20, 20, 3, 0, 1, 5, 0, false);
        SpcOptions increase = SpcOptions.defaults(INCREASE).withTarget(4.0);
        SpcOptions decrease = SpcOptions.defaults(DECREASE).withTarget(4.0);
        assertEquals(List.of(Assurance.CONSISTENT_FAIL, Assurance.CONSISTENT_PASS, Assurance.HIT_AND_MISS),
                List.of(XmrChart.assurance(a, increase), XmrChart.assurance(b, increase), XmrChart.assurance(c, increase)));
        assertEquals(List.of(Assurance.CONSISTENT_PASS, Assurance.CONSISTENT_FAIL, Assurance.HIT_AND_MISS),
                List.of(XmrChart.assurance(a, decrease), XmrChart.assurance(b, decrease), XmrChart.assurance(c, decrease)));
        assertNull(XmrChart.assurance(a, SpcOptions.defaults(NEUTRAL).withTarget(4.0)));
        assertNull(XmrChart.assurance(a, SpcOptions.defaults(INCREASE)));
        SpcChart.Segment onTheLimit = new SpcChart.Segment(0, START, START, 20, 20, 3, 0, 1, 4, 0, false);
        assertEquals(Assurance.HIT_AND_MISS, XmrChart.assurance(onTheLimit, increase), "a target on a limit is not beyond it");
    }

    // NHSRplotthedots: test-ptd_calculate_point_type.R, the rule functions one by one

    @Test
    void shiftsAreSevenPointsOnOneSide() {
        assertEquals(List.of(true, true, true, true, true, true, true, true, false),
                asList(XmrChart.partOfShift(new int[] {1, 1, 1, 1, 1, 1, 1, 1, -1})));
        assertEquals(List.of(false, false, false, false, false, false),
                asList(XmrChart.partOfShift(new int[] {1, 1, 1, 1, 1, 1})));
        assertEquals(List.of(false, false, false, false, false, false, false, false),
                asList(XmrChart.partOfShift(new int[] {1, 1, 1, 1, 0, 1, 1, 1})), "a point on the mean breaks a shift");
    }

    @Test
    void trendsAreSevenPointsEachStrictlyBeyondTheLast() {
        assertEquals(7, count(XmrChart.partOfTrend(new double[] {1, 2, 3, 4, 5, 6, 7})));
        assertEquals(0, count(XmrChart.partOfTrend(new double[] {1, 2, 3, 3, 4, 5, 6})), "a tie breaks a trend");
        assertEquals(List.of(false, true, true, true, true, true, true, true, false),
                asList(XmrChart.partOfTrend(new double[] {2, 1, 2, 3, 4, 5, 6, 7, 3})));
        assertEquals(7, count(XmrChart.partOfTrend(new double[] {7, 6, 5, 4, 3, 2, 1})));
        assertEquals(0, count(XmrChart.partOfTrend(new double[] {1, 2, 3, 4, 5, 6})));
    }

    @Test
    void twoOfThreeFlagsTheClosePointsOfAWindowOnOneSide() {
        int[] above = {1, 1, 1, 1, 1, 1, 1};
        assertEquals(List.of(false, false, true, false, true, false, false),
                asList(XmrChart.partOfTwoOfThree(bools(0, 0, 1, 0, 1, 0, 0), above)));
        assertEquals(List.of(false, false, true, true, false, false, false),
                asList(XmrChart.partOfTwoOfThree(bools(0, 0, 1, 1, 0, 0, 0), above)));
        assertEquals(List.of(false, false, false, false),
                asList(XmrChart.partOfTwoOfThree(bools(1, 0, 0, 1), new int[] {1, 1, 1, 1})));
        assertEquals(List.of(false, false, false),
                asList(XmrChart.partOfTwoOfThree(bools(1, 0, 1), new int[] {1, -1, 1})), "all three on one side");
    }

    // Vignette deviations.Rmd: screening against the Making Data Count Excel tool

    @Test
    void theVignettesSeriesWithAndWithoutScreening() {
        double[] y = {1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1};
        SpcChart screened = chart(SpcOptions.defaults(INCREASE), y);
        assertLimits(screened.segments().get(0), 1.9444444444444444, -0.7155555555555557, 4.604444444444445, 1e-12);
        SpcChart unscreened = chart(SpcOptions.defaults(INCREASE).withScreening(false), y);
        assertLimits(unscreened.segments().get(0), 1.9444444444444444, -3.062614379084967, 6.951503267973856, 1e-12);
        for (SpcChart c : List.of(screened, unscreened)) {
            for (int i = 0; i < y.length; i++) {
                assertEquals(i == 4 ? SPECIAL_CAUSE_IMPROVEMENT : COMMON_CAUSE, c.points().get(i).pointType(), "point " + (i + 1));
            }
        }
    }

    // Derived examples (docs/design/spc-reference-notes.md §9, E1-E8)

    @Test
    void anIncreasingTrendIsFlaggedWhereverTheMeanIs() {
        SpcChart e1 = chart(SpcOptions.defaults(INCREASE), 10, 12, 9, 11, 10, 12, 9, 11, 8, 9, 10, 11, 12, 13, 14, 10, 11, 9, 10, 12);
        assertLimits(e1.segments().get(0), 10.65, 5.89, 15.41, 1e-9);
        assertEquals(concat(repeat(SpecialCause.COMMON_CAUSE, 8), repeat(TREND_INCREASING, 7), repeat(SpecialCause.COMMON_CAUSE, 5)),
                causes(e1));
    }

    @Test
    void aPointExactlyOnTheMeanBreaksAShift() {
        SpcChart e2 = chart(SpcOptions.defaults(INCREASE), 5, 7, 5, 7, 6, 7, 7, 8, 7, 7, 7, 6, 7, 3, 5, 4, 5, 6, 5);
        assertLimits(e2.segments().get(0), 6, 3.183529412, 8.816470588, 1e-8);
        assertEquals(0, e2.points().get(11).relativeToMean());
        List<SpecialCause> expected = new ArrayList<>(repeat(SpecialCause.COMMON_CAUSE, 19));
        expected.set(13, BELOW_LOWER_LIMIT);
        assertEquals(expected, causes(e2));

        SpcChart variant = chart(SpcOptions.defaults(INCREASE), 5, 7, 5, 7, 6, 7, 7, 8, 7, 7, 7, 6, 7, 5, 5, 4, 5, 5, 5, 4, 6);
        assertEquals(concat(repeat(SpecialCause.COMMON_CAUSE, 3), repeat(SHIFT_ABOVE, 10), repeat(SHIFT_BELOW, 7),
                List.of(SpecialCause.COMMON_CAUSE)), causes(variant));
    }

    @Test
    void rebasingWithAFixedBaselineForAMeasureWhereLowerIsBetter() {
        double[] y = {10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 12, 13, 14,
                20, 21, 19, 20, 22, 18, 20, 21, 19, 20, 22, 18, 20, 24, 19, 20};
        SpcOptions options = SpcOptions.defaults(DECREASE).withRebase(List.of(START.plusDays(15))).withFixedBaseline(12);
        SpcChart e4 = chart(options, y);
        assertEquals(2, e4.segments().size());
        assertLimits(e4.segments().get(0), 10, 6.372727273, 13.62727273, 1e-8);
        assertEquals(15.0 / 11, e4.segments().get(0).meanMovingRange(), 1e-12);
        assertEquals(12, e4.segments().get(0).baselinePoints());
        assertLimits(e4.segments().get(1), 20, 14.68, 25.32, 1e-9);
        for (int i = 0; i < y.length; i++) {
            assertEquals(i == 14 ? SPECIAL_CAUSE_CONCERN : COMMON_CAUSE, e4.points().get(i).pointType(), "point " + (i + 1));
        }
        assertFalse(e4.segments().get(0).shortSegmentWarning());
        assertFalse(e4.segments().get(1).shortSegmentWarning());
    }

    @Test
    void precedenceIsOutsideThenTrendThenTwoOfThreeThenShift() {
        SpcChart e5 = chart(SpcOptions.defaults(INCREASE), 5, 6, 7, 8, 9, 10, 11, 10, 9, 8, 7, 6, 5, 6, 5, 6, 5, 6, 5, 6);
        assertLimits(e5.segments().get(0), 7, 4.34, 9.66, 1e-9);
        assertEquals(concat(repeat(TREND_INCREASING, 5), repeat(ABOVE_UPPER_LIMIT, 3), repeat(TREND_DECREASING, 5),
                List.of(SHIFT_BELOW, TWO_OF_THREE_BELOW, SHIFT_BELOW, TWO_OF_THREE_BELOW, SHIFT_BELOW, TWO_OF_THREE_BELOW, SHIFT_BELOW)),
                causes(e5));
    }

    @Test
    void aTieEndsATrendAndAClosePointBeatenByATrendStillMakesATwoOfThree() {
        SpcChart e7 = chart(SpcOptions.defaults(INCREASE), 1, 2, 3, 3, 4, 5, 6, 7, 8, 9);
        assertLimits(e7.segments().get(0), 4.8, 2.435555556, 7.164444444, 1e-8);
        assertEquals(concat(repeat(BELOW_LOWER_LIMIT, 2), List.of(TWO_OF_THREE_BELOW), repeat(TREND_INCREASING, 5),
                repeat(ABOVE_UPPER_LIMIT, 2)), causes(e7));
        assertTrue(e7.segments().get(0).shortSegmentWarning(), "ten points");
    }

    @Test
    void aPeakSharedByARisingAndAFallingTrendReadsAsFalling() {
        SpcChart e8 = chart(SpcOptions.defaults(INCREASE), 0, 8, 0, 8, 0, 8, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1, 0, 8, 0, 8);
        assertEquals(concat(repeat(SpecialCause.COMMON_CAUSE, 6), repeat(TREND_INCREASING, 6), repeat(TREND_DECREASING, 8),
                repeat(SpecialCause.COMMON_CAUSE, 3)), causes(e8));
    }

    // Edge cases

    @Test
    void aSinglePointHasNoLimitsAndIsCommonCause() {
        SpcChart one = chart(SpcOptions.defaults(INCREASE), 5);
        assertTrue(Double.isNaN(one.segments().get(0).upperLimit()));
        assertEquals(COMMON_CAUSE, one.variation());
        assertTrue(one.segments().get(0).shortSegmentWarning());
    }

    @Test
    void noPointsMakeAnEmptyChart() {
        SpcChart none = XmrChart.of(List.of(), SpcOptions.defaults(INCREASE));
        assertTrue(none.points().isEmpty());
        assertNull(none.variation());
        assertNull(none.assurance());
    }

    @Test
    void aConstantSeriesScreensEveryMovingRangeAndHasNoLimits() {
        double[] flat = new double[15];
        Arrays.fill(flat, 3.0);
        SpcChart screened = chart(SpcOptions.defaults(INCREASE), flat);
        assertTrue(Double.isNaN(screened.segments().get(0).upperLimit()), "0 < 3.267 x 0 is false, so every range goes");
        assertTrue(screened.points().stream().allMatch(p -> p.pointType() == COMMON_CAUSE && p.relativeToMean() == 0));
        SpcChart unscreened = chart(SpcOptions.defaults(INCREASE).withScreening(false), flat);
        assertLimits(unscreened.segments().get(0), 3, 3, 3, 0);
        assertTrue(unscreened.points().stream().allMatch(p -> p.pointType() == COMMON_CAUSE), "a point on a limit is not outside it");
    }

    @Test
    void pointsAreReadInDateOrderWhateverOrderTheyCameIn() {
        List<Observation> shuffled = new ArrayList<>(series(RNORM_20));
        Collections.reverse(shuffled);
        SpcChart chart = XmrChart.of(shuffled, SpcOptions.defaults(INCREASE));
        assertEquals(START, chart.points().get(0).date());
        assertLimits(chart.segments().get(0), 0.1416238, -3.01138, 3.294627, 1e-6);
    }

    @Test
    void missingPeriodsAreNotFilledIn() {
        List<Observation> gappy = new ArrayList<>(series(RNORM_20));
        gappy.replaceAll(o -> new Observation(o.date().plusMonths(o.date().getDayOfMonth() > 10 ? 3 : 0), o.value()));
        assertLimits(XmrChart.of(gappy, SpcOptions.defaults(INCREASE)).segments().get(0), 0.1416238, -3.01138, 3.294627, 1e-6);
    }

    @Test
    void aFixedBaselineNeedsTwelvePoints() {
        assertThrows(IllegalArgumentException.class, () -> SpcOptions.defaults(INCREASE).withFixedBaseline(11));
    }

    @Test
    void aRebaseOnTheFirstDateSplitsNothing() {
        SpcChart chart = chart(SpcOptions.defaults(INCREASE).withRebase(List.of(START)), RNORM_20);
        assertEquals(1, chart.segments().size());
        assertEquals(1, chart.segments().get(0).index(), "numbered as NHSRplotthedots numbers it");
    }

    static boolean[] bools(int... flags) {
        boolean[] b = new boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            b[i] = flags[i] == 1;
        }
        return b;
    }

    static List<Boolean> asList(boolean[] flags) {
        List<Boolean> list = new ArrayList<>();
        for (boolean f : flags) {
            list.add(f);
        }
        return list;
    }

    static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }
}
