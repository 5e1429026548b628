package org.leadershipimpact.gateway;

/**
 * A circuit breaker for one service: after {@code threshold} failures in a row it opens, and for
 * {@code openNanos} requests are answered at once without trying the service (which may be
 * struggling to come back); then one request may try, and its outcome closes or reopens it.
 */
final class Breaker {

    enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    private final int threshold;
    private final long openNanos;
    private State state = State.CLOSED;
    private int failures;
    private long openedAt;
    private boolean trying;

    Breaker(int threshold, long openNanos) {
        this.threshold = threshold;
        this.openNanos = openNanos;
    }

    /** 0 when a request may go to the service now; otherwise the seconds until one may. */
    synchronized long waitSeconds(long now) {
        if (state == State.OPEN && now - openedAt >= openNanos) {
            state = State.HALF_OPEN;
            trying = false;
        }
        if (state == State.CLOSED) {
            return 0;
        }
        if (state == State.HALF_OPEN && !trying) {
            trying = true;
            return 0;
        }
        long left = state == State.OPEN ? openNanos - (now - openedAt) : openNanos;
        return Math.max(1, (long) Math.ceil(left / 1e9));
    }

    synchronized void succeeded() {
        state = State.CLOSED;
        failures = 0;
        trying = false;
    }

    synchronized void failed(long now) {
        failures++;
        if (state == State.HALF_OPEN || failures >= threshold) {
            state = State.OPEN;
            openedAt = now;
            trying = false;
        }
    }

    /** A request let through that ended with no verdict on the service (the client left). */
    synchronized void released() {
        trying = false;
    }

    synchronized State state() {
        return state;
    }
}
