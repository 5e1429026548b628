package org.leadershipimpact.platform.outbox;

import org.leadershipimpact.platform.Timestamps;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.leadershipimpact.platform.Ids;
import org.leadershipimpact.platform.events.CloudEvent;
import org.leadershipimpact.platform.events.DomainEvent;
import org.leadershipimpact.platform.events.EventsConfig;
import org.leadershipimpact.platform.requests.RequestIds;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Where services put the events their changes cause; the {@link OutboxRelay} takes them to Kafka. */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    @Inject
    EventsConfig config;

    @Inject
    Event<EventsWritten> written;

    @Inject
    EntityManager entityManager;

    private static final String INSERT =
            "INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?)";

    /** An event about one aggregate, to be recorded. */
    public record Entry(String aggregateType, Object aggregateId, DomainEvent event) {
    }

    /**
     * Records {@code event} about the aggregate {@code aggregateType}/{@code aggregateId} as part of the
     * caller's transaction (there must be one). The aggregate id is the Kafka key, which keeps each
     * aggregate's events in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String aggregateType, Object aggregateId, DomainEvent event) {
        publishAll(List.of(new Entry(aggregateType, aggregateId, event)));
    }

    /**
     * Records the events in the caller's transaction, in their order (which the relay keeps), in one
     * batch of inserts rather than a round trip each: a bulk write of 500 rows causes 500 events. As
     * when each was persisted with its identity, the rows are written now, not at the next flush.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = Timestamps.now();
        OffsetDateTime occurredAt = now.atOffset(ZoneOffset.UTC);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Entry entry : entries) {
                    UUID id = Ids.newId();
                    String aggregateId = entry.aggregateId().toString();
                    String type = CloudEvent.TYPE_PREFIX + config.service() + "." + entry.event().eventName() + ".v" + entry.event().eventVersion();
                    insert.setObject(1, id);
                    insert.setString(2, entry.aggregateType());
                    insert.setString(3, aggregateId);
                    insert.setString(4, type);
                    insert.setString(5, payload(id, type, entry, aggregateId, now));
                    insert.setObject(6, occurredAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        written.fire(new EventsWritten());
    }

    private String payload(UUID id, String type, Entry entry, String aggregateId, Instant now) {
        CloudEvent envelope = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), "/" + config.service(), type,
                entry.aggregateType() + "/" + aggregateId, now.toString(), "application/json", RequestIds.current(),
                json.valueToTree(entry.event()));
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be written as JSON", e);
        }
    }

    /** Fired in the writing transaction; observed after it commits, to wake the relay at once. */
    public record EventsWritten() {
    }
}
