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
import java.time.ZoneOffset;
import java.util.List;

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
    public record Entry(Object aggregateId, DomainEvent event) {
    }

    /**
     * Records {@code event} about the aggregate {@code event.aggregateType()}/{@code aggregateId} as part
     * of the caller's transaction (there must be one). The aggregate id is the Kafka key, which keeps each
     * aggregate's events in order. Returns the row as written (its {@code seq} is the database's, not read back).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent publish(Object aggregateId, DomainEvent event) {
        return publishAll(List.of(new Entry(aggregateId, event))).get(0);
    }

    /**
     * Records the events in the caller's transaction, in their order (which the relay keeps), in one
     * batch of inserts rather than a round trip each: a bulk write of 500 rows causes 500 events. As
     * when each was persisted with its identity, the rows are written now, not at the next flush.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OutboxEvent> publishAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Instant now = Timestamps.now();
        String time = now.toString();
        List<OutboxEvent> rows = entries.stream().map(entry -> row(entry, now, time)).toList();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (OutboxEvent row : rows) {
                    insert.setObject(1, row.id);
                    insert.setString(2, row.aggregateType);
                    insert.setString(3, row.aggregateId);
                    insert.setString(4, row.type);
                    insert.setString(5, row.payload);
                    insert.setObject(6, row.occurredAt.atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        written.fire(new EventsWritten());
        return rows;
    }

    private OutboxEvent row(Entry entry, Instant now, String time) {
        OutboxEvent row = new OutboxEvent();
        row.id = Ids.newId();
        row.aggregateType = entry.event().aggregateType();
        row.aggregateId = entry.aggregateId().toString();
        row.type = CloudEvent.TYPE_PREFIX + config.service() + "." + entry.event().eventName() + ".v" + entry.event().eventVersion();
        row.occurredAt = now;
        CloudEvent envelope = new CloudEvent(CloudEvent.SPEC_VERSION, row.id.toString(), "/" + config.service(), row.type,
                row.aggregateType + "/" + row.aggregateId, time, "application/json", RequestIds.current(),
                json.valueToTree(entry.event()));
        try {
            row.payload = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + row.type + " cannot be written as JSON", e);
        }
        return row;
    }

    /** Fired in the writing transaction; observed after it commits, to wake the relay at once. */
    public record EventsWritten() {
    }
}
