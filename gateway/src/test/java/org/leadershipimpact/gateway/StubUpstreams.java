package org.leadershipimpact.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import org.leadershipimpact.localinfra.FreePorts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real HTTP servers standing in for the services: programmes and projects answer with what they
 * received (and give an OpenAPI document of their own); evaluation points at a port where nothing
 * listens; "flaky" always answers 503 and counts the requests that reach it; "slow" never answers
 * {@code /api/v1/slow/never}; "raw" speaks HTTP by hand, so that it can drop a connection without an
 * answer (the first time it sees a request id) and send hop-by-hop headers; "stream" holds its answer
 * open after the first line until the test lets it go, and reports the first piece of a request body
 * as soon as it arrives.
 */
public class StubUpstreams implements QuarkusTestResourceLifecycleManager {

    /** API requests that reached the flaky service. */
    static final AtomicInteger FLAKY_HITS = new AtomicInteger();

    /** How many times the raw service has seen each request id. */
    static final Map<String, Integer> RAW_SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    /** Completed by a test to let the streaming answer finish. */
    static volatile CompletableFuture<Void> releaseStream = new CompletableFuture<>();

    /** The first piece of a streamed request body, as the service received it. */
    static volatile CompletableFuture<String> firstPieceReceived = new CompletableFuture<>();

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
        config.put("lip.gateway.upstreams.raw.url", "http://127.0.0.1:" + raw());
        config.put("lip.gateway.upstreams.raw.paths", "/api/v1/raw");
        config.put("lip.gateway.upstreams.stream.url", "http://127.0.0.1:" + listen(StubUpstreams::stream));
        config.put("lip.gateway.upstreams.stream.paths", "/api/v1/stream");
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

    private static void stream(HttpServerRequest request) {
        if (!request.path().startsWith("/api/")) {
            request.response().setStatusCode(404).end();
            return;
        }
        if (request.method().name().equals("GET")) {
            HttpServerResponse response = request.response().setChunked(true).putHeader("Content-Type", "text/plain");
            response.write("first line\n");
            releaseStream.whenComplete((done, failure) -> response.end("last line\n"));
            return;
        }
        long[] received = {0};
        request.handler(piece -> {
            firstPieceReceived.complete(piece.toString());
            received[0] += piece.length();
        });
        request.endHandler(end -> request.response().end(Long.toString(received[0])));
    }

    /**
     * HTTP/1.1 by hand, one request per connection: the first request with a given id is dropped
     * without an answer; the next is answered with the request's header names, and with hop-by-hop
     * headers of its own that must not reach the client.
     */
    private int raw() {
        try {
            return vertx.createNetServer().connectHandler(socket -> {
                Buffer head = Buffer.buffer();
                socket.handler(piece -> {
                    head.appendBuffer(piece);
                    String text = head.toString();
                    int end = text.indexOf("\r\n\r\n");
                    if (end < 0) {
                        return;
                    }
                    socket.handler(null);
                    List<String> lines = List.of(text.substring(0, end).split("\r\n"));
                    String requestId = lines.stream().filter(line -> line.toLowerCase().startsWith("x-request-id:"))
                            .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("none");
                    if (!lines.get(0).contains(" /api/")) {
                        socket.end(Buffer.buffer("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
                        return;
                    }
                    if (RAW_SEEN.merge(requestId, 1, Integer::sum) == 1) {
                        socket.close();
                        return;
                    }
                    JsonObject answer = new JsonObject()
                            .put("requestLine", lines.get(0))
                            .put("headers", new io.vertx.core.json.JsonArray(lines.subList(1, lines.size()).stream()
                                    .map(line -> line.substring(0, line.indexOf(':')).toLowerCase()).toList()));
                    Buffer body = answer.toBuffer();
                    socket.end(Buffer.buffer("HTTP/1.1 200 OK\r\n"
                            + "Content-Type: application/json\r\n"
                            + "Content-Length: " + body.length() + "\r\n"
                            + "Connection: close, X-Hop-Secret\r\n"
                            + "X-Hop-Secret: for the gateway only\r\n"
                            + "Keep-Alive: timeout=5\r\n"
                            + "Proxy-Authenticate: Basic\r\n"
                            + "Upgrade: h2c\r\n"
                            + "X-Upstream: raw\r\n\r\n").appendBuffer(body));
                });
            }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("The raw stub upstream did not start", e);
        }
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
