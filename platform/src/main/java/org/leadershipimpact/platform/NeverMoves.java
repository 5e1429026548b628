package org.leadershipimpact.platform;

import org.leadershipimpact.platform.problem.ProblemException;

import java.util.Objects;

/**
 * A record stays where it was made: in its system, its programme, its cohort, its project. A correction
 * names where the record is, so that a client cannot believe it moved something it did not.
 */
public final class NeverMoves {

    private NeverMoves() {
    }

    /**
     * Refuses a correction whose {@code field} names another place than the record's own: a 400 that
     * says, for instance, "must be SURREY: a project never moves between systems".
     */
    public static void require(String record, String places, String field, Object current, Object requested) {
        if (!Objects.equals(current, requested)) {
            throw ProblemException.invalid(field, "must be " + current + ": a " + record + " never moves between " + places);
        }
    }
}
