package org.leadershipimpact.projects.spc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IHI run chart rules, on hand-made series whose answers can be read off by eye. */
class RunChartTest {

    @Test
    void theCentreLineIsTheMedian() {
        assertEquals(3, RunChart.median(new double[] {5, 1, 3}));
        assertEquals(2.5, RunChart.median(new double[] {4, 1, 3, 2}));
    }

    @Test
    void aShiftIsSixPointsOnOneSideAndPointsOnTheMedianNeitherCountNorBreakIt() {
        assertArrayEquals(new boolean[] {true, true, true, false, true, true, true, false},
                RunChart.partOfShift(new int[] {1, 1, 1, 0, 1, 1, 1, -1}));
        assertArrayEquals(new boolean[] {false, false, false, false, false, false},
                RunChart.partOfShift(new int[] {1, 1, 1, 0, 1, 1}), "five on one side are not a shift");
        assertArrayEquals(new boolean[] {false, false, false, false, false, false, false},
                RunChart.partOfShift(new int[] {1, 1, 1, -1, 1, 1, 1}));
    }

    @Test
    void aTrendIsFivePointsGoingOneWayWithRepeatedValuesCountedOnce() {
        assertArrayEquals(new int[] {1, 1, 1, 1, 1}, RunChart.trendDirection(new double[] {1, 2, 3, 4, 5}));
        assertArrayEquals(new int[] {0, 0, 0, 0}, RunChart.trendDirection(new double[] {1, 2, 3, 4}));
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1}, RunChart.trendDirection(new double[] {1, 2, 2, 3, 4, 5}),
                "the tie neither counts nor breaks");
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, RunChart.trendDirection(new double[] {1, 2, 2, 3, 4}),
                "four distinct values are not a trend");
        assertArrayEquals(new int[] {0, -1, -1, -1, -1, -1, 0}, RunChart.trendDirection(new double[] {3, 9, 8, 7, 6, 5, 6}));
    }

    @Test
    void aRunChartHasNoLimitsAndReadsSignalsByDirection() {
        // six low, one on the median, six high: a shift below, then a shift above
        List<Observation> points = XmrChartTest.series(2, 3, 2, 3, 2, 3, 5, 8, 9, 8, 9, 8, 9);
        SpcChart chart = RunChart.of(points, SpcOptions.defaults(ImprovementDirection.DECREASE));
        assertEquals(5, chart.segments().get(0).mean(), "the median of the thirteen");
        assertTrue(Double.isNaN(chart.segments().get(0).upperLimit()));
        assertEquals(SpecialCause.SHIFT_BELOW, chart.points().get(0).specialCause());
        assertEquals(PointType.SPECIAL_CAUSE_IMPROVEMENT, chart.points().get(0).pointType());
        // 2, 3, 5, 8, 9 (points 5 to 9) also rise five times running: the point on the median is in that trend
        assertEquals(SpecialCause.TREND_INCREASING, chart.points().get(6).specialCause());
        assertEquals(SpecialCause.TREND_INCREASING, chart.points().get(4).specialCause(), "a trend is named before a shift");
        assertEquals(SpecialCause.SHIFT_ABOVE, chart.points().get(12).specialCause());
        assertEquals(PointType.SPECIAL_CAUSE_CONCERN, chart.variation());
        assertEquals(null, chart.assurance(), "assurance needs process limits");
    }
}
