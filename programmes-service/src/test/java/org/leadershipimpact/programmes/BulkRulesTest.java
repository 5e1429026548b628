package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadershipimpact.programmes.EnrolmentRulesTest.enrolment;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;
import static org.leadershipimpact.programmes.Fixtures.as;
import static org.leadershipimpact.programmes.Fixtures.cohort;
import static org.leadershipimpact.programmes.Fixtures.enrol;
import static org.leadershipimpact.programmes.Fixtures.newSystem;
import static org.leadershipimpact.programmes.Fixtures.organisation;
import static org.leadershipimpact.programmes.Fixtures.participant;
import static org.leadershipimpact.programmes.Fixtures.participantJson;
import static org.leadershipimpact.programmes.Fixtures.programme;
import static org.leadershipimpact.programmes.Fixtures.session;

/**
 * The bulk writes check each rule once for the whole batch, not row by row: the rules must come out
 * as they did row by row. Rows are paired with their own system, a row sees the places earlier rows
 * took, every refused row is named, and nothing is stored unless every row is.
 */
@QuarkusTest
class BulkRulesTest {

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
    void anEmailTakenInAnotherSystemIsFreeInThisOne() {
        String here = newSystem();
        String there = newSystem();
        String email = "shared." + UUID.randomUUID() + "@example.nhs.uk";
        String hereOrganisation = organisation(here);
        String thereOrganisation = organisation(there);
        as("programme-manager", here).body(participantJson(here, hereOrganisation, email)).post("/api/v1/participants").then().statusCode(201);
        String batch = bulk("participants", participantJson(there, thereOrganisation, email), participantJson(here, hereOrganisation, email));
        as("programme-manager", here, there).body(batch).post("/api/v1/participants/bulk").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("participants[1].email"));
        as("programme-manager", here, there).body(bulk("participants", participantJson(there, thereOrganisation, email)))
                .post("/api/v1/participants/bulk").then().statusCode(201);
    }

    @Test
    void everyRefusedParticipantIsNamedAndNobodyIsRegistered() {
        String system = newSystem();
        String other = newSystem();
        String organisation = organisation(system);
        String withdrawn = organisation(system);
        as("programme-manager", system).body("{\"reason\":\"Merged into the ICB\"}").post("/api/v1/organisations/" + withdrawn + "/withdrawal")
                .then().statusCode(200);
        String taken = "Taken." + UUID.randomUUID() + "@example.nhs.uk";
        as("programme-manager", system).body(participantJson(system, organisation, taken)).post("/api/v1/participants").then().statusCode(201);
        String twice = "twice." + UUID.randomUUID() + "@example.nhs.uk";
        as("programme-manager", system).body(bulk("participants",
                        participantJson(system, organisation, fresh()),
                        participantJson(system, organisation, taken.toLowerCase(Locale.ROOT)),
                        participantJson(system, organisation(other), fresh()),
                        participantJson(system, organisation, twice),
                        participantJson(system, withdrawn, fresh()),
                        participantJson(system, organisation, twice.toUpperCase(Locale.ROOT)),
                        participantJson(system, UUID.randomUUID().toString(), fresh()),
                        participantJson(system, organisation, fresh())))
                .post("/api/v1/participants/bulk").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("participants[1].email", "participants[2].organisationId",
                        "participants[4].organisationId", "participants[5].email", "participants[6].organisationId"));
        as("programme-manager", system).get("/api/v1/participants?system=" + system).then().body("items", hasSize(1));
    }

    @Test
    void aFullBatchOfRefusedRowsNamesEveryRow() {
        String system = newSystem();
        String organisation = organisation(system);
        List<String> rows = IntStream.range(0, 500).mapToObj(i -> participantJson(system, organisation, "row" + i + "." + UUID.randomUUID()
                + "@example.nhs.uk")).toList();
        as("programme-manager", system).body(bulk("participants", rows.toArray(String[]::new))).post("/api/v1/participants/bulk")
                .then().statusCode(201).body("participants", hasSize(500));
        as("programme-manager", system).body(bulk("participants", rows.toArray(String[]::new))).post("/api/v1/participants/bulk")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", equalTo(IntStream.range(0, 500).mapToObj(i -> "participants[" + i + "].email").toList()));
    }

    @Test
    void everyRefusedEnrolmentIsNamedAndNobodyIsEnrolled() {
        String system = newSystem();
        String other = newSystem();
        String organisation = organisation(system);
        String programme = programme(system).create();
        String cohort = cohort(system, programme, 10);
        String alreadyEnrolled = participant(system, organisation);
        enrol(system, alreadyEnrolled, cohort(system, programme, 10), "CORE");
        String twice = participant(system, organisation);
        String othersCohort = cohort(other, programme(other).create(), 10);
        String draftCohort = cohort(system, programme(system).draft().create(), 10);
        as("programme-manager", system).body(bulk("enrolments",
                        enrolment(twice, cohort, "CORE"),
                        enrolment(participant(other, organisation(other)), cohort, "CORE"),
                        enrolment(participant(system, organisation), UUID.randomUUID().toString(), "CORE"),
                        enrolment(alreadyEnrolled, cohort, "CORE"),
                        enrolment(twice, cohort, "CORE"),
                        enrolment(participant(system, organisation), othersCohort, "CORE"),
                        enrolment(participant(system, organisation), draftCohort, "CORE"),
                        enrolment(participant(system, organisation), cohort, "ACCREDITED"),
                        enrolment(participant(system, organisation), cohort, "CORE")))
                .post("/api/v1/enrolments/bulk").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("enrolments[1].participantId", "enrolments[2].cohortId", "enrolments[3]",
                        "enrolments[4]", "enrolments[5].cohortId", "enrolments[6]", "enrolments[7].pathway"));
        as("programme-manager", system).get("/api/v1/enrolments?cohort=" + cohort).then().body("items", hasSize(0));
    }

    @Test
    void placesTakenEarlierInTheBatchCountAgainstLaterRows() {
        String system = newSystem();
        String organisation = organisation(system);
        String programme = programme(system).capacity(4).create();
        String small = cohort(system, programme, 2);
        String large = cohort(system, programme, 10);
        enrol(system, participant(system, organisation), small, "CORE");
        as("programme-manager", system).body(bulk("enrolments",
                        enrolment(participant(system, organisation), small, "CORE"),
                        enrolment(participant(system, organisation), large, "CORE"),
                        enrolment(participant(system, organisation), small, "CORE"),
                        enrolment(participant(system, organisation), large, "CORE"),
                        enrolment(participant(system, organisation), large, "CORE")))
                .post("/api/v1/enrolments/bulk").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("enrolments[2]", "enrolments[4]"))
                .body("violations.message", contains(containsString("Cohort " + small + " is full"),
                        containsString("Programme " + programme + " is full")));
    }

    @Test
    void aWithdrawnPlaceIsNoPlaceForABulkEnrolment() {
        String system = newSystem();
        String programme = programme(system).create();
        String person = participant(system, organisation(system));
        String cohort = cohort(system, programme, 1);
        String first = enrol(system, person, cohort, "CORE");
        as("programme-manager", system).body("{\"status\":\"WITHDRAWN\"}").put("/api/v1/enrolments/" + first + "/status").then().statusCode(200);
        as("programme-manager", system).body(bulk("enrolments", enrolment(person, cohort, "CORE")))
                .post("/api/v1/enrolments/bulk").then().statusCode(201);
    }

    @Test
    void theLastOfFiveHundredEnrolmentsIsRefusedWhenOnePlaceIsMissing() {
        String system = newSystem();
        String organisation = organisation(system);
        String cohort = cohort(system, programme(system).create(), 499);
        List<String> people = register(system, organisation, 500);
        String[] rows = people.stream().map(p -> enrolment(p, cohort, "CORE")).toArray(String[]::new);
        as("programme-manager", system).body(bulk("enrolments", rows)).post("/api/v1/enrolments/bulk")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", contains("enrolments[499]"));
        as("programme-manager", system).body(bulk("enrolments", Arrays.copyOf(rows, 499))).post("/api/v1/enrolments/bulk")
                .then().statusCode(201).body("enrolments", hasSize(499));
    }

    @Test
    void everyRefusedMarkIsNamedAndNoneIsRecorded() {
        String system = newSystem();
        String other = newSystem();
        String organisation = organisation(system);
        String programme = programme(system).create();
        String cohort = cohort(system, programme, 10);
        String session = session(system, cohort, LocalDate.now().minusDays(1));
        String mine = enrol(system, participant(system, organisation), cohort, "CORE");
        String withdrawn = enrol(system, participant(system, organisation), cohort, "CORE");
        as("programme-manager", system).body("{\"status\":\"WITHDRAWN\"}").put("/api/v1/enrolments/" + withdrawn + "/status").then().statusCode(200);
        String elsewhere = enrol(system, participant(system, organisation), cohort(system, programme, 10), "CORE");
        String othersEnrolment = enrol(other, participant(other, organisation(other)), cohort(other, programme(other).create(), 10), "CORE");
        as("programme-manager", system).body(bulk("marks", mark(mine), mark(othersEnrolment), mark(mine), mark(elsewhere), mark(withdrawn),
                        mark(UUID.randomUUID().toString())))
                .put("/api/v1/sessions/" + session + "/attendance").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("marks[1].enrolmentId", "marks[2].enrolmentId", "marks[3].enrolmentId",
                        "marks[4].enrolmentId", "marks[5].enrolmentId"));
        as("programme-manager", system).get("/api/v1/sessions/" + session + "/attendance").then().body("marks", hasSize(0));
    }

    @Test
    void aBulkWriteAnnouncesOneEventPerRowWrittenAndNoneForAMarkUnchanged() {
        String system = newSystem();
        String organisation = organisation(system);
        String cohort = cohort(system, programme(system).create(), 100);
        String session = session(system, cohort, LocalDate.now().minusDays(1));
        List<String> people = register(system, organisation, 100);
        List<String> enrolments = as("programme-manager", system)
                .body(bulk("enrolments", people.stream().map(p -> enrolment(p, cohort, "CORE")).toArray(String[]::new)))
                .post("/api/v1/enrolments/bulk").then().statusCode(201).extract().path("enrolments.id");
        as("programme-manager", system).body(bulk("marks", enrolments.stream().map(BulkRulesTest::mark).toArray(String[]::new)))
                .put("/api/v1/sessions/" + session + "/attendance").then().statusCode(200);
        // again, with the first ten now absent: ten corrections, ninety marks as they were
        List<String> again = new ArrayList<>();
        for (int i = 0; i < enrolments.size(); i++) {
            again.add(i < 10 ? mark(enrolments.get(i)).replace("PRESENT", "ABSENT") : mark(enrolments.get(i)));
        }
        as("programme-manager", system).body(bulk("marks", again.toArray(String[]::new)))
                .put("/api/v1/sessions/" + session + "/attendance").then().statusCode(200);

        assertEquals(sorted(people), keysOf("ParticipantRegistered", system, 100));
        assertEquals(sorted(enrolments), keysOf("EnrolmentCreated", system, 100));
        List<TopicReader.Message> marks = events.await(ofType("AttendanceRecorded", system), 110, Duration.ofSeconds(30));
        assertEquals(110, events.readFor(ofType("AttendanceRecorded", system), Duration.ofSeconds(2)).size());
        assertEquals(sorted(enrolments.subList(0, 10)), sorted(marks.stream()
                .filter(m -> m.value().path("data").path("mark").asText().equals("ABSENT")).map(TopicReader.Message::key).toList()));
    }

    /** The keys (aggregate ids) of the events of {@code type} about {@code system}, sorted: {@code count} of them, and no more. */
    private static List<String> keysOf(String type, String system, int count) {
        events.await(ofType(type, system), count, Duration.ofSeconds(30));
        return sorted(events.readFor(ofType(type, system), Duration.ofSeconds(2)).stream().map(TopicReader.Message::key).toList());
    }

    private static List<String> sorted(List<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static Predicate<TopicReader.Message> ofType(String type, String system) {
        return m -> m.value().path("type").asText().contains("." + type + ".") && system.equals(m.value().path("data").path("systemCode").asText());
    }

    private static List<String> register(String system, String organisation, int count) {
        String[] rows = IntStream.range(0, count).mapToObj(i -> participantJson(system, organisation, fresh())).toArray(String[]::new);
        return as("programme-manager", system).body(bulk("participants", rows)).post("/api/v1/participants/bulk")
                .then().statusCode(201).extract().path("participants.id");
    }

    private static String mark(String enrolmentId) {
        return "{\"enrolmentId\":\"" + enrolmentId + "\",\"mark\":\"PRESENT\"}";
    }

    private static String bulk(String list, String... rows) {
        return "{\"" + list + "\":[" + String.join(",", rows) + "]}";
    }

    private static String fresh() {
        return UUID.randomUUID() + "@example.nhs.uk";
    }
}
