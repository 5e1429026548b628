package org.leadershipimpact.platform.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.leadershipimpact.platform.problem.Problem;

import java.util.List;
import java.util.Map;

/**
 * Problem details for what the HTTP layer refuses before a request reaches a resource: a request
 * line or headers over the service's limits (414, 431), a path or query Vert.x cannot decode (400),
 * a body over the size limit found while it streams in (413), and any failure no handler answered.
 *
 * <p>Vert.x answers a request line or headers over its own codec limits with a bare status and no
 * body, and Quarkus offers no hook for that answer (quarkusio/quarkus#55082). So the codec's limits
 * are set far above the service's (microprofile-config.properties) and the service's own limits are
 * checked here, where a problem document can be the answer. Only a request past those ceilings, or
 * one HTTP cannot parse at all (a non-numeric Content-Length), still gets Vert.x's bare answer.
 */
@Singleton
public class HttpRefusals {

    private static final Logger LOG = Logger.getLogger(HttpRefusals.class);
    private static final List<Integer> ROUTER_STATUSES = List.of(400, 404, 405, 413, 414, 415, 431);
    /** What a router's bare status means for a client, where the status alone says too little. */
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request could not be read: a malformed percent-escape in the path or query, or a malformed header",
            405, "This method is not allowed here",
            413, "The request body is larger than the service accepts");

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "lip.http.max-header-size", defaultValue = "20K")
    MemorySize maxHeaderSize;

    @ConfigProperty(name = "lip.http.max-uri-length", defaultValue = "4096")
    int maxUriLength;

    void register(@Observes Filters filters) {
        // after RequestIds (1000), so the problem carries the request id
        filters.register(this::withinLimits, 950);
    }

    void install(@Observes Router router) {
        for (int status : ROUTER_STATUSES) {
            router.errorHandler(status, context -> send(context, status, null, detail(context, status)));
        }
        router.route().order(Integer.MAX_VALUE - 1).failureHandler(this::failureAsProblem);
    }

    private void withinLimits(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > maxUriLength) {
            send(context, 414, "uri-too-long",
                    "The path and query are " + uri.length() + " characters; at most " + maxUriLength + " are accepted");
            return;
        }
        long headers = size(context.request().headers());
        if (headers > maxHeaderSize.asLongValue()) {
            send(context, 431, "headers-too-large",
                    "The headers are " + headers + " bytes; at most " + maxHeaderSize.asLongValue() + " are accepted");
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

    /**
     * Failures of the HTTP layer itself (a body over the limit, an undecodable query); failures inside
     * a resource are answered by the problem mappers before they get here.
     */
    private void failureAsProblem(RoutingContext context) {
        int status = context.statusCode() < 400 ? 500 : context.statusCode();
        if (status >= 500) {
            LOG.errorf(context.failure(), "Request to %s failed", context.request().path());
        }
        send(context, status, null, detail(context, status));
    }

    private static String detail(RoutingContext context, int status) {
        if (status == 404) {
            return "Nothing answers " + context.request().path();
        }
        return status >= 500 ? "Unexpected failure; quote the requestId"
                : DETAILS.getOrDefault(status, HttpResponseStatus.valueOf(status).reasonPhrase());
    }

    private void send(RoutingContext context, int status, String slug, String detail) {
        if (context.response().ended()) {
            return;
        }
        Problem problem = new Problem(slug == null ? Problem.ABOUT_BLANK : Problem.type(slug),
                HttpResponseStatus.valueOf(status).reasonPhrase(), status, detail, context.request().path(),
                RequestIds.current(), null, null);
        try {
            context.response().setStatusCode(status)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }
}
