package org.leadershipimpact.projects.spc;

/** Which way is better for a measure: more (e.g. patients seen), less (e.g. referrals), or neither. */
public enum ImprovementDirection {
    INCREASE, DECREASE, NEUTRAL
}
