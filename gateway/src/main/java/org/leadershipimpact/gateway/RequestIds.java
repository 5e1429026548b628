package org.leadershipimpact.gateway;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The gateway is where a request gets its {@code X-Request-Id}: the client's if it sent a sane one, a
 * new one otherwise. It is set on the request before it is proxied, so the service logs and the
 * events it causes carry the same id, and echoed in the answer.
 */
@Singleton
public class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void register(@Observes Filters filters) {
        filters.register(this::assign, 1000);
    }

    private void assign(RoutingContext context) {
        String offered = context.request().getHeader(HEADER);
        String requestId = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        context.request().headers().set(HEADER, requestId);
        // set once the answer is complete, replacing the copy the service sends back, so the client sees one
        context.addHeadersEndHandler(done -> context.response().headers().set(HEADER, requestId));
        context.put(HEADER, requestId);
        MDC.put("requestId", requestId);
        context.next();
    }

    static String of(RoutingContext context) {
        return context.get(HEADER);
    }
}
