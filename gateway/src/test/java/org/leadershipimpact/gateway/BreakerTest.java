package org.leadershipimpact.gateway;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreakerTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void afterTheOpenPeriodOneRequestTriesAndItsOutcomeDecides() {
        Breaker breaker = new Breaker(2, 10 * SECOND);
        breaker.failed(0);
        breaker.failed(0);
        assertEquals(Breaker.State.OPEN, breaker.state());
        assertEquals(10, breaker.waitSeconds(0));
        assertEquals(0, breaker.waitSeconds(10 * SECOND), "the trial request");
        assertTrue(breaker.waitSeconds(10 * SECOND) > 0, "only one trial at a time");
        breaker.failed(11 * SECOND);
        assertEquals(Breaker.State.OPEN, breaker.state());
        assertEquals(0, breaker.waitSeconds(21 * SECOND));
        breaker.succeeded();
        assertEquals(Breaker.State.CLOSED, breaker.state());
    }

    @Test
    void aTrialWhoseClientLeftLetsTheNextRequestTry() {
        Breaker breaker = new Breaker(1, SECOND);
        breaker.failed(0);
        assertEquals(0, breaker.waitSeconds(SECOND), "the trial request");
        breaker.released();
        assertEquals(0, breaker.waitSeconds(SECOND), "not held open for good by a trial that never finished");
    }
}
