package org.leadershipimpact.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How a service publishes and consumes domain events. */
@ConfigMapping(prefix = "lip.events")
public interface EventsConfig {

    /** The service's name as the source of its events, e.g. {@code programmes}. */
    String service();

    /** The topic this service publishes to (one per producing service); absent if it publishes nothing. */
    Optional<String> topic();

    /** Partitions of the topic when this service creates it. */
    @WithDefault("6")
    int partitions();

    Outbox outbox();

    Consumer consumer();

    interface Outbox {
        /** Most events relayed in one transaction. */
        @WithDefault("500")
        int batchSize();

        /** How long the relay rests when it has nothing to send and nobody wakes it. */
        @WithDefault("1s")
        Duration idleInterval();

        /** How long the relay waits after Kafka refused a batch before it tries again. */
        @WithDefault("2s")
        Duration retryInterval();
    }

    interface Consumer {
        /** Kafka consumer group; replicas of one service share it. */
        Optional<String> group();

        /**
         * Most events applied in one transaction (Kafka's {@code max.poll.records}): a backlog is caught
         * up at one commit per this many events; 1 gives a transaction per event.
         */
        @WithDefault("500")
        int batchSize();

        /** How long a failed event waits before it is tried again. */
        @WithDefault("1s")
        Duration retryInterval();
    }
}
