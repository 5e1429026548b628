package org.leadershipimpact.platform.problem;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs failures nobody foresaw so that an operator sees each kind in full, but a client repeating a
 * failing request cannot fill the disk: the first occurrence of a kind (the exception and where it
 * was thrown) in an hour is logged with its stack trace, the rest in one line each that names the kind
 * and the request, which the request id ties to the full trace.
 */
final class FailureLog {

    private static final Logger LOG = Logger.getLogger(FailureLog.class);
    private static final Duration TRACE_AGAIN_AFTER = Duration.ofHours(1);
    private static final int MOST_KINDS = 1_000;

    private final Map<String, Instant> tracedAt = new ConcurrentHashMap<>();

    /** Logs {@code failure}; returns whether with its stack trace. */
    boolean unexpected(Throwable failure, String path) {
        String kind = kindOf(failure);
        Instant now = Instant.now();
        Instant traced = tracedAt.get(kind);
        if (traced != null && traced.plus(TRACE_AGAIN_AFTER).isAfter(now)) {
            LOG.errorf("Unexpected failure while serving %s: %s (stack trace logged at %s)", path, kind, traced);
            return false;
        }
        if (tracedAt.size() >= MOST_KINDS) {
            tracedAt.clear();
        }
        tracedAt.put(kind, now);
        LOG.errorf(failure, "Unexpected failure while serving %s: %s", path, kind);
        return true;
    }

    /** The innermost cause's type and the frame that threw it: what tells one defect from another. */
    static String kindOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] frames = root.getStackTrace();
        String where = frames.length == 0 ? "unknown" : frames[0].getClassName() + "." + frames[0].getMethodName() + ":"
                + frames[0].getLineNumber();
        return root.getClass().getName() + " at " + where;
    }
}
