package org.leadershipimpact.projects.spc;

/** How a point reads for the measure's direction of improvement. */
public enum PointType {
    COMMON_CAUSE, SPECIAL_CAUSE_IMPROVEMENT, SPECIAL_CAUSE_CONCERN, SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW;

    static PointType of(SpecialCause cause, ImprovementDirection direction) {
        if (cause == SpecialCause.COMMON_CAUSE) {
            return COMMON_CAUSE;
        }
        return switch (direction) {
            case INCREASE -> cause.side > 0 ? SPECIAL_CAUSE_IMPROVEMENT : SPECIAL_CAUSE_CONCERN;
            case DECREASE -> cause.side > 0 ? SPECIAL_CAUSE_CONCERN : SPECIAL_CAUSE_IMPROVEMENT;
            case NEUTRAL -> cause.side > 0 ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
        };
    }
}
