package org.leadershipimpact.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A fact a service publishes for others. Implementations are records named in the past tense
 * ({@code ProgrammeCreated}); their components are the event's data, which is its public contract:
 * add fields freely, but rename or remove one only with a new {@link #version()}.
 */
public interface DomainEvent {

    /** The kind of aggregate the event is about, e.g. {@code programme}. */
    @JsonIgnore
    String aggregateType();

    /** The aggregate's id, which is also the Kafka key, so its events stay in order. */
    @JsonIgnore
    String aggregateId();

    /** The system (tenant) the fact belongs to. */
    String systemCode();

    @JsonIgnore
    default String name() {
        return getClass().getSimpleName();
    }

    @JsonIgnore
    default int version() {
        return 1;
    }
}
