package org.leadershipimpact.gateway;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Map;

/**
 * Routes {@code /api/v1/...} to the service that owns the path, through Vert.x's reverse proxy, which
 * streams bodies both ways and handles hop-by-hop headers; and serves each service's OpenAPI document
 * at {@code /openapi/<service>} for the Swagger UI.
 */
@Singleton
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::unauthenticatedAsProblem);
        for (Map.Entry<String, GatewayConfig.Upstream> entry : config.upstreams().entrySet()) {
            String name = entry.getKey();
            GatewayConfig.Upstream upstream = entry.getValue();
            HttpProxy api = proxyTo(name, upstream, null);
            for (String path : upstream.paths()) {
                router.route(path).handler(context -> forwardAuthenticated(context, api));
                router.route(path + "/*").handler(context -> forwardAuthenticated(context, api));
            }
            HttpProxy openapi = proxyTo(name, upstream, "/q/openapi");
            router.get("/openapi/" + name).handler(context -> openapi.handle(context.request()));
        }
        router.route("/api/*").handler(context -> GatewayProblems.send(context.response(), 404, null, "Not Found",
                "No service answers " + context.request().path(), context.request().path(), RequestIds.of(context)));
    }

    private HttpProxy proxyTo(String name, GatewayConfig.Upstream upstream, String fixedPath) {
        URI url = upstream.url();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout((int) upstream.connectTimeout().toMillis())
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(upstream.maxConnections()));
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(url.getPort(), url.getHost());
        proxy.addInterceptor(new UpstreamUnavailable(name, fixedPath));
        return proxy;
    }

    /** Answers 503 problem details when the service cannot be reached, instead of an empty 502. */
    private static final class UpstreamUnavailable implements ProxyInterceptor {

        private final String upstream;
        private final String fixedPath;

        UpstreamUnavailable(String upstream, String fixedPath) {
            this.upstream = upstream;
            this.fixedPath = fixedPath;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String path = context.request().proxiedRequest().path();
            String requestId = context.request().headers().get(RequestIds.HEADER);
            if (fixedPath != null) {
                context.request().setURI(fixedPath);
            }
            // the service builds links (Location, next) for the address the client used, not its own
            HostAndPort clientAuthority = context.request().proxiedRequest().authority();
            if (clientAuthority != null) {
                context.request().setAuthority(clientAuthority);
            }
            return context.sendRequest().recover(failure -> {
                LOG.warnf("Upstream %s unavailable for %s: %s", upstream, path, failure.getMessage());
                ProxyResponse response = context.request().response()
                        .setStatusCode(503)
                        .putHeader("Content-Type", GatewayProblems.MEDIA_TYPE)
                        .putHeader("Retry-After", "5")
                        .setBody(Body.body(GatewayProblems.body(503, "upstream-unavailable", "Service Unavailable",
                                "The " + upstream + " service cannot be reached; try again shortly", path, requestId)));
                return Future.succeededFuture(response);
            });
        }
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
