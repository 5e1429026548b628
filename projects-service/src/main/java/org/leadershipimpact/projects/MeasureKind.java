package org.leadershipimpact.projects;

/** The Model for Improvement's three kinds of measure. */
public enum MeasureKind {
    OUTCOME, PROCESS, BALANCING
}
