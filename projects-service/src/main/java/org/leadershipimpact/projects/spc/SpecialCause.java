package org.leadershipimpact.projects.spc;

/**
 * The reason a point is special cause variation, or not, by Making Data Count's rules. Where a point
 * meets several rules, the first in this order names it: outside the limits, trend, two of three
 * near a limit, shift.
 */
public enum SpecialCause {
    ABOVE_UPPER_LIMIT(1), BELOW_LOWER_LIMIT(-1),
    TREND_INCREASING(1), TREND_DECREASING(-1),
    TWO_OF_THREE_ABOVE(1), TWO_OF_THREE_BELOW(-1),
    SHIFT_ABOVE(1), SHIFT_BELOW(-1),
    COMMON_CAUSE(0);

    /** +1 for signals of a higher process, -1 for a lower one. */
    final int side;

    SpecialCause(int side) {
        this.side = side;
    }
}
