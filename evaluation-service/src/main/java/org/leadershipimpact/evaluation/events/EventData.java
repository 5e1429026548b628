package org.leadershipimpact.evaluation.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.leadershipimpact.platform.events.CloudEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads an event's data as its producer documented it (docs/events/asyncapi.yaml); absent fields are null. */
record EventData(JsonNode data, Instant time) {

    static EventData of(CloudEvent event) {
        return new EventData(event.data(), OffsetDateTime.parse(event.time()).toInstant());
    }

    EventData at(String field) {
        return new EventData(data.path(field), time);
    }

    String text(String field) {
        JsonNode node = data.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    UUID uuid(String field) {
        String text = text(field);
        return text == null ? null : UUID.fromString(text);
    }

    LocalDate date(String field) {
        String text = text(field);
        return text == null ? null : LocalDate.parse(text);
    }

    List<LocalDate> dates(String field) {
        List<LocalDate> dates = new ArrayList<>();
        data.path(field).forEach(node -> dates.add(LocalDate.parse(node.asText())));
        return dates;
    }

    Long whole(String field) {
        JsonNode node = data.path(field);
        return node.isNumber() ? node.asLong() : null;
    }

    Double number(String field) {
        JsonNode node = data.path(field);
        return node.isNumber() ? node.asDouble() : null;
    }

    BigDecimal decimal(String field) {
        JsonNode node = data.path(field);
        return node.isNumber() ? node.decimalValue() : null;
    }

    boolean flag(String field) {
        return data.path(field).asBoolean(false);
    }

    String systemCode() {
        return text("systemCode");
    }
}
