package org.leadershipimpact.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import org.leadershipimpact.localinfra.FreePorts;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two real HTTP servers standing in for programmes and projects, each answering with what it
 * received; evaluation points at a port where nothing listens.
 */
public class StubUpstreams implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "lip.gateway.upstreams.programmes.url", "http://127.0.0.1:" + echo("programmes"),
                "lip.gateway.upstreams.projects.url", "http://127.0.0.1:" + echo("projects"),
                "lip.gateway.upstreams.evaluation.url", "http://127.0.0.1:" + FreePorts.any(),
                "lip.gateway.upstreams.evaluation.connect-timeout", "500ms");
    }

    private int echo(String name) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/yaml").end("openapi: 3.1.0\ninfo:\n  title: " + name + "\n");
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
        try {
            return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("Stub upstream " + name + " did not start", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
