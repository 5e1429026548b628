package org.leadershipimpact.testsupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Writes raw messages to the test JVM's real Kafka, as another service (or a misbehaving one) would. */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new StringSerializer());

    /**
     * Sends a CloudEvent as a producer would, and waits for Kafka's acknowledgement; fails first unless
     * it conforms to docs/events/asyncapi.yaml ({@link EventContract#assertConforms(String, String)}), so
     * that consumers are tested with the events producers promise, not with what a test thought they send.
     */
    public void send(String topic, String key, String event) {
        EventContract.assertConforms(topic, event);
        sendUnchecked(topic, key, event);
    }

    /** Sends the documented example of every message on {@code topic} (each with a fresh id), keyed by its subject. */
    public void sendExamples(String topic) {
        EventContract.examples(topic).forEach(example -> send(topic, example.path("subject").asText(), example.toString()));
    }

    /** Sends anything, as a misbehaving producer would (not JSON, a type nobody documented), and waits for the acknowledgement. */
    public void sendUnchecked(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the test message", e.getCause());
        }
    }

    /** The partition Kafka's default partitioner gives {@code key} on {@code topic}, as it does for every producer here. */
    public int partitionOf(String topic, String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % producer.partitionsFor(topic).size();
    }

    @Override
    public void close() {
        producer.close();
    }
}
