package org.leadershipimpact.programmes;

import org.junit.jupiter.api.Test;
import org.leadershipimpact.programmes.events.ProgrammeEvents;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** docs/events/asyncapi.yaml is the contract consumers read: every event this service publishes is in it, as it is. */
class EventDocumentationTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyEventIsDocumentedWithAnExampleOfExactlyItsFields() throws IOException {
        Map<String, Object> messages;
        try (Reader reader = Files.newBufferedReader(Path.of("../docs/events/asyncapi.yaml"))) {
            Map<String, Object> doc = new Yaml().load(reader);
            messages = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("messages");
        }
        for (Class<?> event : ProgrammeEvents.class.getDeclaredClasses()) {
            if (!event.isRecord() || event.getSimpleName().equals("ProgrammeFacts")) {
                continue;
            }
            Map<String, Object> message = (Map<String, Object>) messages.get(event.getSimpleName());
            assertNotNull(message, event.getSimpleName() + " is documented");
            Map<String, Object> example = (Map<String, Object>) ((Map<String, Object>)
                    ((java.util.List<Object>) message.get("examples")).get(0)).get("payload");
            assertEquals("org.leadershipimpact.programmes." + event.getSimpleName() + ".v1", example.get("type"));
            Set<String> fields = Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
            assertEquals(fields, ((Map<String, Object>) example.get("data")).keySet(), event.getSimpleName() + " example's fields");
        }
    }
}
