package org.leadershipimpact.platform.paging;

import io.quarkus.panache.common.Parameters;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.leadershipimpact.platform.problem.ProblemException;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset ("cursor") paging over time-ordered ids: a page is the {@code limit} rows whose id follows
 * the cursor. Unlike offsets, a page stays correct while rows are being added, and costs the same at
 * row ten million as at row ten.
 */
public record PageRequest(Optional<UUID> after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** Reads the {@code after} cursor and {@code limit} query parameters; bad ones are a 400 problem. */
    public static PageRequest of(String after, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ProblemException(400, "validation", "Invalid request",
                    "limit must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(Optional.ofNullable(after).filter(a -> !a.isBlank()).map(PageRequest::decode), size);
    }

    /**
     * The query of this page over entities that have a {@code systemCode} and a time-ordered
     * {@code id}, restricted to {@code systems} unless that is null (the national view). Sort by id.
     */
    public Keyset keysetWithin(Collection<String> systems) {
        if (systems != null && systems.isEmpty()) {
            return new Keyset("1 = 0", new Parameters());
        }
        StringBuilder where = new StringBuilder(systems == null ? "1 = 1" : "systemCode in :systems");
        Parameters parameters = new Parameters();
        if (systems != null) {
            parameters = parameters.and("systems", systems);
        }
        if (after.isPresent()) {
            where.append(" and id > :after");
            parameters = parameters.and("after", after.get());
        }
        return new Keyset(where.toString(), parameters);
    }

    public record Keyset(String where, Parameters parameters) {

        /** Adds the filter {@code condition} with its parameter when {@code applies}, e.g. when the client asked for it. */
        public Keyset and(boolean applies, String condition, String parameter, Object value) {
            if (!applies) {
                return this;
            }
            return new Keyset(where + " and " + condition, parameters.and(parameter, value));
        }

        /** Leaves withdrawn records out: lists show what stands. */
        public Keyset current() {
            return new Keyset(where + " and " + WithdrawableRecord.CURRENT, parameters);
        }
    }

    /** Rows to fetch: one more than the page, to learn whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * Builds the page from up to {@link #fetchSize()} rows in id order, with a next link that keeps
     * the request's other query parameters.
     */
    public <E, T> Page<T> toPage(List<E> rows, Function<E, UUID> id, Function<E, T> mapping, UriInfo uri) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            UUID last = id.apply(shown.get(shown.size() - 1));
            java.net.URI link = uri.getRequestUriBuilder()
                    .replaceQueryParam("after", encode(last))
                    .replaceQueryParam("limit", limit)
                    .build();
            next = link.getRawPath() + "?" + link.getRawQuery();
        }
        return new Page<>(shown.stream().map(mapping).toList(), next);
    }

    /** The page as a 200 answer, with the next page also linked from a {@code Link} header. */
    public <E, T> Response respond(List<E> rows, Function<E, UUID> id, Function<E, T> mapping, UriInfo uri) {
        Page<T> page = toPage(rows, id, mapping, uri);
        Response.ResponseBuilder response = Response.ok(page);
        if (page.next() != null) {
            response.links(Link.fromUri(page.next()).rel("next").build());
        }
        return response.build();
    }

    static String encode(UUID id) {
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    static UUID decode(String cursor) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor));
            if (bytes.remaining() != 16) {
                throw new IllegalArgumentException("cursor length");
            }
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "validation", "Invalid request",
                    "after is not a cursor this API gave out");
        }
    }
}
