package org.leadershipimpact.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.leadershipimpact.systemtests.ApiOperations.Operation;
import org.leadershipimpact.systemtests.ApiOperations.Parameter;
import org.leadershipimpact.systemtests.RawHttp.Header;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Valid requests for an operation, from its schemas: path ids of records the caller's system has
 * (a nested record with the record it belongs to), query parameters now and then, a fresh
 * Idempotency-Key most of the time, and a body drawn by {@link JsonValues} and held to the rules its
 * schema states only in words ({@link BodyRules}).
 */
final class Probes {

    private final Random random;
    private final JsonValues values;
    private final BodyRules rules;
    private final Set<String> adminOnly;
    private final Probe.Caller manager;
    private final Probe.Caller admin;

    Probes(Random random, Set<String> adminOnly, Probe.Caller manager, Probe.Caller admin) {
        this.random = random;
        this.values = new JsonValues(random);
        this.rules = new BodyRules(random);
        this.adminOnly = adminOnly;
        this.manager = manager;
        this.admin = admin;
    }

    JsonValues values() {
        return values;
    }

    /** A valid request for {@code operation} in the system of {@code records}, sent by {@code caller} (null: whoever may). */
    Probe valid(Operation operation, Hostility hostility, FuzzRecords records, Probe.Caller caller) {
        Probe probe = new Probe(operation, hostility);
        probe.caller = caller != null ? caller : adminOnly.contains(operation.name()) ? admin : manager;
        probe.path = path(operation, records);
        for (Parameter parameter : operation.in("query")) {
            if (parameter.required() || random.nextInt(3) == 0) {
                String value = query(parameter, records);
                if (value != null) {
                    probe.query.add(new String[] {parameter.name(), encode(value)});
                }
            }
        }
        if (operation.in("header").stream().anyMatch(h -> h.name().equals("Idempotency-Key")) && random.nextInt(4) != 0) {
            probe.headers.add(new Header("Idempotency-Key", "fuzz-" + Long.toHexString(random.nextLong())));
        }
        if (operation.body() != null) {
            probe.contentType = operation.bodyType();
            probe.json = values.value("", operation.body(), records);
            rules.apply(probe, records);
        }
        return probe;
    }

    /**
     * The path with its ids filled in. The last id names the record; an id before it names the record
     * it belongs to (a project's milestone), so both are taken from the same known record.
     */
    String path(Operation operation, FuzzRecords records) {
        String[] segments = operation.path().split("/");
        List<Parameter> ids = operation.in("path");
        String parent = null;
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].startsWith("{")) {
                continue;
            }
            String name = segments[i].substring(1, segments[i].length() - 1);
            Parameter parameter = ids.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
            String kind = segments[i - 1];
            String value;
            if (parent != null) {
                value = parent;
                parent = null;
            } else if (parameter.schema().has("enum")) {
                value = values.value(name, parameter.schema(), records).asText();
            } else if (kind.equals("systems")) {
                value = records.system;
            } else {
                // a withdrawn record answers only questions about its withdrawal; the others answer the rest
                boolean withdrawal = operation.method().equals("GET") && operation.path().endsWith("/withdrawal");
                FuzzRecords.Known known = records.pick(kind, withdrawal, random);
                if (kind.equals("instruments") && operation.path().endsWith("/responses")) {
                    // only an open instrument takes responses (a 409 otherwise): one the fuzzer saw opened, when there is one
                    List<FuzzRecords.Known> open = records.standing(kind).stream()
                            .filter(k -> k.record() != null && k.record().path("status").asText().equals("OPEN")).toList();
                    known = open.isEmpty() ? known : open.get(random.nextInt(open.size()));
                }
                value = known != null ? known.id() : values.id(null, records);
                parent = known != null ? known.parent() : null;
            }
            segments[i] = encode(value);
        }
        return String.join("/", segments);
    }

    private String query(Parameter parameter, FuzzRecords records) {
        return switch (parameter.name()) {
            case "after" -> null;
            case "limit" -> Integer.toString(1 + random.nextInt(100));
            case "system" -> records.system;
            case "programme", "cohort", "participant", "project", "organisation" -> values.id(parameter.name() + "s", records);
            default -> {
                JsonNode value = values.value(parameter.name(), parameter.schema(), records);
                yield value.isTextual() ? value.asText() : value.toString();
            }
        };
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
