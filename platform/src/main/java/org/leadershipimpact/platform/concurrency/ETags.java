package org.leadershipimpact.platform.concurrency;

import jakarta.ws.rs.core.EntityTag;
import org.leadershipimpact.platform.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: every representation carries its version as a strong ETag, and
 * an update sent with {@code If-Match} is refused with 412 when someone else changed the record since.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Refuses the write unless {@code ifMatch} is absent, {@code *}, or names {@code currentVersion}. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String expected = "\"" + currentVersion + "\"";
        for (String tag : ifMatch.split(",")) {
            if (tag.trim().equals(expected)) {
                return;
            }
        }
        throw new ProblemException(412, "stale-write", "Precondition failed",
                "The record has changed since you read it (its ETag is now " + expected + "); read it again and reapply your change")
                .with("currentETag", expected);
    }
}
