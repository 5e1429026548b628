package org.leadershipimpact.projects.value;

/** What deriving a benefit from its measure's chart found; only {@code DERIVED} carries a value. */
public enum DerivationStatus {
    DERIVED,
    /** No after point is special cause improvement against the before limits, or the change is not an improvement. */
    NO_IMPROVEMENT,
    /** No re-base, no fixed baseline and no baseline value: nothing to compare with. */
    NO_BASELINE,
    /** Fewer than two points before or after. */
    TOO_FEW_POINTS,
    /** The change is per month, so the points must be a month apart. */
    NOT_MONTHLY,
    /** A measure with no direction of improvement has no improvement to value. */
    NO_DIRECTION,
    MEASURE_WITHDRAWN
}
