package org.leadershipimpact.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.leadershipimpact.platform.events.CloudEvent;
import org.leadershipimpact.platform.events.EventsConfig;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to the service's topic in the order they were written, with an idempotent
 * producer that waits for every in-sync replica (acks=all). A row is marked published only after
 * Kafka acknowledged it, so Kafka being down delays events but never loses one; a crash between the
 * acknowledgement and the mark sends a row twice, which consumers absorb by event id.
 * One relay works at a time across all replicas of a service (a PostgreSQL advisory lock), which
 * keeps each aggregate's events in order.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Kafka's retention for "never delete". */
    private static final String KEPT_FOREVER = "-1";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EventsConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    void start(@Observes StartupEvent started) {
        if (config.topic().isEmpty()) {
            return;
        }
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (worker == null) {
            return;
        }
        wakeUp.release();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(java.time.Duration.ofSeconds(5));
    }

    /** Wakes the relay as soon as a transaction that wrote events has committed. */
    void onEventsWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.EventsWritten written) {
        wakeUp.release();
    }

    private void relayUntilStopped() {
        createTopicIfMissing();
        while (running) {
            long rest = config.outbox().idleInterval().toMillis();
            try {
                int sent = relayBatch();
                if (sent == config.outbox().batchSize()) {
                    continue;
                }
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not publish to %s, will retry: %s", topic(), e.getMessage());
                rest = config.outbox().retryInterval().toMillis();
            }
            rest(rest);
        }
    }

    /** Publishes the next batch; returns how many events Kafka acknowledged. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!holdsRelayLock()) {
                return 0;
            }
            List<OutboxEvent> batch = OutboxEvent.nextUnpublished(config.outbox().batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch) {
                acks.add(producer.send(record(event)));
            }
            producer.flush();
            Instant now = Instant.now();
            int acknowledged = 0;
            for (int i = 0; i < batch.size(); i++) {
                if (!acknowledged(acks.get(i), batch.get(i))) {
                    break;
                }
                batch.get(i).publishedAt = now;
                acknowledged++;
            }
            return acknowledged;
        });
    }

    private boolean holdsRelayLock() {
        Object locked = entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('outbox-relay'))")
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private ProducerRecord<String, String> record(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic(), event.aggregateId, event.payload);
        record.headers().add(new RecordHeader("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static boolean acknowledged(Future<RecordMetadata> ack, OutboxEvent event) {
        try {
            ack.get(0, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warnf("Event %s (%s) not acknowledged by Kafka yet: %s", event.id, event.type, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void createTopicIfMissing() {
        Map<String, Object> adminConfig = new HashMap<>(kafkaConfig);
        adminConfig.keySet().retainAll(List.of("bootstrap.servers", "security.protocol", "sasl.mechanism", "sasl.jaas.config"));
        adminConfig.put("request.timeout.ms", 10_000);
        adminConfig.put("default.api.timeout.ms", 15_000);
        try (Admin admin = Admin.create(adminConfig)) {
            try {
                admin.createTopics(List.of(new NewTopic(topic(), config.partitions(), (short) -1)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, KEPT_FOREVER)))).all().get();
                LOG.infof("Created topic %s", topic());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                keepForever(admin);
            }
        } catch (ExecutionException e) {
            LOG.warnf("Could not create topic %s or keep its events for ever (the broker may create it on first use): %s",
                    topic(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The topic is the history every read model is rebuilt from, so its events must never expire. A topic
     * made before (by a consumer, through the broker's automatic creation, with the broker's retention of
     * a week by default) is set to keep them: a rebuild a week later would otherwise miss the oldest
     * events and show figures that no error reveals.
     */
    private void keepForever(Admin admin) throws ExecutionException, InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic());
        ConfigEntry retention = admin.describeConfigs(List.of(resource)).all().get().get(resource).get(TopicConfig.RETENTION_MS_CONFIG);
        if (retention == null || !KEPT_FOREVER.equals(retention.value())) {
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, KEPT_FOREVER), AlterConfigOp.OpType.SET)))).all().get();
            LOG.infof("Topic %s now keeps its events for ever (its retention was %s ms)", topic(), retention == null ? "unknown" : retention.value());
        }
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> producer = new HashMap<>(kafkaConfig);
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producer.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producer.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Bounded waits: when Kafka is down the relay gives up on this batch and tries again later,
        // rather than holding its database transaction open for minutes
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, config.service() + "-outbox-relay");
        return producer;
    }

    private String topic() {
        return config.topic().orElseThrow();
    }

    private void rest(long millis) {
        try {
            wakeUp.tryAcquire(millis, TimeUnit.MILLISECONDS);
            // wake-ups that came while we worked are answered by the batch we are about to run
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
