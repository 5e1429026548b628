package org.leadershipimpact.platform.requests;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request carries an {@code X-Request-Id}: the caller's (the gateway's) when it sent a sane
 * one, a new one otherwise. It is echoed in the answer, put in the logging context as
 * {@code requestId}, and copied into the events a request causes.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Long enough for any tracing id, short and plain enough never to carry anything else into logs. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String requestId = acceptOrCreate(context.request().getHeader(HEADER));
            MDC.put(MDC_KEY, requestId);
            context.put(MDC_KEY, requestId);
            context.response().putHeader(HEADER, requestId);
            context.next();
        }, 1000);
    }

    public static String acceptOrCreate(String offered) {
        if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
