package org.leadershipimpact.evaluation;

import org.leadershipimpact.testsupport.ConsumerLag;
import org.leadershipimpact.testsupport.TopicWriter;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

final class Fixtures {

    private static final List<String> TOPICS = List.of("programmes.events", "projects.events");

    private Fixtures() {
    }

    /** A system code no other test uses, so each test's figures are its own. */
    static String newSystem() {
        return "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    /** A new {@link Story}, told through Kafka and applied. */
    static Story told(TopicWriter kafka) {
        Story story = new Story(newSystem());
        send(kafka, story.messages);
        awaitApplied();
        return story;
    }

    static void send(TopicWriter kafka, List<Story.Message> messages) {
        messages.forEach(m -> kafka.send(m.topic(), m.key(), m.value()));
    }

    /** Until evaluation's consumer group has committed to the end of both topics: every event sent before is applied. */
    static void awaitApplied() {
        ConsumerLag.awaitCaughtUp("evaluation", TOPICS, Duration.ofSeconds(60));
    }
}
