package org.leadershipimpact.projects.spc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The XmR (individuals and moving range) chart of NHS England's Making Data Count, computed as the
 * NHS-R community's NHSRplotthedots computes it (docs/design/spc-reference-notes.md), so that both give
 * the same answer for every point.
 */
public final class XmrChart {

    /** Process limits sit 2.66 mean moving ranges from the mean (3 sigma for individuals). */
    static final double LIMIT_FACTOR = 2.66;
    /** A moving range this many times the mean moving range or more is screened out as an outlier. */
    static final double SCREENING_FACTOR = 3.267;
    static final int SHIFT_LENGTH = 7;
    static final int TREND_LENGTH = 7;

    private XmrChart() {
    }

    public static SpcChart of(List<Observation> observations, SpcOptions options) {
        List<Observation> sorted = observations.stream().sorted(Comparator.comparing(Observation::date)).toList();
        Set<java.time.LocalDate> rebase = new HashSet<>(options.rebaseDates());
        List<SpcChart.Point> points = new ArrayList<>(sorted.size());
        List<SpcChart.Segment> segments = new ArrayList<>();
        // a segment's number counts the re-base dates up to its start, as NHSRplotthedots numbers them
        int start = 0;
        int segment = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (!rebase.contains(sorted.get(i).date())) {
                continue;
            }
            if (i > start) {
                chartSegment(sorted.subList(start, i), segment, options, points, segments);
                start = i;
            }
            segment++;
        }
        if (start < sorted.size()) {
            chartSegment(sorted.subList(start, sorted.size()), segment, options, points, segments);
        }
        PointType variation = points.isEmpty() ? null : points.get(points.size() - 1).pointType();
        Assurance assurance = segments.isEmpty() ? null : assurance(segments.get(segments.size() - 1), options);
        return new SpcChart(List.copyOf(points), List.copyOf(segments), variation, assurance);
    }

    private static void chartSegment(List<Observation> segment, int index, SpcOptions options,
            List<SpcChart.Point> points, List<SpcChart.Segment> segments) {
        int n = segment.size();
        double[] y = segment.stream().mapToDouble(Observation::value).toArray();
        int baseline = options.fixAfterPoints() == null ? n : Math.min(n, options.fixAfterPoints());

        double[] base = java.util.Arrays.copyOf(y, baseline);
        double mean = mean(base);
        double[] movingRanges = new double[Math.max(0, baseline - 1)];
        for (int i = 1; i < baseline; i++) {
            movingRanges[i - 1] = Math.abs(y[i] - y[i - 1]);
        }
        double meanMovingRange = mean(movingRanges);
        int screened = 0;
        if (options.screenOutliers()) {
            double threshold = SCREENING_FACTOR * meanMovingRange;
            double[] kept = java.util.Arrays.stream(movingRanges).filter(mr -> mr < threshold).toArray();
            screened = movingRanges.length - kept.length;
            meanMovingRange = mean(kept);
        }
        read(segment, index, baseline, mean, meanMovingRange, screened, options, points, segments);
    }

    /**
     * Reads {@code observations} as one segment against a mean and mean moving range found elsewhere:
     * Making Data Count reads the points after a change against the limits of the points before it
     * (extended), since a segment read against its own limits can never show the step that made it.
     */
    public static SpcChart against(List<Observation> observations, double mean, double meanMovingRange, SpcOptions options) {
        List<Observation> sorted = observations.stream().sorted(Comparator.comparing(Observation::date)).toList();
        List<SpcChart.Point> points = new ArrayList<>(sorted.size());
        List<SpcChart.Segment> segments = new ArrayList<>();
        if (!sorted.isEmpty()) {
            read(sorted, 0, 0, mean, meanMovingRange, 0, options, points, segments);
        }
        PointType variation = points.isEmpty() ? null : points.get(points.size() - 1).pointType();
        return new SpcChart(List.copyOf(points), List.copyOf(segments), variation, null);
    }

    private static void read(List<Observation> segment, int index, int baseline, double mean, double meanMovingRange,
            int screened, SpcOptions options, List<SpcChart.Point> points, List<SpcChart.Segment> segments) {
        int n = segment.size();
        double[] y = segment.stream().mapToDouble(Observation::value).toArray();
        double lower = mean - LIMIT_FACTOR * meanMovingRange;
        double upper = mean + LIMIT_FACTOR * meanMovingRange;
        double nearLower = mean - 2.0 * LIMIT_FACTOR / 3.0 * meanMovingRange;
        double nearUpper = mean + 2.0 * LIMIT_FACTOR / 3.0 * meanMovingRange;

        boolean[] outside = new boolean[n];
        boolean[] close = new boolean[n];
        int[] side = new int[n];
        for (int i = 0; i < n; i++) {
            // comparisons with NaN limits are false: a segment without limits shows only common cause
            outside[i] = y[i] > upper || y[i] < lower;
            side[i] = (int) Math.signum(y[i] - mean);
            close[i] = !outside[i] && (y[i] < nearLower || y[i] > nearUpper);
        }
        boolean[] trend = partOfTrend(y);
        boolean[] twoOfThree = partOfTwoOfThree(close, side);
        boolean[] shift = partOfShift(side);
        for (int i = 0; i < n; i++) {
            SpecialCause cause = specialCause(i, y, outside, side, trend, twoOfThree, shift);
            points.add(new SpcChart.Point(segment.get(i).date(), y[i], index, mean, lower, upper, nearLower, nearUpper,
                    outside[i], side[i], close[i], cause, PointType.of(cause, options.direction())));
        }
        segments.add(new SpcChart.Segment(index, segment.get(0).date(), segment.get(n - 1).date(), n, baseline, mean,
                meanMovingRange, lower, upper, screened, n < options.shortSegmentBelow()));
    }

    private static SpecialCause specialCause(int i, double[] y, boolean[] outside, int[] side, boolean[] trend,
            boolean[] twoOfThree, boolean[] shift) {
        if (outside[i]) {
            return side[i] > 0 ? SpecialCause.ABOVE_UPPER_LIMIT : SpecialCause.BELOW_LOWER_LIMIT;
        }
        if (trend[i]) {
            // the step to the next point when it is in a trend too, else the step from the previous one;
            // so a peak shared by a rising and a falling trend reads as falling, as in NHSRplotthedots
            int step = i + 1 < y.length && trend[i + 1] ? (int) Math.signum(y[i + 1] - y[i]) : (int) Math.signum(y[i] - y[i - 1]);
            return step == 1 ? SpecialCause.TREND_INCREASING : SpecialCause.TREND_DECREASING;
        }
        if (twoOfThree[i]) {
            return side[i] > 0 ? SpecialCause.TWO_OF_THREE_ABOVE : SpecialCause.TWO_OF_THREE_BELOW;
        }
        if (shift[i]) {
            return side[i] > 0 ? SpecialCause.SHIFT_ABOVE : SpecialCause.SHIFT_BELOW;
        }
        return SpecialCause.COMMON_CAUSE;
    }

    /** Points in a run of seven each strictly above (or each strictly below) the one before; a tie breaks it. */
    static boolean[] partOfTrend(double[] y) {
        boolean[] part = new boolean[y.length];
        for (int end = TREND_LENGTH - 1; end < y.length; end++) {
            int rising = 0;
            int falling = 0;
            for (int i = end - TREND_LENGTH + 2; i <= end; i++) {
                rising += y[i] > y[i - 1] ? 1 : 0;
                falling += y[i] < y[i - 1] ? 1 : 0;
            }
            if (rising == TREND_LENGTH - 1 || falling == TREND_LENGTH - 1) {
                java.util.Arrays.fill(part, end - TREND_LENGTH + 1, end + 1, true);
            }
        }
        return part;
    }

    /** Points in a run of seven on one side of the mean; a point on the mean belongs to no run and breaks it. */
    static boolean[] partOfShift(int[] side) {
        boolean[] part = new boolean[side.length];
        for (int end = SHIFT_LENGTH - 1; end < side.length; end++) {
            int sum = 0;
            for (int i = end - SHIFT_LENGTH + 1; i <= end; i++) {
                sum += side[i];
            }
            if (Math.abs(sum) == SHIFT_LENGTH) {
                java.util.Arrays.fill(part, end - SHIFT_LENGTH + 1, end + 1, true);
            }
        }
        return part;
    }

    /**
     * Points close to a limit that are in a window of three consecutive points, all on the same side of
     * the mean, at least two of which are close. The window's third point is not flagged by this rule.
     */
    static boolean[] partOfTwoOfThree(boolean[] close, int[] side) {
        int n = close.length;
        boolean[] window = new boolean[n];
        for (int first = 0; first + 2 < n; first++) {
            int closeCount = (close[first] ? 1 : 0) + (close[first + 1] ? 1 : 0) + (close[first + 2] ? 1 : 0);
            int sameSide = side[first] + side[first + 1] + side[first + 2];
            if (closeCount >= 2 && Math.abs(sameSide) == 3) {
                window[first] = true;
                window[first + 1] = true;
                window[first + 2] = true;
            }
        }
        boolean[] part = new boolean[n];
        for (int i = 0; i < n; i++) {
            part[i] = window[i] && close[i];
        }
        return part;
    }

    /** Assurance from the latest segment's limits; none for a neutral measure or one without a target. */
    static Assurance assurance(SpcChart.Segment latest, SpcOptions options) {
        Double target = options.target();
        if (target == null || options.direction() == ImprovementDirection.NEUTRAL) {
            return null;
        }
        boolean increase = options.direction() == ImprovementDirection.INCREASE;
        if (target > latest.upperLimit()) {
            return increase ? Assurance.CONSISTENT_FAIL : Assurance.CONSISTENT_PASS;
        }
        if (target < latest.lowerLimit()) {
            return increase ? Assurance.CONSISTENT_PASS : Assurance.CONSISTENT_FAIL;
        }
        return Assurance.HIT_AND_MISS;
    }

    /**
     * The mean as R computes it (a second pass corrects the first's rounding), so that a value
     * exactly on the mean is found on it here too. NaN for no values, as in R.
     */
    static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double correction = 0;
        for (double v : values) {
            correction += v - mean;
        }
        return mean + correction / values.length;
    }
}
