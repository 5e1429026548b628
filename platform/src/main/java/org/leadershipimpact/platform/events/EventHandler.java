package org.leadershipimpact.platform.events;

import java.util.Set;

/**
 * Applies other services' events to this service's own data (read models, known references).
 * {@link EventConsumer} calls it at most once per event id, inside the transaction that records the
 * id, so an event is applied exactly once however often Kafka delivers it.
 */
public interface EventHandler {

    /** The topics whose events this handler wants. */
    Set<String> topics();

    /**
     * Applies one event. Events of types the handler does not know must be ignored, not refused:
     * producers add new event types without asking their consumers.
     */
    void apply(CloudEvent event);
}
