package org.leadershipimpact.systemtests;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/** evaluation-service's Kafka consumer group, seen from outside as an operator sees it with Kafka's admin tools. */
final class EvaluationGroup implements AutoCloseable {

    static final String GROUP = "evaluation";
    private static final List<String> TOPICS = List.of("programmes.events", "projects.events");

    private final Admin admin;

    EvaluationGroup(int kafkaPort) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort));
    }

    ConsumerGroupDescription describe() {
        return get(admin.describeConsumerGroups(List.of(GROUP)).all()).get(GROUP);
    }

    /** Waits until the group is as {@code wanted} says, and returns it so. */
    ConsumerGroupDescription await(String what, Predicate<ConsumerGroupDescription> wanted, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        ConsumerGroupDescription group = describe();
        while (!wanted.test(group)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("evaluation's consumer group did not come to " + what + " within " + patience + ": " + group);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            group = describe();
        }
        return group;
    }

    /** The group is stable with {@code members} members, each reading part of programmes.events (where the scenarios' streams go). */
    static boolean hasMembersEachReadingProgrammes(ConsumerGroupDescription group, int members) {
        return group.groupState() == GroupState.STABLE && group.members().size() == members
                && group.members().stream().map(MemberDescription::assignment)
                .allMatch(a -> a.topicPartitions().stream().anyMatch(p -> p.topic().equals("programmes.events")));
    }

    static boolean isEmpty(ConsumerGroupDescription group) {
        return group.groupState() == GroupState.EMPTY;
    }

    /** Sets the group's committed offsets back to the first message of every partition: everything will be delivered again. */
    Map<TopicPartition, Long> rewindToEarliest() {
        Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
        offsets(OffsetSpec.earliest()).forEach((partition, offset) -> earliest.put(partition, new OffsetAndMetadata(offset)));
        get(admin.alterConsumerGroupOffsets(GROUP, earliest).all());
        Map<TopicPartition, Long> committed = committed();
        earliest.forEach((partition, offset) -> {
            if (committed.getOrDefault(partition, -1L) != offset.offset()) {
                throw new AssertionError("the group's offset of " + partition + " is " + committed.get(partition) + ", not " + offset.offset());
            }
        });
        return committed;
    }

    /** Messages on evaluation's topics not yet committed by the group as applied. */
    long lag() {
        Map<TopicPartition, Long> committed = committed();
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : offsets(OffsetSpec.latest()).entrySet()) {
            lag += end.getValue() - committed.getOrDefault(end.getKey(), 0L);
        }
        return lag;
    }

    /** Waits until the group has committed every message on its topics as applied. */
    void awaitCaughtUp(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        long lag = lag();
        while (lag > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("evaluation's consumer group still had " + lag + " messages to apply after " + patience);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            lag = lag();
        }
    }

    /** Messages on evaluation's topics, from the first to the last of every partition. */
    long messages() {
        Map<TopicPartition, Long> earliest = offsets(OffsetSpec.earliest());
        return offsets(OffsetSpec.latest()).entrySet().stream().mapToLong(e -> e.getValue() - earliest.get(e.getKey())).sum();
    }

    Map<TopicPartition, Long> committed() {
        Map<TopicPartition, Long> committed = new HashMap<>();
        get(admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata()).forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset.offset());
            }
        });
        return committed;
    }

    private Map<TopicPartition, Long> offsets(OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        get(admin.describeTopics(TOPICS).allTopicNames()).forEach((topic, description) ->
                description.partitions().forEach(p -> wanted.put(new TopicPartition(topic, p.partition()), spec)));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offset : get(admin.listOffsets(wanted).all()).entrySet()) {
            offsets.put(offset.getKey(), offset.getValue().offset());
        }
        return offsets;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka's admin client failed", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
