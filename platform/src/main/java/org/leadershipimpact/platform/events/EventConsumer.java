package org.leadershipimpact.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.leadershipimpact.platform.requests.RequestIds;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Reads the topics the service's {@link EventHandler}s want and applies each event exactly once: its id
 * is recorded in the transaction that applies it, and offsets are committed only after the events
 * before them were applied and recorded. A poll is applied in one transaction; an event that fails to
 * apply is tried again (its partition pauses there) so nothing is skipped; an event that is not a
 * CloudEvent at all can never succeed and is logged and passed over.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    EventsConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private volatile boolean running;
    private Thread worker;
    private KafkaConsumer<String, String> consumer;

    void start(@Observes StartupEvent started) {
        open();
    }

    void stop(@Observes ShutdownEvent stopping) {
        close();
    }

    /**
     * Starts consuming where the group's committed offsets are. Together with {@link #close()} it is
     * what a restart of the service does to the stream, which tests use to show nothing is lost or
     * applied twice across one.
     */
    public synchronized void open() {
        Set<String> topics = handlers.stream().flatMap(h -> h.topics().stream()).collect(Collectors.toCollection(TreeSet::new));
        if (topics.isEmpty()) {
            return;
        }
        consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.copyOf(topics), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                if (!partitions.isEmpty() && nothingApplied()) {
                    // an empty read model (a new database, or one emptied to be rebuilt) is built from the
                    // whole history, whatever the group had committed before
                    LOG.infof("Nothing applied yet: reading %s from the beginning", partitions);
                    consumer.seekToBeginning(partitions);
                }
            }

            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                // offsets are committed after each batch: nothing is pending when partitions move
            }
        });
        running = true;
        worker = new Thread(this::consumeUntilStopped, "event-consumer");
        worker.setDaemon(true);
        worker.start();
        LOG.infof("Consuming %s as group %s", topics, group());
    }

    /** Stops consuming, whatever it is in the middle of: events applied but not yet committed come again. */
    public synchronized void close() {
        running = false;
        if (worker == null) {
            return;
        }
        consumer.wakeup();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker = null;
    }

    private void consumeUntilStopped() {
        try {
            while (running) {
                try {
                    consumeOnce();
                } catch (WakeupException stopping) {
                    throw stopping;
                } catch (RuntimeException e) {
                    // e.g. a commit refused during a rebalance: the uncommitted events come again and are
                    // recognised by id, so the loop carries on rather than leave the service deaf
                    LOG.warnf("Event consumer failed, will go on: %s", e.toString());
                    rest(config.consumer().retryInterval());
                }
            }
        } catch (WakeupException stopping) {
            // stop() woke the consumer to end the loop
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void consumeOnce() {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        if (records.isEmpty()) {
            return;
        }
        Map<TopicPartition, List<Delivery>> polled = new LinkedHashMap<>();
        for (TopicPartition partition : records.partitions()) {
            polled.put(partition, records.records(partition).stream().map(this::delivery).toList());
        }
        Map<TopicPartition, OffsetAndMetadata> done = applyTogether(polled) ? endsOf(polled) : applyOneByOne(polled);
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
    }

    /**
     * Applies a whole poll in one transaction: a backlog (a rebuild, a service back from a stop) is
     * caught up at one commit per poll rather than one per event. Each event's id is still recorded
     * with its change in that transaction, so exactly-once holds; when any event fails, nothing of
     * the poll is kept and {@link #applyOneByOne} finds which event it was.
     */
    private boolean applyTogether(Map<TopicPartition, List<Delivery>> polled) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Set<UUID> applied = AppliedEvent.appliedAmong(polled.values().stream().flatMap(List::stream)
                        .filter(Delivery::isEvent).map(Delivery::id).toList());
                for (List<Delivery> deliveries : polled.values()) {
                    for (Delivery delivery : deliveries) {
                        if (delivery.isEvent() && applied.add(delivery.id())) {
                            applyAndRecord(delivery);
                            // handlers mix entities with set-based SQL: each event must see the one
                            // before it in the database, and the session must not grow with the poll
                            AppliedEvent.getEntityManager().flush();
                            AppliedEvent.getEntityManager().clear();
                        }
                    }
                }
            });
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("A poll could not be applied together (%s); applying its events one by one", e.toString());
            return false;
        }
    }

    /**
     * Applies each event in a transaction of its own, so that those before a failing one are kept and
     * only its partition waits there: it is tried again after a pause, the other partitions go on.
     */
    private Map<TopicPartition, OffsetAndMetadata> applyOneByOne(Map<TopicPartition, List<Delivery>> polled) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (Map.Entry<TopicPartition, List<Delivery>> partition : polled.entrySet()) {
            for (Delivery delivery : partition.getValue()) {
                if (!applyOnce(delivery)) {
                    consumer.seek(partition.getKey(), delivery.record().offset());
                    rest(config.consumer().retryInterval());
                    break;
                }
                done.put(partition.getKey(), new OffsetAndMetadata(delivery.record().offset() + 1));
            }
        }
        return done;
    }

    private static Map<TopicPartition, OffsetAndMetadata> endsOf(Map<TopicPartition, List<Delivery>> polled) {
        Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
        polled.forEach((partition, deliveries) ->
                ends.put(partition, new OffsetAndMetadata(deliveries.get(deliveries.size() - 1).record().offset() + 1)));
        return ends;
    }

    /** Returns false when the event must be tried again. */
    private boolean applyOnce(Delivery delivery) {
        if (!delivery.isEvent()) {
            return true;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (!AppliedEvent.wasApplied(delivery.id())) {
                    applyAndRecord(delivery);
                }
            });
            return true;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Event %s (%s) could not be applied; will try again", delivery.event().id(), delivery.event().type());
            return false;
        }
    }

    private void applyAndRecord(Delivery delivery) {
        CloudEvent event = delivery.event();
        if (event.requestid() != null) {
            MDC.put(RequestIds.MDC_KEY, event.requestid());
        }
        try {
            for (EventHandler handler : handlers) {
                if (handler.topics().contains(delivery.record().topic())) {
                    handler.apply(event);
                }
            }
            AppliedEvent.record(delivery.id(), event.type());
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /** Reads a message once; one that is not a CloudEvent can never apply and is logged and passed over. */
    private Delivery delivery(ConsumerRecord<String, String> record) {
        try {
            CloudEvent event = json.readValue(record.value(), CloudEvent.class);
            return new Delivery(record, event, UUID.fromString(event.id()));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            LOG.errorf("Passing over a message that is not a CloudEvent at %s-%d@%d", record.topic(),
                    record.partition(), record.offset());
            return new Delivery(record, null, null);
        }
    }

    private record Delivery(ConsumerRecord<String, String> record, CloudEvent event, UUID id) {
        boolean isEvent() {
            return event != null;
        }
    }

    private static boolean nothingApplied() {
        return QuarkusTransaction.requiringNew().call(() -> AppliedEvent.findAll().firstResultOptional().isEmpty());
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> consumer = new HashMap<>(kafkaConfig);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, group());
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a new read model starts from the beginning of history
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.consumer().batchSize());
        consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, config.service() + "-events");
        return consumer;
    }

    private String group() {
        return config.consumer().group().orElse(config.service());
    }

    private void rest(Duration pause) {
        try {
            TimeUnit.MILLISECONDS.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
