package org.leadershipimpact.platform.requests;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leadershipimpact.platform.problem.InvalidValue;
import org.leadershipimpact.platform.problem.ProblemException;

import java.util.List;
import java.util.Map;

/**
 * Query and path parameters every operation gets, checked once before any is read: no operation takes
 * more than a handful of query parameters, so a request with hundreds is refused before they cost
 * anything, and no parameter may hold NUL, which PostgreSQL cannot store or compare.
 */
public class ParameterLimits {

    public static final int MAX_QUERY_PARAMETERS = 50;
    public static final int MAX_QUERY_VALUES = 100;

    @ServerRequestFilter
    public void check(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        int values = query.values().stream().mapToInt(List::size).sum();
        if (query.size() > MAX_QUERY_PARAMETERS || values > MAX_QUERY_VALUES) {
            throw new ProblemException(400, "too-many-parameters", "Too many query parameters",
                    "At most " + MAX_QUERY_PARAMETERS + " query parameters, with " + MAX_QUERY_VALUES + " values in all, are accepted");
        }
        refuseNul(query);
        refuseNul(uri.getPathParameters());
    }

    private static void refuseNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                throw ProblemException.invalid(parameter.getKey(), InvalidValue.NUL);
            }
        }
    }
}
