package org.leadershipimpact.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which service answers which paths, and how long the gateway waits for it. */
@ConfigMapping(prefix = "lip.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name (programmes, projects, evaluation). */
    Map<String, Upstream> upstreams();

    /** Requests each client (token subject, or address without a token) may make. */
    RateLimit rateLimit();

    /**
     * The largest request body the gateway passes on; a larger declared body is refused with 413. Its
     * default (1M, the services' own limit) is in application.properties, where Quarkus's own limit is set from it.
     */
    MemorySize maxBodySize();

    /**
     * How long a client may take to send its request body, from its headers to its last byte; then
     * 408 problem details. While a body arrives it holds a connection to the service, which others need.
     */
    @WithDefault("30s")
    Duration bodyTimeout();

    /** The largest request headers, all together, as sent (431 problem details above it). */
    @WithDefault("20K")
    MemorySize maxHeaderSize();

    /** The longest path and query string (414 problem details above it). */
    @WithDefault("4096")
    int maxUriLength();

    /**
     * Origins of the external front-ends allowed to call from a browser (read by quarkus.http.cors.origins;
     * declared here so that setting it is not mistaken for a typo).
     */
    @WithName("cors-origins")
    Optional<List<String>> corsOrigins();

    /** When to stop sending requests to a failing service for a while (per service). */
    CircuitBreaker circuitBreaker();

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests allowed per period, which is also the largest burst. */
        @WithDefault("1200")
        int requests();

        @WithDefault("1m")
        Duration period();

        /**
         * Requests in progress at once. Each holds a connection to a service, and the gateway keeps
         * {@code max-connections} (16) per service from each event-loop thread: at half of that, one
         * client cannot take all of a thread's connections, even if every one of its requests lands on
         * that thread.
         */
        @WithDefault("8")
        int concurrent();
    }

    interface CircuitBreaker {
        /** Consecutive failures (no answer, or 502/503/504) that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one request may try the service again. */
        @WithDefault("10s")
        Duration openFor();
    }

    interface Upstream {
        /** Base URL of the service, e.g. {@code http://localhost:8081}. */
        URI url();

        /** Path prefixes the service owns, e.g. {@code /api/v1/programmes}. */
        List<String> paths();

        /** How long to wait for a connection before answering 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** How long the service may stay silent (no byte of its answer) before the gateway answers 504. */
        @WithDefault("30s")
        Duration readTimeout();

        /**
         * Times a request that is safe to repeat and has no body (GET, HEAD, OPTIONS, DELETE) is tried
         * again when the connection to the service fails; never after a timeout.
         */
        @WithDefault("2")
        int retries();

        /**
         * Connections kept open to the service from each of the gateway's event-loop threads (each
         * has its own; Quarkus runs two per core unless {@code quarkus.vertx.event-loops-pool-size} says).
         */
        @WithDefault("16")
        int maxConnections();
    }
}
