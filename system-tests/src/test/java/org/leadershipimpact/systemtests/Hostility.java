package org.leadershipimpact.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.leadershipimpact.systemtests.RawHttp.Header;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a request does to the platform besides asking properly: each kind bends a valid request one
 * way, and says so when it cannot (a body kind for an operation without a body), so that another is
 * drawn. The weights make about a third of the requests valid, so that records are made and deeper
 * states reached, and spread the rest over every kind of hostile input.
 */
enum Hostility {

    VALID("valid", 250) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            return true;
        }
    },
    WRONG_TYPE("wrong type", 30) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            return Slot.replaceAny(probe, ground, slot -> Slot.otherType(slot.value(), ground.random()));
        }
    },
    NULL_BODY("null body", 8) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            if (!probe.hasBody()) {
                return false;
            }
            probe.json = null;
            probe.text = ground.pick(List.of("null", "[null]", "[]", "\"\"", "0"));
            return true;
        }
    },
    NULL_FIELD("null field", 25) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            return Slot.replaceAny(probe, ground, slot -> JSON.nullNode());
        }
    },
    NULL_IN_LIST("null in a list", 25) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            List<Slot> lists = Slot.all(probe.json).stream().filter(s -> s.value().isArray()).toList();
            if (lists.isEmpty()) {
                return false;
            }
            ArrayNode list = (ArrayNode) ground.pick(lists).value();
            switch (ground.random().nextInt(3)) {
                case 0 -> list.insertNull(0);
                case 1 -> list.addNull();
                default -> list.add(JSON.arrayNode());
            }
            return true;
        }
    },
    MISSING_REQUIRED("missing required field", 25) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            List<Slot> objects = Slot.all(probe.json).stream().filter(s -> s.value().isObject() && s.value().size() > 0).toList();
            if (objects.isEmpty()) {
                return false;
            }
            ObjectNode object = (ObjectNode) ground.pick(objects).value();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.remove(ground.pick(names));
            return true;
        }
    },
    UNKNOWN_FIELD("unknown field", 15) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            List<Slot> objects = Slot.all(probe.json).stream().filter(s -> s.value().isObject()).toList();
            if (objects.isEmpty()) {
                return false;
            }
            ((ObjectNode) ground.pick(objects).value()).put(ground.pick(List.of("fuzzUnknown", "id", "systemCode", "__proto__", "createdAt")),
                    ground.pick(List.of("x", "01a22ee6-944a-7bce-a4f8-2a71f9c8d84f")));
            return true;
        }
    },
    DUPLICATE_KEY("duplicate key", 20) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            if (probe.json == null || !probe.json.isObject() || probe.json.size() == 0) {
                return false;
            }
            String first = probe.json.fieldNames().next();
            String text = probe.bodyText();
            probe.json = null;
            probe.text = "{\"" + first + "\":" + ground.pick(List.of("null", "1", "\"x\"", "{}")) + "," + text.substring(1);
            return true;
        }
    },
    HUGE_STRING("huge string", 12) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            int length = ground.pick(List.of(10_001, 100_000, 1_000_000));
            return Slot.replaceText(probe, ground, text -> "x".repeat(length));
        }
    },
    NUL_CHARACTER("NUL character", 30) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            if (probe.json != null && ground.random().nextBoolean()) {
                return Slot.replaceText(probe, ground, text -> ground.pick(List.of(text + "\u0000", "\u0000", "a\u0000b" + text)));
            }
            return Parameters.replaceOne(probe, ground, "%00");
        }
    },
    CONTROL_CHARACTERS("control characters", 15) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            return Slot.replaceText(probe, ground,
                    text -> text + ground.pick(List.of("\u0001\u0002\u001f", "\u007f", "\u0085", "\r\n", "\u2028\u2029", "\b\f\t")));
        }
    },
    UNICODE_EDGES("unicode edge cases", 15) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            if (probe.json != null && ground.random().nextInt(3) == 0) {
                // a lone surrogate is invalid UTF-16: only as a JSON escape can it be sent at all
                if (!Slot.replaceText(probe, ground, text -> MARKER)) {
                    return false;
                }
                probe.text = probe.bodyText().replace(MARKER, ground.pick(List.of("\\ud800", "x\\udfff", "\\udc00\\ud800")));
                probe.json = null;
                return true;
            }
            return Slot.replaceText(probe, ground, text -> ground.pick(List.of(
                    "\ufeff" + text, text + "\u202e" + "evil", "😀".repeat(50), "e\u0301\u0301\u0301\u0301", "\uffff\ufffe",
                    "\u200b", "𝕏𝕐", "İı", "ǅ")));
        }
    },
    NUMBER_LIMITS("number at or past its limit", 30) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            List<Slot> numbers = Slot.all(probe.json).stream().filter(s -> s.value().isNumber() && s.parent() != null).toList();
            if (numbers.isEmpty()) {
                return Parameters.replaceNamed(probe, ground, List.of("limit", "benefitMonths"),
                        List.of("-1", "0", "2147483648", "99999999999999999999", "1e3", "NaN", "0x10"));
            }
            ground.pick(numbers).set(JSON.numberNode(new BigDecimal(ground.pick(List.of(
                    "-1", "0", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
                    "1e308", "-1e308", "1e400", "1e-400", "0.001", "100001", "99999999999999999999999.99")))));
            return true;
        }
    },
    DATE_EXTREMES("date out of range", 30) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            List<String> dates = List.of("100000000-01-01", "-999999999-01-01", "+999999999-12-31", "0000-01-01", "-0001-12-31",
                    "9999-12-31", "1000-01-01", "2026-02-30", "2026-13-01", "20260101", "");
            List<Slot> slots = Slot.all(probe.json).stream().filter(s -> s.value().isTextual() && Slot.looksLikeDate(s.value().asText())).toList();
            if (!slots.isEmpty()) {
                ground.pick(slots).set(JSON.textNode(ground.pick(dates)));
                return true;
            }
            return Parameters.replaceNamed(probe, ground, List.of("from", "to", "benefitsFrom"), dates.stream().map(Probes::encode).toList());
        }
    },
    DATE_TIME_FOR_DATE("date-time for a date", 8) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            List<Slot> slots = Slot.all(probe.json).stream().filter(s -> s.value().isTextual() && Slot.looksLikeDate(s.value().asText())).toList();
            if (slots.isEmpty()) {
                return false;
            }
            Slot slot = ground.pick(slots);
            slot.set(JSON.textNode(slot.value().asText() + ground.pick(List.of("T00:00:00Z", "T23:59:59+14:00", " 12:00"))));
            return true;
        }
    },
    OVER_MAX_ITEMS("list over maxItems", 10) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            List<Slot> lists = Slot.all(probe.json).stream().filter(s -> s.value().isArray() && !s.value().isEmpty()).toList();
            if (lists.isEmpty()) {
                return false;
            }
            ArrayNode list = (ArrayNode) ground.pick(lists).value();
            JsonNode item = list.get(0);
            int size = ground.pick(List.of(21, 51, 101, 501, 1001, 10_001));
            while (list.size() < size) {
                list.add(item.deepCopy());
            }
            return true;
        }
    },
    HUNDRED_THOUSAND_EMPTY_OBJECTS("100,000 empty objects in a list", 2) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            List<Slot> lists = Slot.all(probe.json).stream().filter(s -> s.value().isArray() && s.parent() != null).toList();
            if (lists.isEmpty()) {
                return false;
            }
            ArrayNode list = JSON.arrayNode();
            for (int i = 0; i < 100_000; i++) {
                list.addObject();
            }
            ground.pick(lists).set(list);
            return true;
        }
    },
    DEEP_NESTING("deep nesting", 8) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            if (!probe.hasBody()) {
                return false;
            }
            int depth = ground.pick(List.of(1_000, 10_000, 100_000));
            String nested = ground.random().nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            if (!Slot.replaceAny(probe, ground, slot -> JSON.textNode(MARKER))) {
                probe.json = null;
                probe.text = nested;
                return true;
            }
            probe.text = probe.bodyText().replace("\"" + MARKER + "\"", nested);
            probe.json = null;
            return true;
        }
    },
    NOT_JSON("not JSON", 15) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            if (!probe.hasBody()) {
                return false;
            }
            String text = probe.bodyText();
            probe.json = null;
            probe.text = ground.pick(List.of(text + " trailing", text.substring(0, text.length() / 2), "", "{", "<xml/>", "{'a':1}",
                    "{\"a\":1,}", "\ufeff" + text, text + text, "[" + text + "]", "{\"a\":01}", "{\"a\":.5}", "{\"a\":NaN}"));
            return true;
        }
    },
    WRONG_CONTENT_TYPE("wrong or missing Content-Type", 15) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            if (!probe.hasBody()) {
                return false;
            }
            probe.contentType = ground.pick(Arrays.asList(null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/json; charset=ebcdic", "application/json\u0001", "*/*", "application/jsonx",
                    "x".repeat(10_000)));
            return true;
        }
    },
    CHUNKED_OVERSIZED_BODY("chunked body over the size limit", 2) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            if (!probe.hasBody()) {
                return false;
            }
            probe.json = null;
            probe.text = "{\"padding\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
            probe.chunked = true;
            return true;
        }
    },
    BAD_PATH_ID("bad path id", 35) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            return Parameters.replacePathId(probe, ground, ground.pick(List.of("x", "1", "-1", "00000000-0000-0000-0000-000000000000",
                    "01A22EE6-944A-7BCE-A4F8-2A71F9C8D84F", "%00", "a%00b", "%zz", "%", "..", "%2e%2e%2f%2e%2e", "'%20OR%201=1--", "%C3%A9",
                    "%F0%9F%98%80", "x".repeat(5_000), "%ff%fe", "null", "%20")));
        }
    },
    OTHER_SYSTEMS_IDS("another system's ids", 30) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            probe.caller = ground.caller("MANAGER");
            probe.note = "uses the other system's records";
            if (ground.random().nextBoolean() && Parameters.useOtherSystem(probe, ground)) {
                return true;
            }
            List<Slot> ids = Slot.all(probe.json).stream().filter(s -> s.value().isTextual() && s.field() != null
                    && (FuzzRecords.kindOfField(s.field()) != null || s.field().equals("systemCode"))).toList();
            if (!ids.isEmpty()) {
                Slot slot = ground.pick(ids);
                String kind = FuzzRecords.kindOfField(slot.field());
                slot.set(JSON.textNode(kind == null ? ground.other().system : ground.values().id(kind, ground.other())));
                return true;
            }
            for (String[] parameter : probe.query) {
                if (parameter[0].equals("system")) {
                    parameter[1] = ground.other().system;
                    return true;
                }
            }
            return Parameters.useOtherSystem(probe, ground);
        }
    },
    BAD_QUERY("bad query parameters", 35) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            switch (ground.random().nextInt(7)) {
                case 0 -> {
                    for (int i = 0; i < 2_000; i++) {
                        probe.query.add(new String[] {"p" + i, "1"});
                    }
                }
                case 1 -> {
                    for (int i = 0; i < 500; i++) {
                        probe.query.add(new String[] {"system", i % 2 == 0 ? ground.own().system : ground.other().system});
                    }
                }
                case 2 -> probe.query.add(new String[] {ground.pick(Parameters.names(probe)), "x".repeat(ground.pick(List.of(10_000, 100_000)))});
                case 3 -> probe.query.add(new String[] {ground.pick(Parameters.names(probe)), ground.pick(List.of("%zz", "%", "%00", "%ff", "a%2"))});
                case 4 -> probe.query.add(new String[] {"limit", ground.pick(List.of("abc", "-1", "0", "99999999999", "1.5", ""))});
                case 5 -> probe.query.add(new String[] {"after", ground.pick(List.of("x", "AAAA", "%00", "_-_-", "x".repeat(1000)))});
                default -> probe.query.add(new String[] {ground.pick(Parameters.names(probe)), ""});
            }
            return true;
        }
    },
    REPEATED_QUERY_PARAMETER("query parameter given twice", 10) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            List<ApiOperations.Parameter> single = probe.operation.in("query").stream()
                    .filter(p -> !p.schema().path("type").asText().equals("array")).toList();
            if (single.isEmpty()) {
                return false;
            }
            // a careless client's two values, each valid alone (?discountRate=3.5&discountRate=4): which one would count?
            ApiOperations.Parameter parameter = ground.pick(single);
            probe.query.removeIf(q -> q[0].equals(parameter.name()));
            for (int i = 0; i < 2; i++) {
                JsonNode value = ground.values().value(parameter.name(), parameter.schema(), ground.own());
                probe.query.add(new String[] {parameter.name(), Probes.encode(value.isTextual() ? value.asText() : value.toString())});
            }
            return true;
        }
    },
    BAD_IDEMPOTENCY_KEY("bad Idempotency-Key", 15) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            probe.headers.removeIf(h -> h.name().equals("Idempotency-Key"));
            probe.headers.add(new Header("Idempotency-Key", ground.pick(List.of("", " ", "x".repeat(256), "x".repeat(100_000), "a\u0001b",
                    "a\u0000b", "é-ü", "a b", "\"quoted\"", "k,k"))));
            return true;
        }
    },
    BAD_IF_MATCH("bad If-Match", 15) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            probe.headers.add(new Header("If-Match", ground.pick(List.of("x", "\"\"", "*", "W/\"1\"",
                    "\"1\", \"2\", \"3\"", "\"" + "9".repeat(40) + "\"",
                    "\"-1\"", "x".repeat(100_000), "\"a\u0000\"", "\"1\"".repeat(1_000)))));
            return true;
        }
    },
    HUGE_HEADER("huge or many headers", 5) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            if (ground.random().nextBoolean()) {
                probe.headers.add(new Header("X-Fuzz", "x".repeat(ground.pick(List.of(9_000, 100_000)))));
            } else {
                for (int i = 0; i < 1_000; i++) {
                    probe.headers.add(new Header("X-Fuzz-" + i, "1"));
                }
            }
            return true;
        }
    },
    NO_TOKEN("no or unreadable token", 10, "NO_TOKEN", "GARBAGE_TOKEN", "HUGE_TOKEN", "UNSIGNED_TOKEN", "BAD_SIGNATURE"),
    EXPIRED_TOKEN("expired token", 8, "EXPIRED_TOKEN"),
    FUTURE_TOKEN("token issued a year ahead", 8, "FUTURE_TOKEN"),
    OTHER_ROLE("another role", 20, "ANALYST", "PROJECT_LEAD", "INTEGRATOR", "MANAGER"),
    OTHER_SYSTEMS_TOKEN("a token for another system", 15, "OTHER_SYSTEM_MANAGER"),
    MALFORMED_SYSTEMS_CLAIM("malformed systems claim", 15, "SYSTEMS_NUMBER", "SYSTEMS_NULL", "SYSTEMS_NESTED", "SYSTEMS_STRING", "SYSTEMS_OBJECT"),
    OTHER_SYSTEMS_IDEMPOTENCY_KEY("another system's Idempotency-Key", 10) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            List<Probe> made = ground.otherRequests().get(probe.operation.name());
            if (made == null || made.isEmpty()) {
                return false;
            }
            Probe original = ground.pick(made);
            probe.caller = ground.caller("MANAGER");
            if (ground.random().nextBoolean()) {
                // the very request the other system's caller sent: a replay only an access check tells apart
                probe.path = original.path;
                probe.json = original.json;
                probe.text = original.text;
            }
            probe.headers.removeIf(h -> h.name().equals("Idempotency-Key"));
            original.headers.stream().filter(h -> h.name().equals("Idempotency-Key")).forEach(probe.headers::add);
            probe.note = "replays a request or key the other system's caller, of the same subject, sent";
            return true;
        }
    },
    WRONG_CASE_PATH("path in other case", 3) {
        @Override
        boolean apply(Probe probe, Ground ground) {
            probe.path = ground.pick(List.of(probe.path.replace("/api/v1/", "/API/v1/"), probe.path + "/", probe.path.replace("/v1/", "//v1/"),
                    probe.path.replace("/api/v1/", "/api/v2/")));
            return true;
        }
    };

    static final String MARKER = "FUZZ-MARKER-7f3a";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final String label;
    final int weight;
    private final List<String> callers;

    Hostility(String label, int weight, String... callers) {
        this.label = label;
        this.weight = weight;
        this.callers = List.of(callers);
    }

    /**
     * Bends {@code probe}; false when this kind does not fit the operation. A kind made only of who sends
     * the request (a token) names its callers, one of which sends it.
     */
    boolean apply(Probe probe, Ground ground) {
        probe.caller = ground.caller(ground.pick(callers));
        return true;
    }

    static Arbitrary<Hostility> any() {
        List<Tuple.Tuple2<Integer, Hostility>> weighted = new ArrayList<>();
        for (Hostility hostility : values()) {
            weighted.add(Tuple.of(hostility.weight, hostility));
        }
        return Arbitraries.frequency(weighted);
    }

    /**
     * What a hostility draws from: the seeded random, both systems' records, the callers, and the requests
     * (with their Idempotency-Keys) the other system's caller made records with, by operation.
     */
    record Ground(Random random, JsonValues values, FuzzRecords own, FuzzRecords other, Map<String, Probe.Caller> callers,
            Map<String, List<Probe>> otherRequests) {

        <T> T pick(List<T> choices) {
            return choices.get(random.nextInt(choices.size()));
        }

        Probe.Caller caller(String name) {
            return callers.get(name);
        }
    }

    /** A place in a JSON body: a field of an object or an element of a list (the root has no parent). */
    record Slot(JsonNode parent, String field, int index, JsonNode value) {

        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(field, replacement);
            } else if (parent instanceof ArrayNode array) {
                array.set(index, replacement);
            }
        }

        static List<Slot> all(JsonNode root) {
            List<Slot> slots = new ArrayList<>();
            if (root != null) {
                collect(null, null, -1, root, slots);
            }
            return slots;
        }

        private static void collect(JsonNode parent, String field, int index, JsonNode node, List<Slot> slots) {
            slots.add(new Slot(parent, field, index, node));
            if (node.isObject()) {
                node.fields().forEachRemaining(f -> collect(node, f.getKey(), -1, f.getValue(), slots));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collect(node, field, i, node.get(i), slots);
                }
            }
        }

        static boolean replaceAny(Probe probe, Ground ground, Function<Slot, JsonNode> replacement) {
            List<Slot> slots = all(probe.json).stream().filter(s -> s.parent() != null).toList();
            if (slots.isEmpty()) {
                return false;
            }
            Slot slot = ground.pick(slots);
            slot.set(replacement.apply(slot));
            return true;
        }

        /** Replaces a string of the body, or, when it has none, a path or query value. */
        static boolean replaceText(Probe probe, Ground ground, UnaryOperator<String> replacement) {
            List<Slot> texts = all(probe.json).stream().filter(s -> s.value().isTextual() && s.parent() != null).toList();
            if (texts.isEmpty()) {
                return Parameters.replaceOne(probe, ground, Probes.encode(replacement.apply("x")));
            }
            Slot slot = ground.pick(texts);
            slot.set(JSON.textNode(replacement.apply(slot.value().asText())));
            return true;
        }

        static JsonNode otherType(JsonNode value, Random random) {
            List<JsonNode> others = new ArrayList<>(List.of(JSON.textNode("1"), JSON.numberNode(1), JSON.booleanNode(true),
                    JSON.objectNode(), JSON.arrayNode(), JSON.numberNode(1.5)));
            others.removeIf(o -> o.getNodeType() == value.getNodeType());
            return others.get(random.nextInt(others.size()));
        }

        static boolean looksLikeDate(String text) {
            return text.matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    /** Hostile values in the path and query. */
    static final class Parameters {

        private Parameters() {
        }

        static List<String> names(Probe probe) {
            List<String> names = new ArrayList<>(probe.operation.in("query").stream().map(ApiOperations.Parameter::name).toList());
            return names.isEmpty() ? List.of("system", "q") : names;
        }

        /** Puts {@code raw} (already percent-encoded, or on purpose not) in a path id or a query parameter. */
        static boolean replaceOne(Probe probe, Ground ground, String raw) {
            if (probe.path.contains("/" + MARKER) || (!probe.operation.in("path").isEmpty() && ground.random().nextBoolean())) {
                return replacePathId(probe, ground, raw);
            }
            probe.query.add(new String[] {ground.pick(names(probe)), raw});
            return true;
        }

        static boolean replaceNamed(Probe probe, Ground ground, List<String> names, List<String> raws) {
            List<String> present = probe.operation.in("query").stream().map(ApiOperations.Parameter::name).filter(names::contains).toList();
            if (present.isEmpty()) {
                return false;
            }
            String name = ground.pick(present);
            probe.query.removeIf(q -> q[0].equals(name));
            probe.query.add(new String[] {name, ground.pick(raws)});
            return true;
        }

        static boolean replacePathId(Probe probe, Ground ground, String raw) {
            String[] template = probe.operation.path().split("/");
            String[] actual = probe.path.split("/", -1);
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < template.length && i < actual.length; i++) {
                if (template[i].startsWith("{")) {
                    ids.add(i);
                }
            }
            if (ids.isEmpty()) {
                return false;
            }
            actual[ground.pick(ids)] = raw;
            probe.path = String.join("/", actual);
            return true;
        }

        /** The path's last id, or the system query, of a record of the other system. */
        static boolean useOtherSystem(Probe probe, Ground ground) {
            if (probe.operation.in("path").isEmpty()) {
                return false;
            }
            probe.path = new Probes(ground.random(), Set.of(), null, null).path(probe.operation, ground.other());
            return true;
        }
    }
}
