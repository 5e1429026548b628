package org.leadershipimpact.projects.spc;

import java.time.LocalDate;
import java.util.List;

/**
 * How to draw the chart, as NHSRplotthedots' options name them.
 *
 * @param rebaseDates        dates on which a change was made: each starts a new segment with its own limits
 * @param fixAfterPoints     if set (12 or more), each segment's mean and limits come from its first this many points
 * @param screenOutliers     leave out moving ranges of 3.267 times their mean or more before computing the limits
 * @param target             the measure's target, for assurance; null if none
 * @param shortSegmentBelow  segments with fewer points than this have trial limits, flagged with a warning
 */
public record SpcOptions(ImprovementDirection direction, List<LocalDate> rebaseDates, Integer fixAfterPoints,
        boolean screenOutliers, Double target, int shortSegmentBelow) {

    public static final int MINIMUM_FIXED_BASELINE = 12;
    /** NHSRplotthedots warns for segments of 12 points or fewer. */
    public static final int DEFAULT_SHORT_SEGMENT_BELOW = 13;

    public SpcOptions {
        rebaseDates = rebaseDates == null ? List.of() : List.copyOf(rebaseDates);
        if (fixAfterPoints != null && fixAfterPoints < MINIMUM_FIXED_BASELINE) {
            throw new IllegalArgumentException("A fixed baseline needs at least " + MINIMUM_FIXED_BASELINE + " points");
        }
    }

    public static SpcOptions defaults(ImprovementDirection direction) {
        return new SpcOptions(direction, List.of(), null, true, null, DEFAULT_SHORT_SEGMENT_BELOW);
    }

    public SpcOptions withRebase(List<LocalDate> dates) {
        return new SpcOptions(direction, dates, fixAfterPoints, screenOutliers, target, shortSegmentBelow);
    }

    public SpcOptions withFixedBaseline(Integer points) {
        return new SpcOptions(direction, rebaseDates, points, screenOutliers, target, shortSegmentBelow);
    }

    public SpcOptions withScreening(boolean screen) {
        return new SpcOptions(direction, rebaseDates, fixAfterPoints, screen, target, shortSegmentBelow);
    }

    public SpcOptions withTarget(Double value) {
        return new SpcOptions(direction, rebaseDates, fixAfterPoints, screenOutliers, value, shortSegmentBelow);
    }
}
