package org.leadershipimpact.projects;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.platform.events.EventData;
import org.leadershipimpact.testsupport.ConsumerLag;
import org.leadershipimpact.testsupport.EventContract;
import org.leadershipimpact.testsupport.TopicWriter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Projects reads of programmes-service's events only what docs/events/asyncapi.yaml promises. With the
 * documented example of every message on programmes.events applied, ProgrammesHeard has read each event
 * it has a case for, and every field it read (through {@link EventData}) is one the event's schema defines.
 */
@QuarkusTest
class ConsumedEventsTest {

    private static final String TOPIC = "programmes.events";

    @Test
    void programmesHeardReadsOnlyFieldsTheEventsSchemasDefine() {
        try (TopicWriter kafka = new TopicWriter()) {
            kafka.sendExamples(TOPIC);
        }
        try {
            ConsumerLag.awaitCaughtUp("projects", List.of(TOPIC), Duration.ofSeconds(60));
        } finally {
            // checked even when the events could not all be applied: a misread field is often why
            EventContract.assertReadsDocumented(TOPIC, Path.of("src/main/java/org/leadershipimpact/projects/events/ProgrammesHeard.java"),
                    EventData.fieldsRead());
        }
    }
}
