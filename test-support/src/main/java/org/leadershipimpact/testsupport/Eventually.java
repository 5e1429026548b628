package org.leadershipimpact.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for an eventually consistent answer: asks again until it is right or the deadline passes. */
public final class Eventually {

    private static final Duration PAUSE = Duration.ofMillis(50);

    private Eventually() {
    }

    /**
     * Returns the first answer of {@code ask} that satisfies {@code done}; fails with the last answer
     * seen if none does within {@code timeout}.
     */
    public static <T> T await(Supplier<T> ask, Predicate<T> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        T answer = ask.get();
        while (!done.test(answer)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Still " + answer + " after " + timeout);
            }
            LockSupport.parkNanos(PAUSE.toNanos());
            answer = ask.get();
        }
        return answer;
    }
}
