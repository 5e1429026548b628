package org.leadershipimpact.platform.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CloudEventTest {

    @Test
    void theNameIsTheTypeWithoutPrefixAndVersion() {
        assertEquals("ProgrammeCreated", event("org.leadershipimpact.programmes.ProgrammeCreated.v1").name());
        assertEquals("MeasureDefined", event("org.leadershipimpact.projects.MeasureDefined.v12").name());
    }

    @Test
    void aTypeWithoutVersionStillHasAName() {
        assertEquals("Something", event("org.example.Something").name());
    }

    private static CloudEvent event(String type) {
        return new CloudEvent("1.0", "id", "/test", type, null, null, null, null, null);
    }
}
