package org.leadershipimpact.projects;

/**
 * How the programme's share of a benefit was isolated from everything else that happened (Phillips'
 * ROI Methodology, guiding principle 5). People's estimates carry a stated confidence; the other
 * methods are taken as exact unless one is given.
 */
public enum IsolationMethod {
    CONTROL_GROUP, TREND_LINE_ANALYSIS, FORECASTING, PARTICIPANTS_ESTIMATE, MANAGERS_ESTIMATE, EXPERTS_ESTIMATE, OTHER;

    /** An estimate is adjusted for its error (Phillips, guiding principle 7): its confidence must be stated. */
    public boolean needsConfidence() {
        return this == PARTICIPANTS_ESTIMATE || this == MANAGERS_ESTIMATE || this == EXPERTS_ESTIMATE || this == OTHER;
    }
}
