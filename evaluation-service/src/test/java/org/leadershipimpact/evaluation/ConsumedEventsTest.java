package org.leadershipimpact.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.evaluation.events.ProgrammeEvents;
import org.leadershipimpact.evaluation.events.ProjectEvents;
import org.leadershipimpact.platform.events.EventData;
import org.leadershipimpact.testsupport.EventContract;
import org.leadershipimpact.testsupport.TopicWriter;

import java.nio.file.Path;

/**
 * Evaluation reads of the producers' events only what docs/events/asyncapi.yaml promises. With the
 * documented example of every message on both topics applied, its handlers have read each event they
 * have a case for, and every field they read (through {@link EventData}) is one the event's schema defines.
 */
@QuarkusTest
class ConsumedEventsTest {

    private static final Path HANDLERS = Path.of("src/main/java/org/leadershipimpact/evaluation/events");

    @Test
    void theHandlersReadOnlyFieldsTheEventsSchemasDefine() {
        try (TopicWriter kafka = new TopicWriter()) {
            kafka.sendExamples(ProgrammeEvents.TOPIC);
            kafka.sendExamples(ProjectEvents.TOPIC);
        }
        try {
            Fixtures.awaitApplied();
        } finally {
            // checked even when the events could not all be applied: a misread field is often why
            EventContract.assertReadsDocumented(ProgrammeEvents.TOPIC, HANDLERS.resolve("ProgrammeEvents.java"), EventData.fieldsRead());
            EventContract.assertReadsDocumented(ProjectEvents.TOPIC, HANDLERS.resolve("ProjectEvents.java"), EventData.fieldsRead());
        }
    }
}
