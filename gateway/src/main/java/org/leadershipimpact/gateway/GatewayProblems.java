package org.leadershipimpact.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** RFC 9457 problem details for the answers the gateway gives itself, in the services' shape. */
final class GatewayProblems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://leadershipimpact.org/problems/";

    private GatewayProblems() {
    }

    static Buffer body(int status, String slug, String title, String detail, String path, String requestId) {
        JsonObject problem = new JsonObject()
                .put("type", slug == null ? "about:blank" : TYPE_BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", path);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return problem.toBuffer();
    }

    static void send(HttpServerResponse response, int status, String slug, String title, String detail,
            String path, String requestId) {
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body(status, slug, title, detail, path, requestId));
    }
}
