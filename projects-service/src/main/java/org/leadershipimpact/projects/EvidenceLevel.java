package org.leadershipimpact.projects;

/** How well a benefit is evidenced, weakest first: reports can count only those at or above a level. */
public enum EvidenceLevel {
    SELF_REPORTED, AUDITED, INDEPENDENTLY_EVALUATED
}
