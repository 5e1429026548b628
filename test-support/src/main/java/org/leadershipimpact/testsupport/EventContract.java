package org.leadershipimpact.testsupport;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** docs/events/asyncapi.yaml is the contract consumers read: it must show each event a service publishes as it is. */
public final class EventContract {

    private EventContract() {
    }

    /**
     * Fails unless every record nested in {@code events} (except the {@code notEvents}) is documented,
     * with an example of exactly its fields and its CloudEvents type for {@code service}.
     */
    @SuppressWarnings("unchecked")
    public static void assertDocumented(Class<?> events, String service, Set<String> notEvents) {
        Map<String, Object> messages;
        try (Reader reader = Files.newBufferedReader(Path.of("../docs/events/asyncapi.yaml"))) {
            Map<String, Object> doc = new Yaml().load(reader);
            messages = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("messages");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Class<?> event : events.getDeclaredClasses()) {
            if (!event.isRecord() || notEvents.contains(event.getSimpleName())) {
                continue;
            }
            Map<String, Object> message = (Map<String, Object>) messages.get(event.getSimpleName());
            if (message == null) {
                throw new AssertionError(event.getSimpleName() + " is not documented in docs/events/asyncapi.yaml");
            }
            Map<String, Object> example = (Map<String, Object>) ((Map<String, Object>)
                    ((List<Object>) message.get("examples")).get(0)).get("payload");
            String type = "org.leadershipimpact." + service + "." + event.getSimpleName() + ".v1";
            if (!type.equals(example.get("type"))) {
                throw new AssertionError(event.getSimpleName() + " example has type " + example.get("type") + ", not " + type);
            }
            Set<String> fields = Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
            Set<String> documented = ((Map<String, Object>) example.get("data")).keySet();
            if (!fields.equals(documented)) {
                throw new AssertionError(event.getSimpleName() + " has fields " + fields + " but its example shows " + documented);
            }
        }
    }
}
