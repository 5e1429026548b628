package org.leadershipimpact.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an event's data as its producer documented it (docs/events/asyncapi.yaml); absent fields are null.
 * A handler reads every field through here, and each field read is noted by event and path
 * ({@link #fieldsRead()}): consumers' tests hold those to the document, so that a handler cannot read
 * a field its producer never promised. The note is kept always, not behind a switch to forget: it is
 * one set of a few hundred names at most.
 */
public final class EventData {

    private static final Map<String, Set<String>> READ = new ConcurrentHashMap<>();

    private final String event;
    private final String path;
    private final JsonNode data;
    private final Instant time;

    private EventData(String event, String path, JsonNode data, Instant time) {
        this.event = event;
        this.path = path;
        this.data = data;
        this.time = time;
    }

    public static EventData of(CloudEvent event) {
        return new EventData(event.name(), "", event.data(), OffsetDateTime.parse(event.time()).toInstant());
    }

    /** When the event happened (its CloudEvents {@code time}). */
    public Instant time() {
        return time;
    }

    /** An object within the data, read the same way. */
    public EventData at(String field) {
        return new EventData(event, path + field + ".", node(field), time);
    }

    /** The objects of an array within the data, each read the same way. */
    public List<EventData> each(String field) {
        List<EventData> items = new ArrayList<>();
        node(field).forEach(item -> items.add(new EventData(event, path + field + "[].", item, time)));
        return items;
    }

    /** How many items an array holds; 0 when it is absent. */
    public int count(String field) {
        return node(field).size();
    }

    public String text(String field) {
        JsonNode node = node(field);
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    public UUID uuid(String field) {
        String text = text(field);
        return text == null ? null : UUID.fromString(text);
    }

    public LocalDate date(String field) {
        String text = text(field);
        return text == null ? null : LocalDate.parse(text);
    }

    public List<LocalDate> dates(String field) {
        List<LocalDate> dates = new ArrayList<>();
        node(field).forEach(node -> dates.add(LocalDate.parse(node.asText())));
        return dates;
    }

    public Long whole(String field) {
        JsonNode node = node(field);
        return node.isNumber() ? node.asLong() : null;
    }

    public Double number(String field) {
        JsonNode node = node(field);
        return node.isNumber() ? node.asDouble() : null;
    }

    public BigDecimal decimal(String field) {
        JsonNode node = node(field);
        return node.isNumber() ? node.decimalValue() : null;
    }

    public boolean flag(String field) {
        return node(field).asBoolean(false);
    }

    public String systemCode() {
        return text("systemCode");
    }

    /** Every field read so far in this JVM, by event name: paths such as {@code programme.title} or {@code values[].period}. */
    public static Map<String, Set<String>> fieldsRead() {
        Map<String, Set<String>> read = new TreeMap<>();
        READ.forEach((event, paths) -> read.put(event, new TreeSet<>(paths)));
        return read;
    }

    private JsonNode node(String field) {
        READ.computeIfAbsent(event, e -> ConcurrentHashMap.newKeySet()).add(path + field);
        return data.path(field);
    }
}
