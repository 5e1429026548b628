package org.leadershipimpact.gateway;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Problem details for what the HTTP layer refuses below the API routes: a request line or headers
 * over the gateway's limits (414, 431), a path or query Vert.x cannot decode (400), a path nothing
 * answers (404), and any failure a route did not answer itself.
 *
 * <p>Vert.x answers a request line or headers over its own codec limits with a bare status and no
 * body, and Quarkus offers no hook for that answer (quarkusio/quarkus#55082). So the codec's limits
 * are set far above the gateway's (application.properties) and the gateway's own limits are checked
 * here, where a problem document can be the answer. Only a request past those ceilings, or one HTTP
 * cannot parse at all (a non-numeric Content-Length), still gets Vert.x's bare 400/414/431.
 */
@Singleton
public class HttpRefusals {

    private static final Logger LOG = Logger.getLogger(HttpRefusals.class);
    private static final List<Integer> ROUTER_STATUSES = List.of(400, 404, 405, 413, 414, 415, 431);
    /** What a router's bare status means for a client, where the status alone says too little. */
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request could not be read: a malformed percent-escape in the path or query, or a malformed header",
            405, "This method is not allowed here",
            413, "The request body is larger than the gateway accepts");

    @Inject
    GatewayConfig config;

    void register(@Observes Filters filters) {
        // after RequestIds (1000), so the problem carries the request id
        filters.register(this::withinLimits, 990);
    }

    void install(@Observes Router router) {
        for (int status : ROUTER_STATUSES) {
            router.errorHandler(status, context -> refuse(context, status));
        }
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::failureAsProblem);
    }

    private void withinLimits(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > config.maxUriLength()) {
            GatewayProblems.send(context.response(), 414, "uri-too-long", "URI Too Long",
                    "The path and query are " + uri.length() + " characters; at most " + config.maxUriLength() + " are accepted",
                    context.request().path(), RequestIds.of(context));
            return;
        }
        long headers = size(context.request().headers());
        long limit = config.maxHeaderSize().asLongValue();
        if (headers > limit) {
            GatewayProblems.send(context.response(), 431, "headers-too-large", "Request Header Fields Too Large",
                    "The headers are " + headers + " bytes; at most " + limit + " are accepted",
                    context.request().path(), RequestIds.of(context));
            return;
        }
        context.next();
    }

    /** As sent on the wire: name, colon and space, value, line end. */
    private static long size(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private void failureAsProblem(RoutingContext context) {
        int status = context.statusCode() < 400 ? 500 : context.statusCode();
        if (status >= 500) {
            LOG.errorf(context.failure(), "Request to %s failed", context.request().path());
        }
        refuse(context, status);
    }

    private static void refuse(RoutingContext context, int status) {
        String path = context.request().path();
        String detail = status == 404 ? "Nothing answers " + path
                : status >= 500 ? "The gateway failed unexpectedly; quote the requestId"
                : DETAILS.getOrDefault(status, HttpResponseStatus.valueOf(status).reasonPhrase());
        GatewayProblems.send(context.response(), status, null, HttpResponseStatus.valueOf(status).reasonPhrase(), detail,
                path, RequestIds.of(context));
    }
}
