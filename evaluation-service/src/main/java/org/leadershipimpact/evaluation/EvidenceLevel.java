package org.leadershipimpact.evaluation;

/** How well a benefit is evidenced, weakest first (projects-service's vocabulary): ROI counts those at or above a chosen level. */
public enum EvidenceLevel {
    SELF_REPORTED, AUDITED, INDEPENDENTLY_EVALUATED;

    /** Levels this service does not know (added later upstream) count as the weakest. */
    public static EvidenceLevel of(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return SELF_REPORTED;
        }
    }
}
