package org.leadershipimpact.programmes.service;

import org.leadershipimpact.platform.problem.ProblemException;

/** A record stays in the system it was created in. */
final class SameSystem {

    private SameSystem() {
    }

    static void require(String current, String requested) {
        if (!current.equals(requested)) {
            throw ProblemException.invalid("systemCode", "must be " + current + ": a record never moves between systems");
        }
    }
}
