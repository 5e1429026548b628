package org.leadershipimpact.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.time.api.Dates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Valid values for a schema of the merged document, drawn by jqwik's arbitraries from one
 * {@link Random} (so a seed replays them): every required property and about half of the optional
 * ones, within their lengths, limits and patterns, and ids of records the system really has.
 */
final class JsonValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Arbitrary<String> TEXT = Arbitraries.strings().withCharRange('a', 'z').withChars(" -'.,é’")
            .ofMinLength(1).ofMaxLength(30).map(s -> "F" + s);
    private static final Arbitrary<LocalDate> DATES = Dates.dates().between(LocalDate.of(2018, 1, 1), LocalDate.of(2027, 12, 31));

    private final Random random;

    JsonValues(Random random) {
        this.random = random;
    }

    <T> T draw(Arbitrary<T> arbitrary) {
        return arbitrary.generator(100).next(random).value();
    }

    JsonNode value(String field, JsonNode schema, FuzzRecords records) {
        if (schema.has("enum")) {
            // the example is the move a client usually makes (a programme opened): taken half the time, so that deeper states are reached
            if (schema.has("examples") && random.nextBoolean()) {
                return schema.get("examples").get(0);
            }
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        return switch (schema.path("type").asText("object")) {
            case "object" -> object(schema, records);
            case "array" -> array(field, schema, records);
            case "integer" -> JSON.numberNode(integer(schema));
            case "number" -> number(schema);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            default -> JSON.textNode(string(field, schema, records));
        };
    }

    ObjectNode object(JsonNode schema, FuzzRecords records) {
        ObjectNode object = JSON.objectNode();
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (required.contains(name) || random.nextBoolean()) {
                object.set(name, value(name, schema.get("properties").get(name), records));
            }
        }
        return object;
    }

    private ArrayNode array(String field, JsonNode schema, FuzzRecords records) {
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(3), Math.max(min, 3));
        int size = draw(Arbitraries.integers().between(min, max));
        ArrayNode array = JSON.arrayNode();
        Set<JsonNode> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            JsonNode item = value(field, schema.path("items"), records);
            if (!schema.path("uniqueItems").asBoolean(false) || seen.add(item)) {
                array.add(item);
            }
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 1000;
        return draw(Arbitraries.longs().between(min, Math.min(max, min + 1_000_000)));
    }

    private JsonNode number(JsonNode schema) {
        // OpenAPI 3.1 states an open bound as a number of its own: exclusiveMinimum 0 is "more than 0" (pounds per unit)
        double min = schema.has("exclusiveMinimum") ? schema.get("exclusiveMinimum").asDouble() + 0.01 : schema.path("minimum").asDouble(-1000);
        double max = schema.has("exclusiveMaximum") ? schema.get("exclusiveMaximum").asDouble() - 0.01 : schema.path("maximum").asDouble(min + 100_000);
        BigDecimal value = draw(Arbitraries.bigDecimals().between(BigDecimal.valueOf(min), BigDecimal.valueOf(max)).ofScale(2));
        return JSON.numberNode(value);
    }

    private String string(String field, JsonNode schema, FuzzRecords records) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        if (format.equals("uuid") || pattern.startsWith("[a-fA-F0-9]{8}")) {
            return id(FuzzRecords.kindOfField(field), records);
        }
        if (format.equals("date")) {
            return draw(DATES).toString();
        }
        if (format.equals("date-time")) {
            return draw(DATES).atStartOfDay() + "Z";
        }
        if (field.equals("systemCode") || field.equals("system")) {
            return records.system;
        }
        if (field.equals("email")) {
            return "fuzz." + Long.toHexString(random.nextLong()) + "@example.org";
        }
        if (pattern.isEmpty() || pattern.equals("\\S")) {
            String text = draw(TEXT);
            int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
            return text.length() > max ? text.substring(0, max) : text;
        }
        if (schema.has("examples")) {
            return schema.get("examples").get(0).asText();
        }
        return schema.has("default") ? schema.get("default").asText() : "X1";
    }

    /** An id of a known record of the kind the field names; any id when the kind is not known or nothing is known of it yet. */
    String id(String kind, FuzzRecords records) {
        FuzzRecords.Known known = kind == null ? null : records.pick(kind, random);
        return known != null ? known.id() : new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
