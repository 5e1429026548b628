package org.leadershipimpact.projects;

/** Whether a benefit happens once over its period, or recurs from its start every month or every year. */
public enum Recurrence {
    ONCE, MONTHLY, ANNUAL
}
