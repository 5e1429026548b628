package org.leadershipimpact.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leadershipimpact.systemtests.RawHttp.Answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What the fuzzer holds every answer to, and what it found, grouped by operation, kind of hostility,
 * status and broken promise, with one request of each group written as curl: a run of thousands of
 * requests reads as a short list of defects, each reproducible.
 */
final class FuzzFindings {

    record Group(String operation, String hostility, int status, String broken) {
    }

    private record Example(String curl, String answer, int count) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String gateway;
    private final Map<Group, Example> groups = new LinkedHashMap<>();
    private final Map<String, int[]> coverage = new TreeMap<>();
    private final Map<Hostility, Integer> kinds = new EnumMap<>(Hostility.class);
    /** The last refusal of a valid request, by operation: why an operation never answered with a 2xx, when none did. */
    private final Map<String, String> validRefused = new TreeMap<>();
    private int refusedBelowTheApi;

    FuzzFindings(String gateway) {
        this.gateway = gateway;
    }

    /** Holds the answer to every promise, and counts what was sent. */
    void check(Probe probe, Answer answer) {
        int[] counts = coverage.computeIfAbsent(probe.operation.name(), k -> new int[3]);
        counts[0]++;
        counts[1] += probe.hostility == Hostility.VALID ? 1 : 0;
        counts[2] += answer.status() >= 200 && answer.status() < 300 ? 1 : 0;
        kinds.merge(probe.hostility, 1, Integer::sum);
        if (probe.hostility == Hostility.VALID && answer.status() >= 300) {
            String text = answer.text();
            validRefused.put(probe.operation.name(), answer.status() + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text));
        }
        OptionalInt below = refusedBelowTheApi(probe);
        if (below.isPresent() && answer.status() == below.getAsInt() && answer.body().length == 0) {
            refusedBelowTheApi++;
        }
        List<Broken> broken = broken(probe, answer);
        broken.forEach(b -> add(probe, answer, b));
    }

    /** A promise an answer broke, and the part of the answer that shows it. */
    private record Broken(String promise, String evidence) {
    }

    private static List<Broken> broken(Probe probe, Answer answer) {
        String text = answer.text();
        String start = text.length() > 300 ? text.substring(0, 300) + "..." : text;
        List<Broken> broken = new ArrayList<>();
        if (answer.status() == 0) {
            broken.add(new Broken(answer.failure(), ""));
            return broken;
        }
        if (answer.status() >= 500) {
            broken.add(new Broken("a 5xx answer", start));
        }
        if (probe.hostility == Hostility.REPEATED_QUERY_PARAMETER && answer.status() >= 200 && answer.status() < 300) {
            broken.add(new Broken("a query parameter given twice was accepted, one of its values dropped without a word", start));
        }
        OptionalInt below = refusedBelowTheApi(probe);
        if (below.isPresent() && answer.status() != below.getAsInt()) {
            broken.add(new Broken("not HTTP, yet not answered " + below.getAsInt(), start));
        } else if (answer.status() >= 400 && !(below.isPresent() && answer.body().length == 0)) {
            problemDocument(answer).ifPresent(promise -> broken.add(new Broken(promise, start)));
        }
        if (probe.caller != null && probe.caller.hidden() != null) {
            String request = probe.target() + " " + probe.bodyText() + " " + probe.allHeaders();
            FuzzRecords hidden = probe.caller.hidden();
            List<String> markers = new ArrayList<>(hidden.allIds());
            markers.add(hidden.system);
            String shown = text + " " + answer.headers();
            markers.stream().filter(marker -> !request.contains(marker) && shown.contains(marker)).findFirst().ifPresent(marker -> {
                int at = shown.indexOf(marker);
                String promise = "shows a record of the system the caller does not act for" + (probe.note.isEmpty() ? "" : " (" + probe.note + ")");
                broken.add(new Broken(promise,
                        "..." + shown.substring(Math.max(0, at - 200), Math.min(shown.length(), at + 60)) + "..."));
            });
        }
        return broken;
    }

    /**
     * The status of a request that is not HTTP as RFC 9112 and RFC 3986 define it, which Vert.x and
     * Quarkus refuse before any code of ours runs, with a bare status and no body, since they offer no
     * hook to answer it otherwise (docs/RELIABILITY.md): a {@code %} not followed by two hex digits in
     * the target, a control character in a header value, a request line longer than the 64 KiB the HTTP
     * layer reads. Such a request must still get its 4xx, and may get a problem document; a bare one is
     * counted, not passed over in silence.
     */
    static OptionalInt refusedBelowTheApi(Probe probe) {
        String target = probe.target();
        if ((probe.method + " " + target + " HTTP/1.1").length() > HTTP_LAYER_LINE_LIMIT) {
            return OptionalInt.of(414);
        }
        if (BAD_ESCAPE.matcher(target).find()
                || probe.allHeaders().stream().anyMatch(h -> h.value().chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f))) {
            return OptionalInt.of(400);
        }
        return OptionalInt.empty();
    }

    private static final int HTTP_LAYER_LINE_LIMIT = 65_536;
    private static final java.util.regex.Pattern BAD_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    int refusedBelowTheApi() {
        return refusedBelowTheApi;
    }

    private static Optional<String> problemDocument(Answer answer) {
        String type = String.valueOf(answer.header("Content-Type"));
        if (!type.startsWith("application/problem+json")) {
            return Optional.of("not a problem document (Content-Type " + type + ")");
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem == null || problem.path("status").asInt() != answer.status()) {
                return Optional.of("a problem whose status is not the answer's");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("a problem document that is not JSON");
        }
    }

    /** A broken promise found outside one answer (a checkpoint): listed as its own group. */
    void add(String operation, String broken, String evidence) {
        Group group = new Group(operation, "checkpoint", 0, broken);
        Example example = groups.get(group);
        groups.put(group, new Example(example == null ? evidence : example.curl(), "", example == null ? 1 : example.count() + 1));
    }

    private void add(Probe probe, Answer answer, Broken broken) {
        Group group = new Group(probe.operation.name(), probe.hostility.label, answer.status(), broken.promise());
        Example example = groups.get(group);
        if (example == null) {
            groups.put(group, new Example(probe.curl(gateway), broken.evidence(), 1));
        } else {
            groups.put(group, new Example(example.curl(), example.answer(), example.count() + 1));
        }
    }

    boolean any() {
        return !groups.isEmpty();
    }

    int requests() {
        return coverage.values().stream().mapToInt(c -> c[0]).sum();
    }

    /** Operations of the document never sent, or never sent a valid request. */
    List<String> unexercised(List<String> operations) {
        return operations.stream().filter(o -> !coverage.containsKey(o) || coverage.get(o)[1] == 0).toList();
    }

    /** How many requests of each kind were sent. */
    Map<Hostility, Integer> kinds() {
        return kinds;
    }

    List<String> neverAccepted() {
        return coverage.entrySet().stream().filter(e -> e.getValue()[2] == 0).map(Map.Entry::getKey).toList();
    }

    /**
     * Each operation answered with a 2xx at most {@code times} times, with how many valid requests it was sent and the last
     * refusal of one: why an operation is probed mostly with refusals.
     */
    String rarelyAccepted(int times) {
        StringBuilder why = new StringBuilder();
        coverage.forEach((operation, counts) -> {
            if (counts[2] <= times) {
                why.append("\n  ").append(operation).append(": ").append(counts[2]).append(" 2xx, ").append(counts[1])
                        .append(" valid requests, the last refused ").append(validRefused.getOrDefault(operation, "-"));
            }
        });
        return why.toString();
    }

    /** The groups, the largest first, each with its count and one reproduction. */
    String summary() {
        StringBuilder summary = new StringBuilder();
        Map<String, Integer> byBroken = new TreeMap<>();
        groups.forEach((g, e) -> byBroken.merge(g.broken(), e.count(), Integer::sum));
        summary.append(groups.size()).append(" groups of broken promises:\n");
        byBroken.forEach((broken, count) -> summary.append("  ").append(count).append(" × ").append(broken).append('\n'));
        Map<String, int[]> byInput = new TreeMap<>();
        groups.forEach((g, e) -> {
            int[] counts = byInput.computeIfAbsent(g.hostility() + " | " + g.status() + " | " + g.broken(), k -> new int[2]);
            counts[0] += e.count();
            counts[1]++;
        });
        summary.append("by kind of input, status and broken promise (requests, operations):\n");
        byInput.forEach((key, counts) -> summary.append("  ").append(key).append(": ").append(counts[0]).append(" in ")
                .append(counts[1]).append(counts[1] == 1 ? " operation\n" : " operations\n"));
        summary.append("each group, with one request that shows it:\n");
        groups.entrySet().stream().sorted(Comparator.comparing((Map.Entry<Group, Example> e) -> e.getKey().broken())
                        .thenComparing(e -> -e.getValue().count()))
                .forEach(e -> summary.append("\n[").append(e.getValue().count()).append("×] ").append(e.getKey().operation())
                        .append(" | ").append(e.getKey().hostility()).append(" | ").append(e.getKey().status()).append(" | ")
                        .append(e.getKey().broken()).append("\n    ").append(e.getValue().curl())
                        .append(e.getValue().answer().isEmpty() ? "" : "\n    → " + e.getValue().answer().replace("\n", " ")).append('\n'));
        return summary.toString();
    }
}
