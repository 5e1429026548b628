package org.leadershipimpact.platform.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.leadershipimpact.platform.problem.Problem;

/**
 * Refuses a declared body above the size limit with a 413 problem before any of it is read; the
 * HTTP layer still cuts off undeclared (chunked) bodies at the same limit.
 */
@Singleton
public class BodySizeLimit {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void register(@Observes Filters filters) {
        filters.register(this::check, 900);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader("Content-Length");
        if (declared == null || !isAbove(declared, limit.asLongValue())) {
            context.next();
            return;
        }
        Problem problem = new Problem(Problem.type("too-large"), "Request body too large", 413,
                "The body is " + declared + " bytes; at most " + limit.asLongValue() + " are accepted",
                context.request().path(), RequestIds.current(), null, null);
        try {
            context.response().setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(413, e);
        }
    }

    private static boolean isAbove(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
