package org.leadershipimpact.gateway;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Each service behind the gateway, as the gateway sees it: whether it answers ready, and its circuit.
 * A wellness check, not readiness: with one service down the gateway still serves the others, so it
 * must not be taken out of rotation.
 */
@Wellness
@ApplicationScoped
public class UpstreamHealth implements HealthCheck {

    @Inject
    GatewayConfig config;

    @Inject
    ApiRoutes routes;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
        for (Map.Entry<String, GatewayConfig.Upstream> upstream : config.upstreams().entrySet()) {
            boolean up = ready(upstream.getValue().url());
            response.withData(upstream.getKey(), (up ? "UP" : "DOWN") + ", circuit " + routes.circuit(upstream.getKey()));
            if (!up) {
                response.down();
            }
        }
        return response.build();
    }

    private boolean ready(URI url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
