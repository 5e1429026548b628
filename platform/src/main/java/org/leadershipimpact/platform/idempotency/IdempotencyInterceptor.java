package org.leadershipimpact.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.security.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Makes a create safe to retry. The key is claimed by inserting its row in the same transaction as
 * the create itself, so the two commit or roll back together; a concurrent retry with the same key
 * waits on PostgreSQL's unique index until the first finishes, then reads its answer. A create that
 * fails leaves no trace, so retrying it tries again.
 *
 * <p>Keys are the caller's (the token's subject), but a subject is not a tenant: a user's systems
 * change, and a shared service account acts for several. So a replay is access-checked like a read:
 * the caller must act for every system the stored answer shows, else it is a 404, as any record of
 * another system is. The role was checked already, before the operation was reached.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    private static final Pattern ACCEPTABLE = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    HttpServerRequest request;

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!ACCEPTABLE.matcher(key).matches()) {
            throw new ProblemException(400, "validation", "Invalid request",
                    HEADER + " must be 1 to 255 visible ASCII characters");
        }
        String requestHash = hash(invocation);
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!claim(key, requestHash)) {
                return replay(key, requestHash);
            }
            // an @Idempotent operation answers a Response, since a replay is one (ResourceConventions holds this)
            Response response = (Response) invocation.proceed();
            remember(key, response);
            return response;
        });
    }

    private boolean claim(String key, String requestHash) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO idempotency_record (caller, idempotency_key, request_hash, created_at)
                VALUES (:caller, :key, :hash, :now) ON CONFLICT DO NOTHING
                """)
                .setParameter("caller", caller.subject())
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("now", Instant.now())
                .executeUpdate();
        return inserted == 1;
    }

    private Response replay(String key, String requestHash) throws Exception {
        IdempotencyRecord first = entityManager.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller.subject(), key));
        if (first == null || first.status == null) {
            throw ProblemException.conflict("idempotency-in-progress", "Request in progress",
                    "A request with this " + HEADER + " is still being carried out; retry shortly");
        }
        if (!first.requestHash.equals(requestHash)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "This " + HEADER + " was used for a different request; use a new key for a new request");
        }
        if (!mayRead(first)) {
            throw new ProblemException(404, "not-found", "Not found",
                    "What this " + HEADER + " created does not exist for you");
        }
        Response.ResponseBuilder answer = Response.status(first.status)
                .header(REPLAYED_HEADER, "true")
                .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                .entity(first.body);
        if (first.location != null) {
            answer.header("Location", first.location);
        }
        return answer.build();
    }

    private void remember(String key, Response response) throws Exception {
        IdempotencyRecord record = entityManager.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller.subject(), key));
        if (record == null) {
            // the request forgot its own key: it erased personal data the key was named after (StoredAnswers)
            return;
        }
        record.status = response.getStatus();
        record.callerSystems = callerSystems();
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        record.body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
    }

    private boolean mayRead(IdempotencyRecord first) throws Exception {
        Set<String> shown = new TreeSet<>();
        if (first.body != null) {
            json.readTree(first.body).findValues("systemCode").forEach(code -> shown.add(code.asText()));
        }
        if (!shown.isEmpty()) {
            return shown.stream().allMatch(caller::mayActFor);
        }
        return callerSystems().equals(first.callerSystems);
    }

    private String callerSystems() {
        return caller.isNational() ? "*" : String.join(" ", caller.systems());
    }

    /** What makes two requests the same: method, path and the arguments the resource method received. */
    private String hash(InvocationContext invocation) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((request.method().name() + " " + request.path()).getBytes(StandardCharsets.UTF_8));
        for (Object argument : invocation.getParameters()) {
            if (argument == null || argument instanceof UriInfo) {
                continue;
            }
            sha.update(json.writeValueAsBytes(argument));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
