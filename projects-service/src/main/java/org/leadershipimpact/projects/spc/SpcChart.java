package org.leadershipimpact.projects.spc;

import java.time.LocalDate;
import java.util.List;

/** An XmR chart: every point read against its segment's mean and limits, the segments, and the assurance. */
public record SpcChart(List<Point> points, List<Segment> segments, PointType variation, Assurance assurance) {

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
