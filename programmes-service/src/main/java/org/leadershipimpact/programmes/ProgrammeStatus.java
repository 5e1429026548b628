package org.leadershipimpact.programmes;

import org.leadershipimpact.platform.Lifecycle;

import java.util.List;
import java.util.Map;

/** Where a programme is in its life: draft → open → running → completed, or cancelled. */
public enum ProgrammeStatus {
    DRAFT, OPEN, RUNNING, COMPLETED, CANCELLED;

    public static final Lifecycle<ProgrammeStatus> LIFECYCLE = Lifecycle.of("programme", ProgrammeStatus.class, Map.of(
            DRAFT, List.of(OPEN, CANCELLED),
            OPEN, List.of(RUNNING, CANCELLED),
            RUNNING, List.of(COMPLETED, CANCELLED)));

    /** People can be enrolled while a programme recruits or runs. */
    public boolean takesEnrolments() {
        return this == OPEN || this == RUNNING;
    }
}
