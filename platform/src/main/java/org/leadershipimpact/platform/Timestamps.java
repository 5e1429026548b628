package org.leadershipimpact.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time to store. */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * Now, to the microsecond: PostgreSQL keeps microseconds, so truncating here makes the time
     * stored and the time returned to the client (or put in an event) the same.
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
