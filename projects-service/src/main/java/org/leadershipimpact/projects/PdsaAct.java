package org.leadershipimpact.projects;

/** What a team decided after studying a PDSA cycle. */
public enum PdsaAct {
    ADOPT, ADAPT, ABANDON
}
