package org.leadershipimpact.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * docs/events/asyncapi.yaml is the contract between the services that publish events and those that
 * read them, and it is held to both ends: a producer's events are documented as they are
 * ({@link #assertDocumented}) and conform to their schemas when read back from the topic
 * ({@link TopicReader}); every event a consumer's test feeds conforms too ({@link TopicWriter}), and
 * a consumer reads nothing of an event that its schema does not define ({@link #assertReadsDocumented}).
 */
public final class EventContract {

    private static final Path DOCUMENT = Path.of("../docs/events/asyncapi.yaml");
    private static final Pattern TYPE = Pattern.compile("org\\.leadershipimpact\\.([a-z]+)\\.([A-Za-z]+)\\.v[0-9]+");
    private static final Pattern CASE = Pattern.compile("case\\s+(\"[A-Za-z]+\"(?:\\s*,\\s*\"[A-Za-z]+\")*)\\s*(?:->|:)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT_IRI = DOCUMENT.toAbsolutePath().normalize().toUri().toString();
    private static final String TEXT = read();
    private static final JsonNode DOC = parse();
    // the schemas live inside an AsyncAPI document: its own keys (channels, components...) and `example`
    // are not JSON Schema keywords, and are read as annotations rather than warned about one by one
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword)).build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(DIALECT,
            registry -> registry.schemas(Map.of(DOCUMENT_IRI, TEXT)).schemaRegistryConfig(SchemaRegistryConfig.builder()
                    // uuid, date and date-time are promises consumers parse by: assert them, not just annotate
                    .formatAssertionsEnabled(true).locale(Locale.ENGLISH).build()));
    private static final Map<String, Schema> PAYLOADS = new ConcurrentHashMap<>();

    private EventContract() {
    }

    /**
     * Fails unless every record nested in {@code events} (except the {@code notEvents}) is documented,
     * with an example of exactly its fields and its CloudEvents type for {@code service}.
     */
    public static void assertDocumented(Class<?> events, String service, Set<String> notEvents) {
        for (Class<?> event : events.getDeclaredClasses()) {
            if (!event.isRecord() || notEvents.contains(event.getSimpleName())) {
                continue;
            }
            JsonNode message = message(event.getSimpleName());
            if (message == null) {
                throw new AssertionError(event.getSimpleName() + " is not documented in docs/events/asyncapi.yaml");
            }
            JsonNode example = message.path("examples").path(0).path("payload");
            String type = "org.leadershipimpact." + service + "." + event.getSimpleName() + ".v1";
            if (!type.equals(example.path("type").asText())) {
                throw new AssertionError(event.getSimpleName() + " example has type " + example.path("type") + ", not " + type);
            }
            Set<String> fields = Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
            Set<String> documented = new TreeSet<>();
            example.path("data").fieldNames().forEachRemaining(documented::add);
            if (!fields.equals(documented)) {
                throw new AssertionError(event.getSimpleName() + " has fields " + fields + " but its example shows " + documented);
            }
        }
    }

    /** As {@link #assertConforms(String, JsonNode)}, for an event as the text of a Kafka message. */
    public static void assertConforms(String topic, String event) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(event);
        } catch (IOException e) {
            throw new AssertionError(topic + ": not JSON, so not a CloudEvent: " + event, e);
        }
        assertConforms(topic, parsed);
    }

    /**
     * Fails, naming the event and every violation, unless {@code event} is a CloudEvent the document
     * shows on {@code topic}: its type names a message of that channel, and the whole event, envelope
     * and data, conforms to the message's payload schema and carries no field that schema does not
     * define. (The document lets producers add fields, and consumers must ignore fields they do not
     * know; so it does not say {@code additionalProperties: false}. But a field it does not define is,
     * in a test's event, a misspelling, and in a producer's, a field nobody documented.)
     */
    public static void assertConforms(String topic, JsonNode event) {
        String type = event.path("type").asText();
        Matcher matcher = TYPE.matcher(type);
        if (!matcher.matches()) {
            throw new AssertionError(topic + ": type " + event.path("type") + " is not org.leadershipimpact.<service>.<Name>.v<n>: "
                    + event);
        }
        String name = matcher.group(2);
        if (!channelMessages(topic).contains(name)) {
            throw new AssertionError(topic + ": " + type + " is not a message docs/events/asyncapi.yaml shows on " + topic
                    + " (it shows " + channelMessages(topic) + ")");
        }
        List<String> violations = new ArrayList<>();
        for (Error error : payload(name).validate(event)) {
            violations.add(error.toString());
        }
        undefinedFields(message(name).path("payload"), event, "", violations);
        if (!violations.isEmpty()) {
            throw new AssertionError(topic + ": " + type + " " + event.path("id") + " does not conform to components.messages."
                    + name + " in docs/events/asyncapi.yaml:\n  " + String.join("\n  ", violations) + "\n" + event.toPrettyString());
        }
    }

    /** The documented example of every message on {@code topic}, in the document's order, each with a fresh event id. */
    public static List<JsonNode> examples(String topic) {
        List<JsonNode> examples = new ArrayList<>();
        for (String name : channelMessages(topic)) {
            ObjectNode example = (ObjectNode) message(name).path("examples").path(0).path("payload").deepCopy();
            examples.add(example.put("id", UUID.randomUUID().toString()));
        }
        return examples;
    }

    /**
     * Fails unless a consumer's handler for {@code topic} (its source, {@code handler}) reads only what the
     * document defines: every event it has a {@code case} for is a message on {@code topic}, the test fed
     * at least one of each (it read some field of it), and every field read of every event
     * ({@code fieldsRead}: event name to paths such as {@code programme.title} or {@code values[].period})
     * is defined by that event's schema.
     */
    public static void assertReadsDocumented(String topic, Path handler, Map<String, Set<String>> fieldsRead) {
        List<String> wrong = new ArrayList<>();
        Set<String> messages = channelMessages(topic);
        for (String name : caseLabels(handler)) {
            if (!messages.contains(name)) {
                wrong.add(handler.getFileName() + " has a case for " + name + ", which is not a message on " + topic);
            } else if (!fieldsRead.containsKey(name)) {
                wrong.add("the test fed no " + name + ", so what " + handler.getFileName() + " reads of it is unchecked");
            }
        }
        fieldsRead.forEach((name, paths) -> {
            if (messages.contains(name)) {
                paths.stream().filter(path -> !defines(name, path)).sorted()
                        .forEach(path -> wrong.add(name + " is read for " + path + ", which its schema does not define"));
            }
        });
        if (!wrong.isEmpty()) {
            throw new AssertionError("Read against docs/events/asyncapi.yaml:\n  " + String.join("\n  ", wrong));
        }
    }

    /** Whether the data schema of message {@code name} defines {@code path}: {@code programme.title}, {@code values[].period}. */
    public static boolean defines(String name, String path) {
        JsonNode message = message(name);
        if (message == null) {
            return false;
        }
        JsonNode schema = message.path("payload");
        for (String step : ("data." + path).split("\\.")) {
            boolean items = step.endsWith("[]");
            schema = properties(schema).get(items ? step.substring(0, step.length() - 2) : step);
            if (schema != null && items) {
                schema = resolved(schema.get("items"));
            }
            if (schema == null) {
                return false;
            }
        }
        return true;
    }

    /** Every {@code case "Name"} label in a handler's source. */
    static Set<String> caseLabels(Path source) {
        Set<String> labels = new TreeSet<>();
        try {
            Matcher matcher = CASE.matcher(Files.readString(source));
            while (matcher.find()) {
                Arrays.stream(matcher.group(1).split(",")).map(label -> label.trim().replace("\"", "")).forEach(labels::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }

    /** Reports each field of {@code value}, at {@code at}, that {@code schema} does not define, down through objects and arrays. */
    private static void undefinedFields(JsonNode schema, JsonNode value, String at, List<String> found) {
        if (schema == null) {
            return;
        }
        if (value.isObject()) {
            Map<String, JsonNode> properties = properties(schema);
            if (properties.isEmpty()) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!properties.containsKey(field.getKey())) {
                    found.add(at + "/" + field.getKey() + ": not defined by the schema");
                } else {
                    undefinedFields(properties.get(field.getKey()), field.getValue(), at + "/" + field.getKey(), found);
                }
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                undefinedFields(resolved(schema.get("items")), value.get(i), at + "/" + i, found);
            }
        }
    }

    /** The properties a schema defines, its own and those of every schema in its {@code allOf}. */
    private static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode resolved = resolved(schema);
        resolved.path("allOf").forEach(part -> properties.putAll(properties(part)));
        resolved.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), resolved(p.getValue())));
        return properties;
    }

    private static JsonNode resolved(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return schema;
        }
        return DOC.at(schema.get("$ref").asText().substring(1));
    }

    private static Set<String> channelMessages(String topic) {
        for (JsonNode channel : DOC.path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                Set<String> names = new LinkedHashSet<>();
                for (JsonNode message : channel.path("messages")) {
                    String ref = message.path("$ref").asText();
                    names.add(ref.substring(ref.lastIndexOf('/') + 1));
                }
                return names;
            }
        }
        throw new AssertionError("docs/events/asyncapi.yaml has no channel at " + topic);
    }

    private static JsonNode message(String name) {
        JsonNode message = DOC.path("components").path("messages").get(name);
        return message == null || !message.isObject() ? null : message;
    }

    private static Schema payload(String name) {
        return PAYLOADS.computeIfAbsent(name, n -> SCHEMAS.getSchema(
                SchemaLocation.of(DOCUMENT_IRI + "#/components/messages/" + n + "/payload")));
    }

    private static String read() {
        try {
            return Files.readString(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse() {
        try {
            return new YAMLMapper().readTree(TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
