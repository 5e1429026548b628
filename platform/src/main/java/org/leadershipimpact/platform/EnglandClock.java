package org.leadershipimpact.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The one clock to inject. Its zone is England's, where the programmes run: "today" (a session held,
 * a date that may not be in the future) is England's today whatever zone the server is in. It ticks in
 * microseconds, as PostgreSQL keeps them, so the time stored and the time returned to the client (or put
 * in an event) are the same.
 */
@ApplicationScoped
public class EnglandClock {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.system(ENGLAND), Duration.ofNanos(1_000));
    }
}
