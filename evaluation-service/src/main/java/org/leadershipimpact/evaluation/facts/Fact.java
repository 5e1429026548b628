package org.leadershipimpact.evaluation.facts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What another service announced about one thing, as the latest event about it said. An event older
 * than the one that last set the fact changes nothing: per-key order is all Kafka promises, and a
 * re-sent event may arrive after a newer one.
 */
@MappedSuperclass
public abstract class Fact extends PanacheEntityBase {

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    /** True, and the fact's time moved on, unless an event of {@code time} is older than what the fact holds. */
    public boolean takes(Instant time) {
        if (eventTime != null && time.isBefore(eventTime)) {
            return false;
        }
        eventTime = time;
        return true;
    }
}
