package org.leadershipimpact.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The public API as the demo loader uses it, through the gateway, as one caller (one token): JSON in
 * and out; an Idempotency-Key on every POST; a client that waits politely when the gateway says so
 * (429 with Retry-After, 503); and, where a write refers to something another service hears of
 * through events, a retry until it has heard (422 until then).
 */
final class DemoApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EVENTS_DEADLINE = Duration.ofMinutes(2);
    private static final long PAUSE_MILLIS = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String token;
    private final String keyPrefix;
    private int calls;

    DemoApi(String gateway, String token, String keyPrefix) {
        this.gateway = gateway;
        this.token = token;
        this.keyPrefix = keyPrefix;
    }

    /** A refused call: method, path, status and the problem the service gave. */
    static final class Refused extends RuntimeException {
        final int status;
        final JsonNode problem;

        Refused(String method, String path, int status, JsonNode problem) {
            super(method + " " + path + " answered " + status + ": " + problem);
            this.status = status;
            this.problem = problem;
        }
    }

    int calls() {
        return calls;
    }

    JsonNode get(String path) {
        return send("GET", path, null, null, Set.of());
    }

    /** Every item of a list, following its {@code next} links; a plain array is taken as it is. */
    List<JsonNode> list(String path) {
        List<JsonNode> all = new ArrayList<>();
        String next = path + (path.contains("?") ? "&" : "?") + "limit=500";
        while (next != null) {
            JsonNode page = get(next);
            JsonNode items = page.isArray() ? page : page.path("items");
            items.forEach(all::add);
            next = page.hasNonNull("next") ? page.get("next").asText() : null;
        }
        return all;
    }

    JsonNode post(String path, Object body, String key) {
        return send("POST", path, body, key, Set.of());
    }

    /** A POST that names records another service learns of through events: 422 until it has. */
    JsonNode postAwaitingEvents(String path, Object body, String key) {
        return send("POST", path, body, key, Set.of(422, 404));
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body, null, Set.of());
    }

    private JsonNode send(String method, String path, Object body, String key, Set<Integer> untilHeard) {
        Instant deadline = Instant.now().plus(EVENTS_DEADLINE);
        while (true) {
            HttpResponse<String> answer = once(method, path, body, key);
            int status = answer.statusCode();
            if (status >= 200 && status < 300) {
                return read(answer.body());
            }
            boolean waitable = status == 429 || status == 503 || untilHeard.contains(status);
            if (!waitable || Instant.now().isAfter(deadline)) {
                throw new Refused(method, path, status, read(answer.body()));
            }
            long seconds = answer.headers().firstValueAsLong("Retry-After").orElse(0);
            pause(status == 429 ? Math.max(1000, seconds * 1000) : PAUSE_MILLIS * 3);
        }
    }

    private HttpResponse<String> once(String method, String path, Object body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            if (key != null) {
                request.header("Idempotency-Key", keyPrefix + visible(key));
            }
            calls++;
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Idempotency keys are visible ASCII without spaces, at most 255 characters. */
    static String visible(String key) {
        StringBuilder visible = new StringBuilder();
        key.chars().forEach(c -> visible.append(c > 0x20 && c < 0x7F ? (char) c : '-'));
        return visible.length() <= 180 ? visible.toString()
                : visible.substring(0, 160) + "-" + Integer.toHexString(key.hashCode());
    }

    private static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
