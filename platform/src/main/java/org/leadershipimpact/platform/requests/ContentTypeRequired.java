package org.leadershipimpact.platform.requests;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body must say what it is. Quarkus reads a body without a Content-Type as whatever the operation
 * consumes, so text sent by mistake would be taken as JSON; like a wrong Content-Type, it is refused
 * with 415. A request without a body (a bare POST that starts an action) needs none. A Content-Type
 * that is no media type at all ({@code xxxx}) is refused before the operation is chosen: where one
 * consumes JSON and CSV, choosing would parse it and fail with a 500.
 */
public class ContentTypeRequired {

    @ServerRequestFilter(preMatching = true)
    public void mediaType(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return;
        }
        try {
            MediaType.valueOf(type);
        } catch (IllegalArgumentException notAMediaType) {
            throw new NotSupportedException("The Content-Type is not a media type; send the body as application/json"
                    + " (or text/csv where the operation says so)");
        }
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null && carriesBody(request)) {
            // the same answer Quarkus gives a wrong Content-Type
            throw new NotSupportedException("The body has no Content-Type; send it as application/json (or text/csv where the operation says so)");
        }
    }

    private static boolean carriesBody(ContainerRequestContext request) {
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.trim().equals("0");
    }
}
