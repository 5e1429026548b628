package org.leadershipimpact.projects;

/** Which rules read a measure's chart: Making Data Count's (the default) or the IHI run chart rules. */
public enum ChartRules {
    MAKING_DATA_COUNT, IHI_RUN_CHART
}
