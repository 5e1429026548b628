package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;
import static org.leadershipimpact.programmes.Fixtures.as;
import static org.leadershipimpact.programmes.Fixtures.cohort;
import static org.leadershipimpact.programmes.Fixtures.enrol;
import static org.leadershipimpact.programmes.Fixtures.mark;
import static org.leadershipimpact.programmes.Fixtures.newSystem;
import static org.leadershipimpact.programmes.Fixtures.organisation;
import static org.leadershipimpact.programmes.Fixtures.participant;
import static org.leadershipimpact.programmes.Fixtures.programme;
import static org.leadershipimpact.programmes.Fixtures.session;

/** The Stepney and Whitechapel shape: eight Leadership Insight days, attendance, completion and credits. */
@QuarkusTest
class AttendanceAndCompletionTest {

    private static TopicReader events;

    @BeforeAll
    static void readEvents() {
        events = new TopicReader("programmes.events");
    }

    @AfterAll
    static void stopReading() {
        events.close();
    }

    /** A cohort with {@code held} sessions in the past and one still to come. */
    private record Cohort(String system, String id, List<String> sessions) {
    }

    private static Cohort cohortWithSessions(String programme, String system, int held) {
        String cohort = cohort(system, programme, 30);
        List<String> sessions = new ArrayList<>();
        LocalDate first = LocalDate.now().minusDays(10L * held);
        for (int i = 0; i < held; i++) {
            sessions.add(session(system, cohort, first.plusDays(10L * i)));
        }
        session(system, cohort, LocalDate.now().plusDays(30));
        return new Cohort(system, cohort, sessions);
    }

    private static void attend(Cohort cohort, String enrolment, int sessionsPresent) {
        for (int i = 0; i < cohort.sessions().size(); i++) {
            mark(cohort.system(), cohort.sessions().get(i), enrolment, i < sessionsPresent ? "PRESENT" : (i % 2 == 0 ? "ABSENT" : "APOLOGIES"));
        }
    }

    @Test
    void aWholeRegisterIsRecordedInOneCallAndReadBackAsTheCohortsMatrix() {
        String system = newSystem();
        String organisation = organisation(system);
        Cohort cohort = cohortWithSessions(programme(system).create(), system, 2);
        String asha = enrol(system, participant(system, organisation), cohort.id(), "CORE");
        String ben = enrol(system, participant(system, organisation), cohort.id(), "CORE");
        as("programme-manager", system).body("""
                {"marks":[{"enrolmentId":"%s","mark":"PRESENT"},{"enrolmentId":"%s","mark":"APOLOGIES"}]}""".formatted(asha, ben))
                .put("/api/v1/sessions/" + cohort.sessions().get(0) + "/attendance")
                .then().statusCode(200).body("marks", hasSize(2));
        as("analyst", system).get("/api/v1/cohorts/" + cohort.id() + "/attendance").then().statusCode(200)
                .body("sessions", hasSize(3))
                .body("enrolments.find { it.enrolmentId == '" + asha + "' }.marks." + cohort.sessions().get(0), equalTo("PRESENT"))
                .body("enrolments.find { it.enrolmentId == '" + asha + "' }.attendance.ratePercent", equalTo(50.0f))
                .body("enrolments.find { it.enrolmentId == '" + ben + "' }.attendance.apologies", equalTo(1))
                .body("enrolments.find { it.enrolmentId == '" + ben + "' }.attendance.unrecorded", equalTo(1));
    }

    @Test
    void attendanceIsRecordedOnlyForTheSessionsOwnCohort() {
        String system = newSystem();
        String organisation = organisation(system);
        String programme = programme(system).create();
        Cohort here = cohortWithSessions(programme, system, 1);
        String elsewhere = enrol(system, participant(system, organisation), cohort(system, programme(system).create(), 5), "CORE");
        String mine = enrol(system, participant(system, organisation), here.id(), "CORE");
        as("programme-manager", system).body("""
                {"marks":[{"enrolmentId":"%s","mark":"PRESENT"},{"enrolmentId":"%s","mark":"PRESENT"}]}""".formatted(mine, elsewhere))
                .put("/api/v1/sessions/" + here.sessions().get(0) + "/attendance")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("marks[1].enrolmentId"))
                .body("violations[0].message", containsString("another cohort"));
        as("programme-manager", system).get("/api/v1/sessions/" + here.sessions().get(0) + "/attendance")
                .then().body("marks", hasSize(0));
    }

    @Test
    void aCorrectedMarkIsAnnouncedOnceAndAnUnchangedOneNotAtAll() {
        String system = newSystem();
        Cohort cohort = cohortWithSessions(programme(system).create(), system, 1);
        String enrolment = enrol(system, participant(system, organisation(system)), cohort.id(), "CORE");
        String session = cohort.sessions().get(0);
        mark(system, session, enrolment, "ABSENT");
        mark(system, session, enrolment, "ABSENT");
        mark(system, session, enrolment, "PRESENT");
        var recorded = events.await(m -> m.key().equals(enrolment) && m.value().path("type").asText().contains("AttendanceRecorded"),
                2, Duration.ofSeconds(30));
        assertEquals(2, events.readFor(m -> m.key().equals(enrolment) && m.value().path("type").asText().contains("AttendanceRecorded"),
                Duration.ofSeconds(1)).size());
        assertEquals("ABSENT", recorded.get(1).value().path("data").path("previousMark").asText());
        assertEquals("PRESENT", recorded.get(1).value().path("data").path("mark").asText());
    }

    @Test
    void completingBelowTheAttendanceThresholdIsRefusedWithTheRateAndTheThreshold() {
        String system = newSystem();
        Cohort cohort = cohortWithSessions(programme(system).threshold(75).create(), system, 8);
        String enrolment = enrol(system, participant(system, organisation(system)), cohort.id(), "CORE");
        attend(cohort, enrolment, 5);
        as("programme-manager", system).body("{}").post("/api/v1/enrolments/" + enrolment + "/completion")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://leadershipimpact.org/problems/attendance-below-threshold"))
                .body("attendanceRatePercent", equalTo(62.5f))
                .body("thresholdPercent", equalTo(75))
                .body("sessionsHeld", equalTo(8))
                .body("sessionsAttended", equalTo(5));
        as("programme-manager", system).get("/api/v1/enrolments/" + enrolment).then().body("status", equalTo("ENROLLED"));
    }

    @Test
    void nobodyCompletesBeforeAnySessionIsHeld() {
        String system = newSystem();
        String cohort = cohort(system, programme(system).threshold(75).create(), 5);
        session(system, cohort, LocalDate.now().plusDays(7));
        String enrolment = enrol(system, participant(system, organisation(system)), cohort, "CORE");
        as("programme-manager", system).body("{}").post("/api/v1/enrolments/" + enrolment + "/completion")
                .then().statusCode(422).body("sessionsHeld", equalTo(0));
    }

    @Test
    void completingAtTheThresholdSucceedsAndTheCorePathwayEarnsNoCredits() {
        String system = newSystem();
        Cohort cohort = cohortWithSessions(programme(system).threshold(75).accredited().create(), system, 8);
        String enrolment = enrol(system, participant(system, organisation(system)), cohort.id(), "CORE");
        attend(cohort, enrolment, 6);
        as("programme-manager", system).get("/api/v1/enrolments/" + enrolment + "/attendance-rate").then()
                .body("ratePercent", equalTo(75.0f)).body("sessionsHeld", equalTo(8)).body("thresholdPercent", equalTo(75));
        as("programme-manager", system).body("{}").post("/api/v1/enrolments/" + enrolment + "/completion")
                .then().statusCode(200)
                .body("enrolment.status", equalTo("COMPLETED"))
                .body("enrolment.creditsAwarded", nullValue());
    }

    @Test
    void theAccreditedPathwayAwardsFortyMLevelCreditsWhenTheAwardsCriteriaHold() {
        String system = newSystem();
        Cohort cohort = cohortWithSessions(programme(system).accredited().create(), system, 10);
        String enrolment = enrol(system, participant(system, organisation(system)), cohort.id(), "ACCREDITED");
        attend(cohort, enrolment, 8);
        as("programme-manager", system).body("{\"projectSubmitted\":true}").post("/api/v1/enrolments/" + enrolment + "/completion")
                .then().statusCode(200)
                .body("enrolment.creditsAwarded.value", equalTo(40))
                .body("enrolment.creditsAwarded.level", equalTo(7))
                .body("enrolment.creditsAwarded.scheme", equalTo("CATS"))
                .body("creditsWithheldBecause", nullValue());
        var completed = events.await(m -> m.key().equals(enrolment) && m.value().path("type").asText().contains("EnrolmentCompleted"),
                1, Duration.ofSeconds(30));
        assertEquals(40, completed.get(0).value().path("data").path("creditsAwarded").path("value").asInt());
        assertEquals(80.0, completed.get(0).value().path("data").path("attendanceRatePercent").asDouble());
    }

    @Test
    void creditsAreWithheldWithoutTheRequiredProject() {
        String system = newSystem();
        Cohort cohort = cohortWithSessions(programme(system).accredited().create(), system, 4);
        String enrolment = enrol(system, participant(system, organisation(system)), cohort.id(), "ACCREDITED");
        attend(cohort, enrolment, 4);
        as("programme-manager", system).body("{\"projectSubmitted\":false}").post("/api/v1/enrolments/" + enrolment + "/completion")
                .then().statusCode(200)
                .body("enrolment.status", equalTo("COMPLETED"))
                .body("enrolment.creditsAwarded", nullValue())
                .body("creditsWithheldBecause", containsString("project"));
    }

    @Test
    void creditsAreWithheldBelowTheAwardsOwnAttendanceMinimum() {
        String system = newSystem();
        Cohort cohort = cohortWithSessions(programme(system).threshold(75).accredited().create(), system, 4);
        String enrolment = enrol(system, participant(system, organisation(system)), cohort.id(), "ACCREDITED");
        attend(cohort, enrolment, 3);
        as("programme-manager", system).body("{\"projectSubmitted\":true}").post("/api/v1/enrolments/" + enrolment + "/completion")
                .then().statusCode(200)
                .body("enrolment.creditsAwarded", nullValue())
                .body("creditsWithheldBecause", containsString("80%"));
    }

    @Test
    void aCompletedEnrolmentCannotBeCompletedAgain() {
        String system = newSystem();
        Cohort cohort = cohortWithSessions(programme(system).threshold(0).create(), system, 1);
        String enrolment = enrol(system, participant(system, organisation(system)), cohort.id(), "CORE");
        as("programme-manager", system).body("{}").post("/api/v1/enrolments/" + enrolment + "/completion").then().statusCode(200);
        as("programme-manager", system).body("{}").post("/api/v1/enrolments/" + enrolment + "/completion")
                .then().statusCode(409).body("from", equalTo("COMPLETED"));
        assertTrue(events.await(m -> m.key().equals(enrolment) && m.value().path("type").asText().contains("EnrolmentCompleted"),
                1, Duration.ofSeconds(30)).size() == 1);
        assertEquals(1, events.readFor(m -> m.key().equals(enrolment) && m.value().path("type").asText().contains("EnrolmentCompleted"),
                Duration.ofSeconds(1)).size());
    }
}
