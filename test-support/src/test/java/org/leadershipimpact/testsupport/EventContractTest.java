package org.leadershipimpact.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventContractTest {

    private static final String PROGRAMMES = "programmes.events";

    private static ObjectNode example(String topic, String name) {
        return (ObjectNode) EventContract.examples(topic).stream()
                .filter(e -> e.path("type").asText().contains("." + name + ".")).findFirst().orElseThrow();
    }

    private static String failure(String topic, JsonNode event) {
        return assertThrows(AssertionError.class, () -> EventContract.assertConforms(topic, event)).getMessage();
    }

    @Test
    void everyDocumentedExampleConformsToItsMessage() {
        for (String topic : List.of(PROGRAMMES, "projects.events")) {
            List<JsonNode> examples = EventContract.examples(topic);
            assertTrue(examples.size() > 10, topic + " carries its events");
            examples.forEach(example -> EventContract.assertConforms(topic, example));
        }
    }

    @Test
    void aMisspeltFieldIsNamedWithTheRequiredOneItMissesAndTheEvent() {
        ObjectNode event = example(PROGRAMMES, "SessionScheduled");
        ObjectNode data = (ObjectNode) event.get("data");
        data.set("tittle", data.remove("title"));
        String failure = failure(PROGRAMMES, event);
        assertTrue(failure.contains("SessionScheduled.v1 \"" + event.path("id").asText() + "\""), failure);
        assertTrue(failure.contains("/data/tittle: not defined by the schema"), failure);
        assertTrue(failure.contains("title"), failure);
    }

    @Test
    void everyViolationIsListedEnvelopeAndDataAlike() {
        ObjectNode event = example("projects.events", "MeasureChartChanged");
        event.put("time", "yesterday").put("specversion", "0.3");
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("measureId", "not-a-uuid").put("variation", "SOMEWHAT_BETTER");
        ((ObjectNode) data.get("signals").get(0)).put("from", "2025-02-30").put("colour", "blue");
        ((ObjectNode) data.get("segments").get(0)).put("lowerLimit", "low");
        String failure = failure("projects.events", event);
        for (String named : List.of("time", "specversion", "measureId", "variation", "from", "/data/signals/0/colour",
                "/data/segments/0/lowerLimit")) {
            assertTrue(failure.contains(named), named + " in " + failure);
        }
    }

    @Test
    void aChartAnnouncedBeforeItCarriedSegmentsStillConformsAndLimitsMayBeNull() {
        ObjectNode old = example("projects.events", "MeasureChartChanged");
        ((ObjectNode) old.get("data")).remove("segments");
        EventContract.assertConforms("projects.events", old.toString());
        ObjectNode shortSegment = example("projects.events", "MeasureChartChanged");
        ((ObjectNode) shortSegment.get("data").get("segments").get(0)).putNull("lowerLimit").putNull("upperLimit");
        EventContract.assertConforms("projects.events", shortSegment.toString());
    }

    @Test
    void aNullWhereTheSchemaSaysStringFails() {
        ObjectNode event = example(PROGRAMMES, "ParticipantRegistered");
        ((ObjectNode) event.get("data")).putNull("organisationId");
        assertTrue(failure(PROGRAMMES, event).contains("organisationId"));
    }

    @Test
    void aTypeTheDocumentDoesNotHaveOrOnAnotherTopicFails() {
        ObjectNode unknown = example(PROGRAMMES, "ProgrammeCreated").put("type", "org.leadershipimpact.programmes.SomethingNew.v1");
        assertTrue(failure(PROGRAMMES, unknown).contains("SomethingNew.v1 is not a message"));
        ObjectNode elsewhere = example(PROGRAMMES, "ProgrammeCreated");
        assertTrue(failure("projects.events", elsewhere).contains("is not a message docs/events/asyncapi.yaml shows on projects.events"));
        assertThrows(AssertionError.class, () -> EventContract.assertConforms(PROGRAMMES, "this is not JSON"));
    }

    @Test
    void fieldPathsAreDefinedThroughNestedObjectsAndArrays() {
        assertTrue(EventContract.defines("ProgrammeCreated", "programme.title"));
        assertTrue(EventContract.defines("EnrolmentCompleted", "creditsAwarded.level"));
        assertTrue(EventContract.defines("DataPointsRecorded", "values[].period"));
        assertTrue(EventContract.defines("MeasureChartChanged", "signals[].pointType"));
        assertTrue(EventContract.defines("MeasureChartChanged", "segments[].upperLimit"));
        assertFalse(EventContract.defines("MeasureChartChanged", "segments[].upperLimits"));
        assertFalse(EventContract.defines("ProgrammeCreated", "programme.tittle"));
        assertFalse(EventContract.defines("ProgrammeCreated", "title"));
        assertFalse(EventContract.defines("DataPointsRecorded", "values[].periods"));
        assertFalse(EventContract.defines("SomethingNew", "systemCode"));
    }

    @Test
    void aHandlerReadingAFieldItsSchemaDoesNotDefineOrACaseForAnUndocumentedEventFails(@TempDir Path dir) throws IOException {
        Path handler = dir.resolve("Handler.java");
        Files.writeString(handler, """
                switch (event.name()) {
                    case "CohortCreated", "CohortUpdated" -> cohort(d);
                    case "SessionScheduled" -> session(d);
                    default -> { }
                }""");
        Map<String, Set<String>> read = Map.of("CohortCreated", Set.of("name"), "CohortUpdated", Set.of("name"),
                "SessionScheduled", Set.of("title", "date"));
        EventContract.assertReadsDocumented(PROGRAMMES, handler, read);

        String misspelt = assertThrows(AssertionError.class, () -> EventContract.assertReadsDocumented(PROGRAMMES, handler,
                Map.of("CohortCreated", Set.of("name"), "CohortUpdated", Set.of("name"), "SessionScheduled", Set.of("tittle")))).getMessage();
        assertTrue(misspelt.contains("SessionScheduled is read for tittle"), misspelt);

        String unfed = assertThrows(AssertionError.class, () -> EventContract.assertReadsDocumented(PROGRAMMES, handler,
                Map.of("CohortCreated", Set.of("name"), "SessionScheduled", Set.of("title")))).getMessage();
        assertTrue(unfed.contains("the test fed no CohortUpdated"), unfed);

        Files.writeString(handler, "case \"SessionSchedulled\": session(d); break;");
        String undocumented = assertThrows(AssertionError.class, () -> EventContract.assertReadsDocumented(PROGRAMMES, handler, read))
                .getMessage();
        assertTrue(undocumented.contains("case for SessionSchedulled, which is not a message on programmes.events"), undocumented);
    }
}
