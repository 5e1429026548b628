package org.leadershipimpact.programmes.events;

import org.leadershipimpact.platform.events.DomainEvent;

import java.util.UUID;

/** A programme was created; it starts as a draft. */
public record ProgrammeCreated(UUID programmeId, String systemCode, String title, String status) implements DomainEvent {

    @Override
    public String aggregateType() {
        return "programme";
    }

    @Override
    public String aggregateId() {
        return programmeId.toString();
    }
}
