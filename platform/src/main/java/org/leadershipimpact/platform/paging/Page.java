package org.leadershipimpact.platform.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in creation order. {@code next} is the link to the following page, absent on
 * the last one; it is also sent as a {@code Link: <...>; rel="next"} header.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        List<T> items,
        @Schema(description = "Link to the next page; absent on the last page",
                example = "/api/v1/programmes?after=AZNf3Tq0d2GfBq5yqKp6ZQ&limit=50")
        String next) {

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), next);
    }
}
