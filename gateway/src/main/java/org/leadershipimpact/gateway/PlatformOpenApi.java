package org.leadershipimpact.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's one OpenAPI document, at the gateway's {@code /q/openapi} (YAML, or JSON with
 * {@code ?format=json} or {@code Accept: application/json}): every service's own document, fetched
 * from it and merged, so it is always as current as the services and nobody edits a copy. A service
 * that does not answer is represented by the last document it gave.
 */
@Singleton
public class PlatformOpenApi {

    private static final Logger LOG = Logger.getLogger(PlatformOpenApi.class);
    private static final Duration FRESH_FOR = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    @Inject
    GatewayConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, JsonNode> lastKnown = new ConcurrentHashMap<>();
    private volatile ObjectNode merged;
    private volatile Instant mergedAt = Instant.MIN;

    void install(@Observes Router router) {
        router.get("/q/openapi").order(-100).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        context.vertx().executeBlocking(this::document, false).onComplete(result -> {
            if (result.failed()) {
                GatewayProblems.send(context.response(), 503, "openapi-unavailable", "Service Unavailable",
                        "No service has given its OpenAPI document yet", context.request().path(), RequestIds.of(context));
                return;
            }
            boolean json = "json".equalsIgnoreCase(context.request().getParam("format"))
                    || String.valueOf(context.request().getHeader("Accept")).contains("application/json");
            try {
                context.response()
                        .putHeader("Content-Type", json ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                        .end(json ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result.result())
                                : YAML.writeValueAsString(result.result()));
            } catch (IOException e) {
                context.fail(e);
            }
        });
    }

    /** The merged document, made again from the services at most every few seconds. */
    synchronized ObjectNode document() {
        if (merged != null && Instant.now().isBefore(mergedAt.plus(FRESH_FOR))) {
            return merged;
        }
        Map<String, JsonNode> documents = new TreeMap<>();
        for (Map.Entry<String, GatewayConfig.Upstream> upstream : config.upstreams().entrySet()) {
            JsonNode document = fetch(upstream.getKey(), upstream.getValue());
            if (document != null) {
                documents.put(upstream.getKey(), document);
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("no service answered");
        }
        merged = OpenApiMerge.merge(new LinkedHashMap<>(documents), "Leadership Impact Platform API", "1",
                "One API for programmes, improvement projects and their evaluation. Every call needs a bearer token (RS256 JWT) "
                        + "whose roles and systems claim decide what it may do; errors are RFC 9457 problem details.");
        mergedAt = Instant.now();
        return merged;
    }

    private JsonNode fetch(String name, GatewayConfig.Upstream upstream) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(upstream.url() + "/q/openapi?format=json"))
                    .timeout(upstream.connectTimeout().plusSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode document = JSON.readTree(response.body());
                lastKnown.put(name, document);
                return document;
            }
            LOG.warnf("%s answered %d for its OpenAPI document", name, response.statusCode());
        } catch (IOException e) {
            LOG.warnf("%s did not give its OpenAPI document: %s", name, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lastKnown.get(name);
    }
}
