package org.leadershipimpact.gateway;

import io.vertx.core.MultiMap;

import java.util.List;

/**
 * Headers that describe one connection, not the message (RFC 9110 section 7.6.1): a proxy must not
 * pass them on, nor any header the Connection header names. Vert.x's proxy drops the fixed list from
 * requests only; this drops both lists both ways.
 */
final class HopByHop {

    private static final List<String> ALWAYS = List.of("Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate",
            "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade");

    private HopByHop() {
    }

    static void strip(MultiMap headers) {
        for (String connection : headers.getAll("Connection")) {
            for (String named : connection.split(",")) {
                if (!named.isBlank()) {
                    headers.remove(named.trim());
                }
            }
        }
        ALWAYS.forEach(headers::remove);
    }
}
