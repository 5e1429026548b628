package org.leadershipimpact.projects.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A run chart read by the IHI rules (Provost and Murray, The Health Care Data Guide; Perla et al. 2011):
 * the centre line is the median, a shift is six or more consecutive points on one side of it (points on
 * the median neither count nor break a shift), a trend is five or more points each going the same way
 * (repeated values count once). There are no process limits. Segments follow the re-base dates, as on
 * the XmR chart.
 */
public final class RunChart {

    static final int SHIFT_LENGTH = 6;
    static final int TREND_LENGTH = 5;

    private RunChart() {
    }

    public static SpcChart of(List<Observation> observations, SpcOptions options) {
        List<Observation> sorted = observations.stream().sorted(Comparator.comparing(Observation::date)).toList();
        Set<java.time.LocalDate> rebase = new HashSet<>(options.rebaseDates());
        List<SpcChart.Point> points = new ArrayList<>();
        List<SpcChart.Segment> segments = new ArrayList<>();
        int start = 0;
        int segment = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (rebase.contains(sorted.get(i).date())) {
                if (i > start) {
                    chartSegment(sorted.subList(start, i), segment, options, points, segments);
                    start = i;
                }
                segment++;
            }
        }
        if (start < sorted.size()) {
            chartSegment(sorted.subList(start, sorted.size()), segment, options, points, segments);
        }
        PointType variation = points.isEmpty() ? null : points.get(points.size() - 1).pointType();
        return new SpcChart(List.copyOf(points), List.copyOf(segments), variation, null);
    }

    private static void chartSegment(List<Observation> segment, int index, SpcOptions options, List<SpcChart.Point> points,
            List<SpcChart.Segment> segments) {
        double[] y = segment.stream().mapToDouble(Observation::value).toArray();
        double median = median(y);
        int[] side = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            side[i] = (int) Math.signum(y[i] - median);
        }
        boolean[] shift = partOfShift(side);
        int[] trend = trendDirection(y);
        for (int i = 0; i < y.length; i++) {
            SpecialCause cause = trend[i] > 0 ? SpecialCause.TREND_INCREASING
                    : trend[i] < 0 ? SpecialCause.TREND_DECREASING
                    : shift[i] ? (side[i] > 0 ? SpecialCause.SHIFT_ABOVE : SpecialCause.SHIFT_BELOW)
                    : SpecialCause.COMMON_CAUSE;
            points.add(new SpcChart.Point(segment.get(i).date(), y[i], index, median, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, false, side[i], false, cause, PointType.of(cause, options.direction())));
        }
        segments.add(new SpcChart.Segment(index, segment.get(0).date(), segment.get(y.length - 1).date(), y.length, y.length,
                median, Double.NaN, Double.NaN, Double.NaN, 0, y.length < options.shortSegmentBelow()));
    }

    /** Points in a run of six or more on one side of the median, not counting (nor broken by) points on it. */
    static boolean[] partOfShift(int[] side) {
        boolean[] part = new boolean[side.length];
        List<Integer> run = new ArrayList<>();
        int runSide = 0;
        for (int i = 0; i <= side.length; i++) {
            if (i < side.length && side[i] == 0) {
                continue;
            }
            if (i == side.length || side[i] != runSide) {
                if (run.size() >= SHIFT_LENGTH) {
                    run.forEach(p -> part[p] = true);
                }
                run.clear();
                runSide = i == side.length ? 0 : side[i];
            }
            if (i < side.length) {
                run.add(i);
            }
        }
        return part;
    }

    /**
     * +1 or -1 for points in a trend of five or more points each higher (lower) than the one before,
     * where a value repeated at once counts as one point; 0 elsewhere.
     */
    static int[] trendDirection(double[] y) {
        int[] direction = new int[y.length];
        int runStart = 0;
        int distinct = 1;
        int runDirection = 0;
        for (int i = 1; i <= y.length; i++) {
            int step = i == y.length ? 0 : (int) Math.signum(y[i] - y[i - 1]);
            if (i < y.length && step == 0) {
                continue;
            }
            if (i < y.length && (runDirection == 0 || step == runDirection)) {
                runDirection = step;
                distinct++;
                continue;
            }
            if (distinct >= TREND_LENGTH) {
                Arrays.fill(direction, runStart, i, runDirection);
            }
            // the last point of one trend is the first of the next
            runStart = lastDistinctStart(y, i - 1);
            distinct = 2;
            runDirection = step;
        }
        return direction;
    }

    /** The first index of the block of equal values that ends at {@code end}. */
    private static int lastDistinctStart(double[] y, int end) {
        int start = end;
        while (start > 0 && y[start - 1] == y[end]) {
            start--;
        }
        return start;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
