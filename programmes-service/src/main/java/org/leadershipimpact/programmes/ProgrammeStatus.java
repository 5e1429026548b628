package org.leadershipimpact.programmes;

/** Where a programme is in its life: draft → open → running → completed, or cancelled. */
public enum ProgrammeStatus {
    DRAFT, OPEN, RUNNING, COMPLETED, CANCELLED
}
