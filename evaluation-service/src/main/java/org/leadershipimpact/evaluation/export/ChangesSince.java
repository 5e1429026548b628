package org.leadershipimpact.evaluation.export;

import java.time.Instant;

/**
 * Which rows a change export returns: those changed after the snapshot of a {@code cursor} (exact), or
 * those changed by a transaction that began at or after {@code time} (the first pull). One of the two.
 */
public record ChangesSince(ChangeCursor cursor, Instant time) {

    public static ChangesSince cursor(ChangeCursor cursor) {
        return new ChangesSince(cursor, null);
    }

    public static ChangesSince time(Instant time) {
        return new ChangesSince(null, time);
    }
}
