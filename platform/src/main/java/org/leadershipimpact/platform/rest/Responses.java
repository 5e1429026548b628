package org.leadershipimpact.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.leadershipimpact.platform.concurrency.ETags;

/** The answers to reads and writes of a single record: always with its ETag, and a Location when new. */
public final class Responses {

    private Responses() {
    }

    /** 201 for a record created under the request's path at {@code id}. */
    public static Response created(UriInfo uri, Object id, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(ETags.of(version))
                .entity(body)
                .build();
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(ETags.of(version)).build();
    }
}
