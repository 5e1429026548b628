package org.leadershipimpact.gateway;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-client rate limits on the API: a token bucket per caller (the token's subject, or the address
 * of a caller without one) that holds {@code requests} and refills them evenly over {@code period}.
 * Every answer says where the caller stands (RateLimit-Limit, -Remaining, -Reset); a caller over the
 * limit gets 429 problem details with Retry-After, and the services never hear of the request.
 * A caller may also have only {@code concurrent} requests in progress at once: each holds one of the
 * gateway's connections to a service, and a client sending many bodies slowly would otherwise hold
 * all of them while staying well within its rate.
 */
@Singleton
public class RateLimits {

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inProgress = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        if (!config.rateLimit().enabled()) {
            return;
        }
        router.route("/api/*").order(-20).handler(this::admit);
        // a bucket that has filled up again is the same as no bucket: forget it, so memory follows active callers
        vertx.setPeriodic(60_000, id -> {
            buckets.entrySet().removeIf(e -> e.getValue().isFull(System.nanoTime()));
            // a request counted in a counter removed here just as it was taken is not counted: harmless
            inProgress.values().removeIf(count -> count.get() == 0);
        });
    }

    private void admit(RoutingContext context) {
        GatewayConfig.RateLimit limit = config.rateLimit();
        String client = client(context);
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(limit.requests(), limit.period().toNanos()));
        Bucket.Decision decision = bucket.take(System.nanoTime());
        context.response()
                .putHeader("RateLimit-Limit", Integer.toString(limit.requests()))
                .putHeader("RateLimit-Remaining", Long.toString(decision.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(decision.secondsUntilFull()));
        if (decision.admitted()) {
            admitIfFewInProgress(context, client, limit.concurrent());
            return;
        }
        context.response().putHeader("Retry-After", Long.toString(decision.secondsUntilNext()));
        GatewayProblems.send(context.response(), 429, "rate-limited", "Too Many Requests",
                "More than " + limit.requests() + " requests in " + limit.period().toSeconds() + " s; try again in "
                        + decision.secondsUntilNext() + " s", context.request().path(), RequestIds.of(context));
    }

    private void admitIfFewInProgress(RoutingContext context, String client, int most) {
        AtomicInteger count = inProgress.computeIfAbsent(client, c -> new AtomicInteger());
        if (count.incrementAndGet() > most) {
            count.decrementAndGet();
            context.response().putHeader("Retry-After", "1");
            GatewayProblems.send(context.response(), 429, "rate-limited", "Too Many Requests",
                    "More than " + most + " requests in progress at once; wait for an answer first",
                    context.request().path(), RequestIds.of(context));
            return;
        }
        context.addEndHandler(done -> count.decrementAndGet());
        context.next();
    }

    /** Who is asking: the token's subject when there is one (a pseudonymous id, never a name), else the address. */
    private static String client(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return "sub:" + user.getSecurityIdentity().getPrincipal().getName();
        }
        return "ip:" + context.request().remoteAddress().host();
    }

    /** A token bucket; {@code capacity} tokens refill evenly over {@code periodNanos}. */
    static final class Bucket {

        record Decision(boolean admitted, long remaining, long secondsUntilNext, long secondsUntilFull) {
        }

        private final int capacity;
        private final double nanosPerToken;
        private double tokens;
        private long updated;

        Bucket(int capacity, long periodNanos) {
            this.capacity = capacity;
            this.nanosPerToken = (double) periodNanos / capacity;
            this.tokens = capacity;
            this.updated = System.nanoTime();
        }

        synchronized Decision take(long now) {
            refill(now);
            boolean admitted = tokens >= 1;
            if (admitted) {
                tokens -= 1;
            }
            long untilNext = admitted || tokens >= 1 ? 0 : seconds((1 - tokens) * nanosPerToken);
            return new Decision(admitted, (long) Math.floor(tokens), untilNext, seconds((capacity - tokens) * nanosPerToken));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) / nanosPerToken);
            updated = now;
        }

        private static long seconds(double nanos) {
            return (long) Math.ceil(nanos / 1_000_000_000d);
        }
    }
}
