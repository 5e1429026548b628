package org.leadershipimpact.projects.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An XmR chart: every point read against its segment's mean and limits, the segments, and the assurance. */
public record SpcChart(List<Point> points, List<Segment> segments, PointType variation, Assurance assurance) {

    /** A special cause and the consecutive points of one segment it names. */
    public record Signal(SpecialCause cause, PointType pointType, List<LocalDate> periods) {
    }

    /** The signals the chart shows: consecutive points of one segment named by the same special cause make one. */
    public List<Signal> signals() {
        List<Signal> signals = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        for (Point point : points) {
            if (!run.isEmpty() && (run.get(0).specialCause() != point.specialCause() || run.get(0).segment() != point.segment())) {
                close(run, signals);
            }
            if (point.specialCause() != SpecialCause.COMMON_CAUSE) {
                run.add(point);
            }
        }
        close(run, signals);
        return signals;
    }

    /** A figure as JSON can carry it: null where the chart has none (NaN, as a segment too short for limits). */
    public static Double finite(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }

    private static void close(List<Point> run, List<Signal> signals) {
        if (!run.isEmpty()) {
            signals.add(new Signal(run.get(0).specialCause(), run.get(0).pointType(), run.stream().map(Point::date).toList()));
            run.clear();
        }
    }

    /**
     * One point. {@code mean}, {@code lowerLimit} and {@code upperLimit} are its segment's (NaN when the
     * segment is too short to have limits); {@code nearLower}/{@code nearUpper} are the two-sigma lines.
     */
    public record Point(LocalDate date, double value, int segment, double mean, double lowerLimit, double upperLimit,
            double nearLower, double nearUpper, boolean outsideLimits, int relativeToMean, boolean closeToLimits,
            SpecialCause specialCause, PointType pointType) {
    }

    /** A run of points between re-base dates, with the limits computed over it (or over its fixed baseline). */
    public record Segment(int index, LocalDate start, LocalDate end, int points, int baselinePoints, double mean,
            double meanMovingRange, double lowerLimit, double upperLimit, int movingRangesScreenedOut,
            boolean shortSegmentWarning) {
    }
}
