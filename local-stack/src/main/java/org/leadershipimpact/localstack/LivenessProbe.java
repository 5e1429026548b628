package org.leadershipimpact.localstack;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides, as a Kubernetes liveness probe does, when a running service has stalled: its liveness
 * check ({@code /q/health/live}, which depends on nothing but the JVM answering) unanswered or not
 * UP three times in a row (or {@code LIP_LOCAL_STACK_LIVENESS_FAILURES}), five seconds apart, each given three seconds. A JVM lost in garbage
 * collection, or deadlocked, is alive as a process but of no use to anyone. A service that has not
 * yet answered since it started is given a minute first: a slow start is not a stall.
 */
final class LivenessProbe {

    static final Duration PERIOD = Duration.ofSeconds(5);
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final int FAILURE_THRESHOLD = failureThreshold(System.getenv("LIP_LOCAL_STACK_LIVENESS_FAILURES"));
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

    /** Tests that freeze a service on purpose (to take it out of a consumer group) give it longer. */
    static int failureThreshold(String configured) {
        try {
            return configured == null ? 3 : Math.max(1, Integer.parseInt(configured.trim()));
        } catch (NumberFormatException e) {
            throw new LocalStackException("LIP_LOCAL_STACK_LIVENESS_FAILURES must be a whole number, not " + configured);
        }
    }
}
