package org.leadershipimpact.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import org.leadershipimpact.localinfra.FreePorts;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real HTTP servers standing in for the services: programmes and projects answer with what they
 * received (and give an OpenAPI document of their own); evaluation points at a port where nothing
 * listens; "flaky" always answers 503 and counts the requests that reach it; "slow" never answers
 * {@code /api/v1/slow/never}.
 */
public class StubUpstreams implements QuarkusTestResourceLifecycleManager {

    /** API requests that reached the flaky service. */
    static final AtomicInteger FLAKY_HITS = new AtomicInteger();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        config.put("lip.gateway.upstreams.programmes.url", "http://127.0.0.1:" + echo("programmes"));
        config.put("lip.gateway.upstreams.projects.url", "http://127.0.0.1:" + echo("projects"));
        config.put("lip.gateway.upstreams.evaluation.url", "http://127.0.0.1:" + FreePorts.any());
        config.put("lip.gateway.upstreams.evaluation.connect-timeout", "500ms");
        config.put("lip.gateway.upstreams.flaky.url", "http://127.0.0.1:" + listen(request -> {
            if (request.path().startsWith("/api/")) {
                FLAKY_HITS.incrementAndGet();
            }
            request.response().setStatusCode(503).end();
        }));
        config.put("lip.gateway.upstreams.flaky.paths", "/api/v1/flaky");
        config.put("lip.gateway.upstreams.slow.url", "http://127.0.0.1:" + listen(request -> {
            if (!request.path().endsWith("/never")) {
                request.response().putHeader("Content-Type", "application/json").end("{}");
            }
        }));
        config.put("lip.gateway.upstreams.slow.paths", "/api/v1/slow");
        config.put("lip.gateway.upstreams.slow.read-timeout", "1s");
        return config;
    }

    /** An OpenAPI document as a service gives it: its own path, a Problem like everyone's, a Summary of its own. */
    static JsonObject openapi(String name) {
        String document = """
                {"openapi":"3.1.0","info":{"title":"NAME","version":"1"},
                 "tags":[{"name":"NAME"}],
                 "paths":{"/api/v1/NAME":{"get":{"tags":["NAME"],"responses":{"200":{"description":"ok",
                   "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Summary"}}}},
                   "404":{"description":"no","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
                 "components":{"schemas":{
                   "Problem":{"type":"object","properties":{"title":{"type":"string"}}},
                   "Summary":{"type":"object","properties":{"NAMECount":{"type":"integer"}}}},
                  "securitySchemes":{"bearer":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}
                """;
        return new JsonObject(document.replace("NAME", name));
    }

    private int echo(String name) {
        return listen(request -> request.body().onSuccess(body -> {
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(openapi(name).encode());
                return;
            }
            JsonObject echo = new JsonObject()
                    .put("upstream", name)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("host", request.authority() == null ? null : request.authority().host())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("bodyLength", body.length());
            request.response().setStatusCode(request.path().endsWith("/missing") ? 404 : 200)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Upstream", name)
                    .putHeader("X-Request-Id", request.getHeader("X-Request-Id"))
                    .end(echo.toBuffer());
        }));
    }

    private int listen(Handler<HttpServerRequest> handler) {
        try {
            return vertx.createHttpServer().requestHandler(handler).listen(0, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("A stub upstream did not start", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
