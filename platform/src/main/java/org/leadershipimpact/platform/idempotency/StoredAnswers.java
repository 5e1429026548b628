package org.leadershipimpact.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The first answers kept for retries ({@link IdempotencyInterceptor}), for a service that must take
 * personal data out of them: when a person's data is erased, a replay must not give it back.
 *
 * <p>An answer is rewritten rather than its row removed: a removed row frees its key, and a client
 * retrying the original registration would then register the person again, undoing the erasure. The
 * rewritten row keeps answering with the record as it now stands, and still goes after a day with the
 * others. Its request hash stays: a one-way digest of the whole request, which is what recognises
 * that retry.
 */
@ApplicationScoped
public class StoredAnswers {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    /**
     * Every stored answer that shows the record {@code id} (as an object with that {@code "id"}, alone
     * or in a list) shows {@code current} in its place from now on; the rest of the answer is kept.
     * Returns the record as those answers showed it, for what else they may lead to (a key, below).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<JsonNode> replaceRecord(UUID id, Object current) {
        JsonNode replacement = json.valueToTree(current);
        List<JsonNode> shown = new ArrayList<>();
        List<IdempotencyRecord> showing = IdempotencyRecord.list("locate(?1, body) > 0", id.toString());
        for (IdempotencyRecord record : showing) {
            try {
                // an answer that names the record only as a reference (an enrolment's participantId) comes out unchanged
                record.body = json.writeValueAsString(replace(json.readTree(record.body), id.toString(), replacement, shown));
            } catch (JsonProcessingException e) {
                // every body was written by this service's own ObjectMapper: one that is not JSON is a defect
                throw new IllegalStateException("A stored answer is not JSON", e);
            }
        }
        return shown;
    }

    /**
     * Forgets every key that contains {@code personalData} (compared without regard to case) with its
     * answer. A client may name a request after the person it is about ("participants/.../a.b@nhs.uk");
     * such a key is itself the person's data and cannot be kept, so a retry under it is carried out anew.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetKeysContaining(String personalData) {
        entityManager.createNativeQuery("DELETE FROM idempotency_record WHERE strpos(lower(idempotency_key), lower(:data)) > 0")
                .setParameter("data", personalData)
                .executeUpdate();
    }

    /** {@code node} with every object whose "id" is {@code id} replaced (and added to {@code replaced}), changed in place where it can be. */
    private static JsonNode replace(JsonNode node, String id, JsonNode replacement, List<JsonNode> replaced) {
        if (node instanceof ObjectNode object) {
            if (id.equals(object.path("id").asText(null))) {
                replaced.add(object);
                return replacement.deepCopy();
            }
            for (String field : object.properties().stream().map(Map.Entry::getKey).toList()) {
                object.set(field, replace(object.get(field), id, replacement, replaced));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replace(array.get(i), id, replacement, replaced));
            }
        }
        return node;
    }
}
