package org.leadershipimpact.platform.outbox;

import org.leadershipimpact.platform.Timestamps;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.Ids;
import org.leadershipimpact.platform.events.CloudEvent;
import org.leadershipimpact.platform.events.DomainEvent;
import org.leadershipimpact.platform.events.EventsConfig;
import org.leadershipimpact.platform.requests.RequestIds;

import java.time.Instant;

/** Where services put the events their changes cause; the {@link OutboxRelay} takes them to Kafka. */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    @Inject
    EventsConfig config;

    @Inject
    Event<EventsWritten> written;

    /**
     * Records {@code event} about the aggregate {@code aggregateType}/{@code aggregateId} as part of the
     * caller's transaction (there must be one). The aggregate id is the Kafka key, which keeps each
     * aggregate's events in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent publish(String aggregateType, Object aggregateId, DomainEvent event) {
        Instant now = Timestamps.now();
        OutboxEvent row = new OutboxEvent();
        row.id = Ids.newId();
        row.aggregateType = aggregateType;
        row.aggregateId = aggregateId.toString();
        row.type = CloudEvent.TYPE_PREFIX + config.service() + "." + event.eventName() + ".v" + event.eventVersion();
        row.occurredAt = now;
        CloudEvent envelope = new CloudEvent(CloudEvent.SPEC_VERSION, row.id.toString(), "/" + config.service(),
                row.type, aggregateType + "/" + row.aggregateId, now.toString(), "application/json",
                RequestIds.current(), json.valueToTree(event));
        try {
            row.payload = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + row.type + " cannot be written as JSON", e);
        }
        row.persist();
        written.fire(new EventsWritten());
        return row;
    }

    /** Fired in the writing transaction; observed after it commits, to wake the relay at once. */
    public record EventsWritten() {
    }
}
