package org.leadershipimpact.projects.spc;

/**
 * Whether the process, as it runs now, will meet its target: every point will (the target lies beyond
 * the limits on the good side), no point will (beyond them on the bad side), or some will and some
 * won't (the target lies between the limits).
 */
public enum Assurance {
    CONSISTENT_PASS, CONSISTENT_FAIL, HIT_AND_MISS
}
