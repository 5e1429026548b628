package org.leadershipimpact.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Which service answers which paths, and how long the gateway waits for it. */
@ConfigMapping(prefix = "lip.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name (programmes, projects, evaluation). */
    Map<String, Upstream> upstreams();

    interface Upstream {
        /** Base URL of the service, e.g. {@code http://localhost:8081}. */
        URI url();

        /** Path prefixes the service owns, e.g. {@code /api/v1/programmes}. */
        List<String> paths();

        /** How long to wait for a connection before answering 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Connections kept open to the service. */
        @WithDefault("50")
        int maxConnections();
    }
}
