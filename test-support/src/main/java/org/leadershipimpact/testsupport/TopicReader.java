package org.leadershipimpact.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads a topic of the test JVM's real Kafka from the beginning, as an independent consumer would, and
 * holds every message it reads to docs/events/asyncapi.yaml: a producer's test that reads its topic
 * fails on any event published so far, by any test, that does not conform to its schema.
 */
public final class TopicReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final List<Message> seen = new ArrayList<>();

    public TopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** A message as read: its key and its value parsed as JSON (a CloudEvent on our topics). */
    public record Message(String key, JsonNode value) {
    }

    /**
     * Reads until the messages that match {@code wanted} number at least {@code count}, or fails
     * once {@code timeout} has passed; returns the matching messages seen so far.
     */
    public List<Message> await(Predicate<Message> wanted, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Message> matching = matching(wanted);
        while (matching.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " matching messages within " + timeout
                        + " but saw " + matching.size() + " among " + seen.size());
            }
            poll(Duration.ofMillis(200));
            matching = matching(wanted);
        }
        return matching;
    }

    /** Every message that arrives within {@code window}: to show that nothing more came. */
    public List<Message> readFor(Predicate<Message> wanted, Duration window) {
        Instant end = Instant.now().plus(window);
        while (Instant.now().isBefore(end)) {
            poll(Duration.ofMillis(200));
        }
        return matching(wanted);
    }

    private void poll(Duration timeout) {
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            JsonNode event;
            try {
                event = JSON.readTree(record.value());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON on the topic: offset " + record.offset(), e);
            }
            EventContract.assertConforms(record.topic(), event);
            seen.add(new Message(record.key(), event));
        }
    }

    private List<Message> matching(Predicate<Message> wanted) {
        return seen.stream().filter(wanted).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
