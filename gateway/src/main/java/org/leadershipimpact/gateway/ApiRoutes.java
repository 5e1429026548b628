package org.leadershipimpact.gateway;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;

/**
 * Routes {@code /api/v1/...} to the service that owns the path, through Vert.x's reverse proxy, which
 * streams bodies both ways; with hop-by-hop headers dropped both ways, a body cap, per-service
 * timeouts, retries of requests that are safe to repeat, circuit breakers, and a metric per service,
 * method and status.
 */
@Singleton
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry metrics;

    private static final long RETRY_PAUSE_MILLIS = 50;
    private static final String CLOSE_AFTER_ANSWER = "closeAfterAnswer";
    private static final Set<HttpMethod> IDEMPOTENT_WITHOUT_BODY = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.DELETE);

    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();
    /** Looked up per request: Micrometer's own lookup builds tags and ids every time. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::unauthenticatedAsProblem);
        router.route("/api/*").order(-19).handler(this::refuseOversizedBodies);
        for (Map.Entry<String, GatewayConfig.Upstream> entry : config.upstreams().entrySet()) {
            String name = entry.getKey();
            GatewayConfig.Upstream upstream = entry.getValue();
            breakers.put(name, new Breaker(config.circuitBreaker().failureThreshold(), config.circuitBreaker().openFor().toNanos()));
            Map<Thread, HttpProxy> perEventLoop = new ConcurrentHashMap<>();
            Handler<RoutingContext> forward = context -> forwardAuthenticated(context,
                    perEventLoop.computeIfAbsent(Thread.currentThread(), thread -> proxyTo(name, upstream)));
            for (String path : upstream.paths()) {
                router.route(path).handler(forward);
                router.route(path + "/*").handler(forward);
            }
        }
        router.route("/api/*").handler(context -> GatewayProblems.send(context.response(), 404, null, "Not Found",
                "No service answers " + context.request().path(), context.request().path(), RequestIds.of(context)));
    }

    /** The state of the service's circuit, for health. */
    String circuit(String upstream) {
        Breaker breaker = breakers.get(upstream);
        return breaker == null ? "UNKNOWN" : breaker.state().name();
    }

    /**
     * A proxy with its own client, and so its own connections, for the event-loop thread that asks.
     * Vert.x's pool hands a request any idle connection, and one that belongs to another event loop
     * passes every answer between threads; measured under load, that hand-over was a fifth of the
     * gateway's CPU (docs/PERFORMANCE.md). With a client per thread, a request and its answer stay on
     * the thread that received the request.
     */
    private HttpProxy proxyTo(String name, GatewayConfig.Upstream upstream) {
        URI url = upstream.url();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout((int) upstream.connectTimeout().toMillis())
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(upstream.maxConnections()));
        SocketAddress origin = SocketAddress.inetSocketAddress(url.getPort(), url.getHost());
        // a service silent for this long (not a byte of its answer) is given up on: 504
        long readTimeout = upstream.readTimeout().toMillis();
        // a failed request is answered (503, 504 or 499) and logged in Upstream; without a handler of its
        // own, Vert.x would also log it as an ERROR, e.g. every time a client leaves before its answer
        Supplier<Future<HttpClientRequest>> connect = () ->
                client.request(new RequestOptions().setServer(origin).setIdleTimeout(readTimeout))
                        .map(request -> request.exceptionHandler(failure -> LOG.debugf("Upstream %s: request ended: %s", name, failure)));
        HttpProxy proxy = HttpProxy.reverseProxy(client).originRequestProvider((request, http) -> connect.get());
        proxy.addInterceptor(new Upstream(name, breakers.get(name), connect, upstream.retries()));
        return proxy;
    }

    /**
     * Everything between the gateway and one service: the client's address passed on, the circuit
     * breaker, 503/504 problem details instead of an empty 502 when the service fails to answer, and
     * a metric per service, method and status.
     */
    private final class Upstream implements ProxyInterceptor {

        private final String upstream;
        private final Breaker breaker;
        private final Supplier<Future<HttpClientRequest>> connect;
        private final int retries;

        Upstream(String upstream, Breaker breaker, Supplier<Future<HttpClientRequest>> connect, int retries) {
            this.upstream = upstream;
            this.breaker = breaker;
            this.connect = connect;
            this.retries = retries;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String path = context.request().proxiedRequest().path();
            String requestId = context.request().headers().get(RequestIds.HEADER);
            context.set("started", System.nanoTime());
            // the service builds links (Location, next) for the address the client used, not its own
            HostAndPort clientAuthority = context.request().proxiedRequest().authority();
            if (clientAuthority != null) {
                context.request().setAuthority(clientAuthority);
            }
            HopByHop.strip(context.request().headers());
            long wait = breaker.waitSeconds(System.nanoTime());
            if (wait > 0) {
                return Future.succeededFuture(problem(context, 503, "circuit-open", "Service Unavailable",
                        "The " + upstream + " service is failing; the gateway is giving it " + wait + " s before trying again",
                        path, requestId, wait));
            }
            ClientBody body = hasBody(context.request().proxiedRequest())
                    ? new ClientBody(vertx, context.request().proxiedRequest(), config.maxBodySize().asLongValue(), config.bodyTimeout().toMillis())
                    : null;
            if (body != null) {
                context.request().setBody(Body.body(body, context.request().getBody().length()));
            }
            return retried(context, context.sendRequest(), 1).map(response -> {
                if (response.getStatusCode() == 502 || response.getStatusCode() == 503 || response.getStatusCode() == 504) {
                    breaker.failed(System.nanoTime());
                } else {
                    breaker.succeeded();
                }
                return response;
            }).recover(failure -> {
                ClientBody.Refusal refusal = body == null ? null : body.refusal();
                if (refusal != null) {
                    // the client's fault, not the service's; and the rest of its body is not read, so the connection
                    // goes once the answer is sent (handleProxyResponse)
                    breaker.released();
                    context.set(CLOSE_AFTER_ANSWER, true);
                    context.request().proxiedRequest().response().putHeader("Connection", "close");
                    return Future.succeededFuture(problem(context, refusal.status(), refusal.slug(), refusal.title(), refusal.detail(),
                            path, requestId, 0));
                }
                if (failure instanceof StreamResetException) {
                    // the client went away and the proxy gave up the request: nothing the service did wrong,
                    // and if this was the one trial of a half-open circuit, the next request may try instead
                    breaker.released();
                    return Future.succeededFuture(problem(context, 499, "client-closed", "Client Closed Request",
                            "The client closed the connection before the answer", path, requestId, 0));
                }
                breaker.failed(System.nanoTime());
                boolean timedOut = failure instanceof java.util.concurrent.TimeoutException;
                LOG.warnf("Upstream %s %s for %s: %s", upstream, timedOut ? "timed out" : "unavailable", path, failure.getMessage());
                return Future.succeededFuture(timedOut
                        ? problem(context, 504, "upstream-timeout", "Gateway Timeout",
                                "The " + upstream + " service did not answer in time", path, requestId, 5)
                        : problem(context, 503, "upstream-unavailable", "Service Unavailable",
                                "The " + upstream + " service cannot be reached; try again shortly", path, requestId, 5));
            });
        }

        /**
         * An idempotent request with no body to replay (GET, HEAD, OPTIONS, DELETE without a body),
         * which does no more done twice than once, is tried again when the connection fails: refused while the service restarts,
         * or closed under a request sent on a connection the service had just let go. Never after a
         * timeout (the service may still be working on it), and never for a request with a body.
         */
        private Future<ProxyResponse> retried(ProxyContext context, Future<ProxyResponse> attempt, int tried) {
            return attempt.recover(failure -> {
                if (tried > retries || !replayable(context.request()) || failure instanceof StreamResetException
                        || failure instanceof java.util.concurrent.TimeoutException) {
                    return Future.failedFuture(failure);
                }
                LOG.debugf("Upstream %s: retrying %s %s after %s", upstream, context.request().getMethod(),
                        context.request().proxiedRequest().path(), failure.getMessage());
                // the first try consumed the client's (empty) body stream; a fresh empty one is sent instead
                context.request().setBody(Body.body(Body.body(Buffer.buffer()).stream(), -1));
                Promise<Void> pause = Promise.promise();
                vertx.setTimer(RETRY_PAUSE_MILLIS * tried, id -> pause.complete());
                return retried(context, pause.future().compose(paused -> connect.get()).compose(context.request()::send), tried + 1);
            });
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            HopByHop.strip(context.response().headers());
            Long started = context.get("started", Long.class);
            if (started != null) {
                String method = context.request().getMethod().name();
                int status = context.response().getStatusCode();
                timers.computeIfAbsent(upstream + ' ' + method + ' ' + status, key -> Timer.builder("gateway.requests")
                                .description("Requests the gateway passed to a service, by service, method and status")
                                .tag("upstream", upstream)
                                .tag("method", method)
                                .tag("status", Integer.toString(status))
                                .register(metrics))
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
            Future<Void> sent = context.sendResponse();
            if (Boolean.TRUE.equals(context.get(CLOSE_AFTER_ANSWER, Boolean.class))) {
                // Vert.x keeps a connection open whatever the answer's Connection header says
                HttpServerRequest client = context.request().proxiedRequest();
                sent.onComplete(done -> client.connection().close());
            }
            return sent;
        }

        private ProxyResponse problem(ProxyContext context, int status, String slug, String title, String detail, String path,
                String requestId, long retryAfter) {
            ProxyResponse response = context.request().response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", GatewayProblems.MEDIA_TYPE)
                    .setBody(Body.body(GatewayProblems.body(status, slug, title, detail, path, requestId)));
            return retryAfter > 0 ? response.putHeader("Retry-After", Long.toString(retryAfter)) : response;
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return request.getHeader("Transfer-Encoding") != null || (length != null && !length.trim().equals("0"));
    }

    private static boolean replayable(ProxyRequest request) {
        return IDEMPOTENT_WITHOUT_BODY.contains(request.getMethod()) && !hasBody(request.proxiedRequest());
    }

    /**
     * A body declared larger than the gateway passes on is refused before any service hears of it; an
     * undeclared (chunked) one is counted as it streams through (ClientBody).
     */
    private void refuseOversizedBodies(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        long limit = config.maxBodySize().asLongValue();
        try {
            if (length != null && Long.parseLong(length.trim()) > limit) {
                context.response().putHeader("Connection", "close");
                GatewayProblems.send(context.response(), 413, "payload-too-large", "Payload Too Large",
                        "The request body is " + length.trim() + " bytes; at most " + limit + " are accepted",
                        context.request().path(), RequestIds.of(context));
                return;
            }
        } catch (NumberFormatException e) {
            GatewayProblems.send(context.response(), 400, "validation", "Invalid request", "Content-Length is not a number",
                    context.request().path(), RequestIds.of(context));
            return;
        }
        context.next();
    }

    /**
     * Every API call needs a valid bearer token before any service hears of it. Proactive
     * authentication has already verified a token that was sent (a bad one never gets here).
     */
    private static void forwardAuthenticated(RoutingContext context, HttpProxy proxy) {
        if (!(context.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            unauthenticated(context);
            return;
        }
        proxy.handle(context.request());
    }

    private void unauthenticatedAsProblem(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            unauthenticated(context);
            return;
        }
        context.next();
    }

    private static void unauthenticated(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        GatewayProblems.send(context.response(), 401, "unauthenticated", "Unauthenticated",
                "A valid bearer token is required", context.request().path(), RequestIds.of(context));
    }
}
