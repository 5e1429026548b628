package org.leadershipimpact.platform.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The id of an event this service has applied, stored with the change the event made. */
@Entity
@Table(name = "applied_event")
public class AppliedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public String type;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;

    static boolean wasApplied(UUID eventId) {
        return findById(eventId) != null;
    }

    /** Which of these events were applied before: one query for a poll rather than one per event. */
    static Set<UUID> appliedAmong(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select a.eventId from AppliedEvent a where a.eventId in :ids", UUID.class)
                .setParameter("ids", eventIds).getResultList());
    }

    static void record(UUID eventId, String type) {
        AppliedEvent applied = new AppliedEvent();
        applied.eventId = eventId;
        applied.type = type;
        applied.appliedAt = Instant.now();
        applied.persist();
    }
}
