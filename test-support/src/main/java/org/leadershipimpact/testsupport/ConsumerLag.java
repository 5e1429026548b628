package org.leadershipimpact.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether a consumer group has caught up: every partition of its topics committed to the end. Our
 * consumer commits only what it has applied, so once caught up, every event sent before was applied.
 */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    public static void awaitCaughtUp(String group, List<String> topics, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers()))) {
            Instant deadline = Instant.now().plus(timeout);
            Map<TopicPartition, Long> behind = lag(admin, group, topics);
            while (!behind.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Group " + group + " still behind after " + timeout + ": " + behind);
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                behind = lag(admin, group, topics);
            }
        }
    }

    private static Map<TopicPartition, Long> lag(Admin admin, String group, List<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().values().forEach(topic -> topic.partitions()
                    .forEach(p -> ends.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(ends).all().get().forEach((partition, info) -> end.put(partition, info.offset()));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> behind = new HashMap<>();
            end.forEach((partition, last) -> {
                OffsetAndMetadata done = committed.get(partition);
                long position = done == null ? 0 : done.offset();
                if (position < last) {
                    behind.put(partition, last - position);
                }
            });
            return behind;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka could not tell the group's lag", e.getCause());
        }
    }
}
