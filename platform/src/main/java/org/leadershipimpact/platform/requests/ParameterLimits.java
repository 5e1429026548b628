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
 * anything; no query parameter may be given twice (so a name repeated hundreds of times is refused at
 * its second value); and no parameter may hold NUL, which PostgreSQL cannot store or compare.
 */
public class ParameterLimits {

    public static final int MAX_QUERY_PARAMETERS = 50;

    @ServerRequestFilter
    public void check(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        if (query.size() > MAX_QUERY_PARAMETERS) {
            throw new ProblemException(400, "too-many-parameters", "Too many query parameters",
                    "At most " + MAX_QUERY_PARAMETERS + " query parameters are accepted");
        }
        refuseRepeated(query);
        refuseNul(query);
        refuseNul(uri.getPathParameters());
    }

    /**
     * JAX-RS gives a single-valued parameter the first of its values and drops the rest, so a careless
     * {@code ?discountRate=3.5&discountRate=4} would get a report at one of two rates without a word. No
     * operation of the platform declares a query parameter as a list (lists travel in bodies), so a name
     * given twice is refused, whatever the operation.
     */
    private static void refuseRepeated(MultivaluedMap<String, String> query) {
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (parameter.getValue().size() > 1) {
                throw ProblemException.invalid(parameter.getKey(), "is given " + parameter.getValue().size()
                        + " times; it takes one value");
            }
        }
    }

    private static void refuseNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                throw ProblemException.invalid(parameter.getKey(), InvalidValue.NUL);
            }
        }
    }
}
