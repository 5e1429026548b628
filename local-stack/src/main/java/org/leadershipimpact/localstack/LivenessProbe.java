package org.leadershipimpact.localstack;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides, as a Kubernetes liveness probe does, when a running service has stalled: its liveness
 * check ({@code /q/health/live}, which depends on nothing but the JVM answering) unanswered or not
 * UP three times in a row, five seconds apart, each given three seconds. A JVM lost in garbage
 * collection, or deadlocked, is alive as a process but of no use to anyone. A service that has not
 * yet answered since it started is given a minute first: a slow start is not a stall.
 */
final class LivenessProbe {

    static final Duration PERIOD = Duration.ofSeconds(5);
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final int FAILURE_THRESHOLD = 3;
    private static final Duration STARTING = Duration.ofMinutes(1);

    private final Instant started;
    private Instant nextCheck;
    private boolean answered;
    private int failures;

    LivenessProbe(Instant started) {
        this.started = started;
        this.nextCheck = started;
    }

    /** Checks the service if a check is due; true once it has failed the threshold's number of checks in a row. */
    boolean stalled(ServiceProcess service, Instant now) {
        if (now.isBefore(nextCheck)) {
            return false;
        }
        nextCheck = now.plus(PERIOD);
        if (service.answersLive(TIMEOUT)) {
            answered = true;
            failures = 0;
            return false;
        }
        if (!answered && now.isBefore(started.plus(STARTING))) {
            return false;
        }
        failures++;
        return failures >= FAILURE_THRESHOLD;
    }
}
