package org.leadershipimpact.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A fact a service publishes for others. Implementations are records named in the past tense
 * ({@code ProgrammeCreated}); their components are the event's data, which is its public contract:
 * add fields freely, but rename or remove one only with a new {@link #eventVersion()}. No event carries a
 * participant's name or e-mail.
 */
public interface DomainEvent {

    /** The system (tenant) the fact belongs to. */
    String systemCode();

    /**
     * What kind of thing the fact is about ("programme", "enrolment"): the outbox row's aggregate type
     * and, with the aggregate's id, the CloudEvents subject. Each service says it once per kind.
     */
    @JsonIgnore
    String aggregateType();

    /**
     * The event's name in its CloudEvents type. Named so that no event's data (which often has a
     * {@code name}) can override it by accident.
     */
    @JsonIgnore
    default String eventName() {
        return getClass().getSimpleName();
    }

    @JsonIgnore
    default int eventVersion() {
        return 1;
    }
}
