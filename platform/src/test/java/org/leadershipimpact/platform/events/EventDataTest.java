package org.leadershipimpact.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EventDataTest {

    @Test
    void everyFieldReadIsNotedByEventAndPathThroughObjectsAndArrays() throws Exception {
        CloudEvent event = new CloudEvent("1.0", "id", "/test", "org.leadershipimpact.test.SomethingRecorded.v1", null,
                "2026-11-25T10:00:00Z", "application/json", null, new ObjectMapper().readTree("""
                        {"systemCode":"SURREY","facts":{"title":"Surrey 500"},"values":[{"period":"2026-01-01"},{"period":"2026-02-01"}]}"""));
        EventData d = EventData.of(event);

        assertEquals("SURREY", d.systemCode());
        assertEquals("Surrey 500", d.at("facts").text("title"));
        assertEquals(List.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01")),
                d.each("values").stream().map(v -> v.date("period")).toList());
        assertNull(d.text("absent"));

        assertEquals(Set.of("systemCode", "facts", "facts.title", "values", "values[].period", "absent"),
                EventData.fieldsRead().get("SomethingRecorded"));
    }
}
