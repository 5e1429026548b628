package org.leadershipimpact.programmes;

import org.leadershipimpact.platform.Lifecycle;

import java.util.List;
import java.util.Map;

/**
 * Where an enrolment stands: enrolled → active → completed, or withdrawn, or deferred (to come back
 * to). Completion is its own operation, because it checks attendance and awards credits.
 */
public enum EnrolmentStatus {
    ENROLLED, ACTIVE, COMPLETED, WITHDRAWN, DEFERRED;

    public static final Lifecycle<EnrolmentStatus> LIFECYCLE = Lifecycle.of("enrolment", EnrolmentStatus.class, Map.of(
            ENROLLED, List.of(ACTIVE, COMPLETED, WITHDRAWN, DEFERRED),
            ACTIVE, List.of(COMPLETED, WITHDRAWN, DEFERRED),
            DEFERRED, List.of(ACTIVE, WITHDRAWN)));

    /** Enrolments that hold a place in their cohort. */
    public boolean holdsAPlace() {
        return this != WITHDRAWN;
    }
}
