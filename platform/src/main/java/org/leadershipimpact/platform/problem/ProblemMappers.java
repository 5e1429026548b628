package org.leadershipimpact.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.leadershipimpact.platform.requests.RequestIds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns every failure a service can meet into RFC 9457 problem details, so that no client ever sees
 * a stack trace, an HTML page or an empty error body.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final FailureLog FAILURES = new FailureLog();
    /** admin_shutdown, crash_shutdown, cannot_connect_now */
    private static final java.util.Set<String> DATABASE_GOING_AWAY = java.util.Set.of("57P01", "57P02", "57P03");
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;
    static final int LISTED_VIOLATIONS = 100;

    @ServerExceptionMapper
    public Response businessRule(ProblemException e, UriInfo uri) {
        Map<String, Object> extensions = new java.util.LinkedHashMap<>(e.extensions());
        // an invalid request lists at most as many violations as Bean Validation's answer does; a refused
        // batch (422) names every row, so that it can be put right in one go
        int listable = e.status() == 400 ? LISTED_VIOLATIONS : Integer.MAX_VALUE;
        List<Problem.Violation> listed = e.violations().subList(0, Math.min(e.violations().size(), listable));
        if (listed.size() < e.violations().size()) {
            extensions.put("unlistedViolations", e.violations().size() - listed.size());
        }
        return respond(new Problem(Problem.type(e.slug()), e.title(), e.status(), e.getMessage(), path(uri),
                RequestIds.current(), listed.isEmpty() ? null : List.copyOf(listed),
                extensions.isEmpty() ? null : extensions));
    }

    @ServerExceptionMapper
    public Response invalidParameters(ResteasyReactiveViolationException e, UriInfo uri) {
        return invalid(e, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
        return validationProblem(uri, violations);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String message;
        if (e instanceof InvalidValue invalid) {
            message = invalid.reason();
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidNullException) {
            message = "must not be null";
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            message = "must be one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (e instanceof StreamConstraintsException) {
            message = "is too long or too deeply nested";
        } else if (isDuplicateKey(e)) {
            field = jsonPath(((StreamReadException) e).getProcessor().getParsingContext());
            message = "is given twice";
        } else if (!field.isEmpty()) {
            message = "has the wrong type or format";
        } else {
            message = "is not valid JSON";
        }
        return validationProblem(uri, List.of(new Problem.Violation(field.isEmpty() ? "$" : field, message)));
    }

    /** Jackson's duplicate detection has no exception of its own: it is a parse error saying so, at the key. */
    private static boolean isDuplicateKey(JsonProcessingException e) {
        return e instanceof StreamReadException read && read.getProcessor() != null
                && read.getOriginalMessage() != null && read.getOriginalMessage().startsWith("Duplicate field");
    }

    /** Named on its own because Quarkus has a built-in mapper for exactly this type, which would win. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticatedProblem(uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticatedProblem(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "Your role does not allow this operation", path(uri), RequestIds.current(), null, null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getResponse().getEntity() instanceof Problem answered) {
            // already a problem (an unreadable query parameter): it only lacks the request's path
            return respond(new Problem(answered.type(), answered.title(), answered.status(), answered.detail(), path(uri),
                    answered.requestId(), answered.violations(), answered.extensions()));
        }
        if (e.getCause() instanceof JsonProcessingException unreadableJson) {
            // Quarkus wraps a body that is not JSON at all in a bare 400: say what is wrong with it
            return unreadable(unreadableJson, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            FAILURES.unexpected(e, path(uri));
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        String detail = status >= 500 ? "The service could not answer; quote the request id when reporting it" : e.getMessage();
        return respond(new Problem(Problem.ABOUT_BLANK, title, status, detail, path(uri), RequestIds.current(), null, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return businessRule(problem, uri);
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return respond(new Problem(Problem.type("stale-write"), "Precondition failed", 412,
                        "The record was changed by someone else at the same time; read it again and reapply your change",
                        path(uri), RequestIds.current(), null, null));
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException unique
                    && "23505".equals(unique.getSQLState())) {
                // a race the service's own checks could not see: the database's unique index is the last word
                return respond(new Problem(Problem.type("conflict"), "Conflict", 409,
                        "This would duplicate an existing record", path(uri), RequestIds.current(), null, null));
            }
        }
        if (databaseUnavailable(e)) {
            // an outage, not a defect: worth trying again (with the same Idempotency-Key, should the commit have landed)
            LOG.warnf("Database unavailable while serving %s: %s", path(uri), e.getMessage());
            return Response.fromResponse(respond(new Problem(Problem.type("database-unavailable"), "Service Unavailable", 503,
                    "The service cannot reach its database just now; try again shortly", path(uri),
                    RequestIds.current(), null, null))).header("Retry-After", DATABASE_RETRY_AFTER_SECONDS).build();
        }
        FAILURES.unexpected(e, path(uri));
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "The service could not answer; quote the request id when reporting it", path(uri),
                RequestIds.current(), null, null));
    }

    /**
     * The database refused or cut the connection, is shutting down or starting up (SQLState class 08,
     * 57P01 to 57P03), or no pooled connection came free within the acquisition timeout (Agroal's
     * SQLException caused by a TimeoutException). Searched through causes and suppressed exceptions
     * alike: a connection lost at commit reaches us as the transaction manager's RollbackException,
     * holding as suppressed the pool's XAException, which holds the driver's SQLException as its cause.
     */
    private static boolean databaseUnavailable(Throwable failure) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> toSee = new java.util.ArrayDeque<>(List.of(failure));
        while (!toSee.isEmpty()) {
            Throwable next = toSee.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (connectionLost(next)) {
                return true;
            }
            if (next.getCause() != null) {
                toSee.push(next.getCause());
            }
            toSee.addAll(List.of(next.getSuppressed()));
        }
        return false;
    }

    private static boolean connectionLost(Throwable failure) {
        if (failure instanceof org.hibernate.exception.JDBCConnectionException
                || failure instanceof java.sql.SQLTransientConnectionException
                || failure instanceof java.sql.SQLNonTransientConnectionException) {
            return true;
        }
        if (!(failure instanceof java.sql.SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || DATABASE_GOING_AWAY.contains(state))
                || sql.getCause() instanceof java.util.concurrent.TimeoutException;
    }

    private static Response validationProblem(UriInfo uri, List<Problem.Violation> violations) {
        return respond(validationProblem(path(uri), violations));
    }

    /**
     * At most {@link #LISTED_VIOLATIONS} violations are listed, the rest counted: the answer to a request
     * with thousands of wrong items stays small, and costs no more to build than the list it names.
     */
    static Problem validationProblem(String path, List<Problem.Violation> violations) {
        if (violations.size() <= LISTED_VIOLATIONS) {
            return new Problem(Problem.type("validation"), "Invalid request", 400, Problem.detailOf(violations), path,
                    RequestIds.current(), violations, null);
        }
        int unlisted = violations.size() - LISTED_VIOLATIONS;
        List<Problem.Violation> listed = List.copyOf(violations.subList(0, LISTED_VIOLATIONS));
        return new Problem(Problem.type("validation"), "Invalid request", 400,
                Problem.detailOf(listed) + "; and " + unlisted + " more", path, RequestIds.current(), listed,
                Map.of("unlistedViolations", unlisted));
    }

    private static Response unauthenticatedProblem(UriInfo uri) {
        Response response = respond(new Problem(Problem.type("unauthenticated"), "Unauthenticated", 401,
                "A valid bearer token is required", path(uri), RequestIds.current(), null, null));
        return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** The property path without the method and parameter nodes: {@code create.request.title} becomes {@code title}. */
    public static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "$" : parameter;
        }
        return field.toString();
    }

    private static String jsonPath(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                path.insert(0, "[" + at.getCurrentIndex() + "]");
            } else if (at.getCurrentName() != null) {
                String name = at.getCurrentName();
                path.insert(0, path.isEmpty() || path.charAt(0) == '[' ? name : name + ".");
            }
        }
        return path.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
