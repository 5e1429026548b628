package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.leadershipimpact.programmes.Fixtures.as;
import static org.leadershipimpact.programmes.Fixtures.cohort;
import static org.leadershipimpact.programmes.Fixtures.enrol;
import static org.leadershipimpact.programmes.Fixtures.mark;
import static org.leadershipimpact.programmes.Fixtures.newSystem;
import static org.leadershipimpact.programmes.Fixtures.organisation;
import static org.leadershipimpact.programmes.Fixtures.participant;
import static org.leadershipimpact.programmes.Fixtures.participantJson;
import static org.leadershipimpact.programmes.Fixtures.programme;
import static org.leadershipimpact.programmes.Fixtures.session;

/** Every change of state is announced exactly once, and nothing is announced for what did not change. */
@QuarkusTest
class OneEventPerChangeTest {

    private static TopicReader events;

    @BeforeAll
    static void readEvents() {
        events = new TopicReader("programmes.events");
    }

    @AfterAll
    static void stopReading() {
        events.close();
    }

    @Test
    void aProgrammesWholeLifeIsAnnouncedOneEventPerChange() {
        String system = newSystem();
        String organisation = organisation(system);
        String programme = programme(system).threshold(0).create();
        String cohort = cohort(system, programme, 10);
        String session = session(system, cohort, LocalDate.now().minusDays(1));
        String person = participant(system, organisation);
        String enrolment = enrol(system, person, cohort, "CORE");
        as("programme-manager", system).body("{\"status\":\"ACTIVE\"}").put("/api/v1/enrolments/" + enrolment + "/status").then().statusCode(200);
        mark(system, session, enrolment, "PRESENT");
        mark(system, session, enrolment, "PRESENT");
        as("programme-manager", system).body("{}").post("/api/v1/enrolments/" + enrolment + "/completion").then().statusCode(200);
        as("programme-manager", system).body("""
                {"programmeId":"%s","name":"Renamed cohort","capacity":12}""".formatted(programme))
                .put("/api/v1/cohorts/" + cohort).then().statusCode(200);
        // a participant's new e-mail is personal data: nothing to announce
        as("programme-manager", system).body(participantJson(system, organisation, "new." + person + "@example.nhs.uk"))
                .put("/api/v1/participants/" + person).then().statusCode(200);

        Predicate<TopicReader.Message> ours = m -> system.equals(m.value().path("data").path("systemCode").asText());
        Map<String, Long> expected = new TreeMap<>(Map.of(
                "SystemRegistered", 1L, "OrganisationRegistered", 1L, "ProgrammeCreated", 1L, "ProgrammeStatusChanged", 1L,
                "CohortCreated", 1L, "CohortUpdated", 1L, "SessionScheduled", 1L, "ParticipantRegistered", 1L,
                "EnrolmentCreated", 1L, "EnrolmentStatusChanged", 1L));
        expected.put("AttendanceRecorded", 1L);
        expected.put("EnrolmentCompleted", 1L);
        int total = expected.values().stream().mapToInt(Long::intValue).sum();
        events.await(ours, total, Duration.ofSeconds(30));
        List<TopicReader.Message> all = events.readFor(ours, Duration.ofSeconds(2));
        Map<String, Long> seen = new TreeMap<>(all.stream().collect(Collectors.groupingBy(
                m -> name(m.value().path("type").asText()), Collectors.counting())));
        assertEquals(expected, seen);
        assertFalse(all.stream().anyMatch(m -> m.value().toString().contains("@example.nhs.uk")), "no e-mail in any event");
        assertFalse(all.stream().anyMatch(m -> m.value().toString().contains("Rahman")), "no name in any event");
    }

    private static String name(String type) {
        String withoutVersion = type.substring(0, type.lastIndexOf(".v"));
        return withoutVersion.substring(withoutVersion.lastIndexOf('.') + 1);
    }
}
