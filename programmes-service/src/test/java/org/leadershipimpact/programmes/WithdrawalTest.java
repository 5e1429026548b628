package org.leadershipimpact.programmes;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.HeldRows;
import org.leadershipimpact.testsupport.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;
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

/**
 * An organisation or a session is taken back with a reason: refused while records that depend on it
 * stand (naming them), then gone from every list and figure, and nothing new can name it.
 */
@QuarkusTest
class WithdrawalTest {

    private static TopicReader events;

    @Inject
    AgroalDataSource database;

    @BeforeAll
    static void readEvents() {
        events = new TopicReader("programmes.events");
    }

    @AfterAll
    static void stopReading() {
        events.close();
    }

    private static String withdrawal(String reason) {
        return "{\"reason\":\"" + reason + "\"}";
    }

    /** The data of the events of {@code type} about {@code key}: {@code count} of them, waiting for them. */
    private static List<JsonNode> announced(String type, String key, int count) {
        return events.await(m -> m.key().equals(key)
                        && m.value().path("type").asText().equals("org.leadershipimpact.programmes." + type + ".v1"), count, Duration.ofSeconds(30))
                .stream().map(m -> m.value().path("data")).toList();
    }

    private static Set<String> fields(JsonNode data) {
        Set<String> names = new TreeSet<>();
        data.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String programmeNaming(String system, String commissioner, String partner) {
        return as("programme-manager", system).body(programmeJson(system, commissioner, partner))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
    }

    private static String programmeJson(String system, String commissioner, String partner) {
        return """
                {"systemCode":"%s","title":"System leadership","kind":"SYSTEM_LEADERSHIP","commissionerId":%s,"deliveryPartnerIds":[%s]}"""
                .formatted(system, commissioner == null ? "null" : "\"" + commissioner + "\"", partner == null ? "" : "\"" + partner + "\"");
    }

    private static String etag(String system, String path) {
        return as("programme-manager", system).get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anOrganisationIsRefusedWhileParticipantsOrProgrammesNameItThenWithdrawnOnceAndGone() {
        String system = newSystem();
        String trust = organisation(system);
        String other = organisation(system);
        String person = participant(system, trust);
        String commissioned = programmeNaming(system, trust, null);
        String delivered = programmeNaming(system, null, trust);
        as("programme-manager", system).body(withdrawal("Merged into the ICB")).post("/api/v1/organisations/" + trust + "/withdrawal")
                .then().statusCode(409).contentType(PROBLEM)
                .body("dependants", contains("participant " + person, "programme " + commissioned, "programme " + delivered))
                .body("detail", containsString("participant " + person));

        as("programme-manager", system).header("If-Match", etag(system, "/api/v1/participants/" + person))
                .body(participantJson(system, other, person + "@example.nhs.uk")).put("/api/v1/participants/" + person).then().statusCode(200);
        as("programme-manager", system).header("If-Match", etag(system, "/api/v1/programmes/" + commissioned))
                .body(programmeJson(system, other, null)).put("/api/v1/programmes/" + commissioned).then().statusCode(200);
        as("programme-manager", system).header("If-Match", etag(system, "/api/v1/programmes/" + delivered))
                .body(programmeJson(system, null, other)).put("/api/v1/programmes/" + delivered).then().statusCode(200);

        String path = "/api/v1/organisations/" + trust;
        String etag = etag(system, path);
        as("programme-manager", system).header("If-Match", "\"99\"").body(withdrawal("Merged into the ICB"))
                .post(path + "/withdrawal").then().statusCode(412).contentType(PROBLEM);
        String when = as("programme-manager", system).header("If-Match", etag).body(withdrawal("Merged into the ICB"))
                .post(path + "/withdrawal").then().statusCode(200)
                .body("recordType", equalTo("Organisation")).body("recordId", equalTo(trust)).body("reason", equalTo("Merged into the ICB"))
                .extract().path("withdrawnAt");
        as("integrator", system).body(withdrawal("Closed")).post(path + "/withdrawal").then().statusCode(200)
                .body("withdrawnAt", equalTo(when)).body("reason", equalTo("Merged into the ICB"));

        JsonNode event = announced("OrganisationWithdrawn", trust, 1).get(0);
        assertEquals(Set.of("organisationId", "systemCode"), fields(event));
        assertEquals(trust, event.path("organisationId").asText());
        assertEquals(1, events.readFor(m -> m.key().equals(trust) && m.value().path("type").asText().contains("OrganisationWithdrawn"),
                Duration.ofSeconds(2)).size(), "withdrawn once, announced once");

        as("analyst", system).get(path).then().statusCode(410).contentType(PROBLEM)
                .body("reason", equalTo("Merged into the ICB")).body("withdrawnAt", equalTo(when));
        as("analyst", system).get("/api/v1/organisations?system=" + system).then().statusCode(200).body("items.id", contains(other));
        as("programme-manager", system).header("If-Match", "*").body("""
                {"systemCode":"%s","name":"Renamed","type":"NHS_TRUST"}""".formatted(system)).put(path).then().statusCode(410);
        as("programme-manager", system).body(participantJson(system, trust, UUID.randomUUID() + "@example.nhs.uk"))
                .post("/api/v1/participants").then().statusCode(422).contentType(PROBLEM).body("violations.field", contains("organisationId"));
        as("programme-manager", system).header("If-Match", "*").body(participantJson(system, trust, person + "@example.nhs.uk"))
                .put("/api/v1/participants/" + person).then().statusCode(422).body("violations.field", contains("organisationId"));
        as("programme-manager", system).body(programmeJson(system, trust, null)).post("/api/v1/programmes")
                .then().statusCode(422).body("violations.field", contains("commissionerId"));
        as("programme-manager", system).body(programmeJson(system, null, trust)).post("/api/v1/programmes")
                .then().statusCode(422).body("violations.field", contains("deliveryPartnerIds"));

        as("admin").get(path + "/withdrawal").then().statusCode(200)
                .body("withdrawnBy", notNullValue()).body("withdrawnAt", equalTo(when)).body("systemCode", equalTo(system));
        as("programme-manager", system).get(path + "/withdrawal").then().statusCode(403);
        as("admin").get("/api/v1/organisations/" + other + "/withdrawal").then().statusCode(404);
    }

    @Test
    void aRefusalNamesTheFirstTenDependantsAndCountsTheRest() {
        String system = newSystem();
        String trust = organisation(system);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(participantJson(system, trust, UUID.randomUUID() + "@example.nhs.uk"));
        }
        as("programme-manager", system).body("{\"participants\":[" + String.join(",", rows) + "]}")
                .post("/api/v1/participants/bulk").then().statusCode(201);
        as("programme-manager", system).body(withdrawal("Closed")).post("/api/v1/organisations/" + trust + "/withdrawal")
                .then().statusCode(409).contentType(PROBLEM)
                .body("dependants", hasSize(11)).body("dependants[10]", equalTo("and 2 more"))
                .body("detail", containsString(", and 2 more refer to it"));
    }

    @Test
    void aSessionIsRefusedWhileAttendanceIsRecordedAtItAndOnceWithdrawnLeavesRatesListsAndFigures() {
        String system = newSystem();
        String programme = programme(system).create();
        String cohort = cohort(system, programme, 10);
        String attended = session(system, cohort, LocalDate.now().minusDays(2));
        String cancelled = session(system, cohort, LocalDate.now().minusDays(1));
        String enrolment = enrol(system, participant(system, organisation(system)), cohort, "CORE");
        mark(system, attended, enrolment, "PRESENT");
        as("analyst", system).get("/api/v1/enrolments/" + enrolment + "/attendance-rate").then().statusCode(200)
                .body("sessionsHeld", equalTo(2)).body("ratePercent", equalTo(50.0f));

        as("programme-manager", system).body(withdrawal("Held on another day")).post("/api/v1/sessions/" + attended + "/withdrawal")
                .then().statusCode(409).contentType(PROBLEM).body("dependants", contains("enrolment " + enrolment));
        String when = as("programme-manager", system).header("Idempotency-Key", "cancel-" + cancelled)
                .body(withdrawal("Cancelled: the venue flooded")).post("/api/v1/sessions/" + cancelled + "/withdrawal")
                .then().statusCode(200).body("recordType", equalTo("Session")).body("reason", equalTo("Cancelled: the venue flooded"))
                .extract().path("withdrawnAt");
        as("programme-manager", system).header("Idempotency-Key", "cancel-" + cancelled)
                .body(withdrawal("Cancelled: the venue flooded")).post("/api/v1/sessions/" + cancelled + "/withdrawal")
                .then().statusCode(200).header("Idempotency-Replayed", "true").body("withdrawnAt", equalTo(when));

        JsonNode event = announced("SessionWithdrawn", cancelled, 1).get(0);
        assertEquals(Set.of("sessionId", "cohortId", "programmeId", "systemCode"), fields(event));
        assertEquals(cohort, event.path("cohortId").asText());
        assertEquals(programme, event.path("programmeId").asText());

        as("analyst", system).get("/api/v1/sessions/" + cancelled).then().statusCode(410).contentType(PROBLEM)
                .body("reason", equalTo("Cancelled: the venue flooded"));
        as("analyst", system).get("/api/v1/sessions?cohort=" + cohort).then().statusCode(200).body("items.id", contains(attended));
        as("analyst", system).get("/api/v1/cohorts/" + cohort + "/attendance").then().statusCode(200).body("sessions.id", contains(attended));
        as("analyst", system).get("/api/v1/enrolments/" + enrolment + "/attendance-rate").then().statusCode(200)
                .body("sessionsHeld", equalTo(1)).body("ratePercent", equalTo(100.0f));
        as("programme-manager", system).body("{\"marks\":[{\"enrolmentId\":\"" + enrolment + "\",\"mark\":\"PRESENT\"}]}")
                .put("/api/v1/sessions/" + cancelled + "/attendance").then().statusCode(410);
        as("admin").get("/api/v1/systems/" + system + "/figures").then().statusCode(200)
                .body("figures.sessions.total", equalTo(1)).body("figures.'sessions.kind'.LEADERSHIP_INSIGHT_DAY", equalTo(1));
        as("admin").get("/api/v1/sessions/" + cancelled + "/withdrawal").then().statusCode(200).body("withdrawnAt", equalTo(when));
    }

    @Test
    void aParticipantRegisteredWhileTheirOrganisationIsBeingWithdrawnIsRefusedOnceItIs() throws Exception {
        String system = newSystem();
        String trust = organisation(system);
        int status = whileHeld("SELECT id FROM organisation WHERE id = '" + trust + "' FOR UPDATE",
                "UPDATE organisation SET withdrawn_at = now() WHERE id = '" + trust + "'",
                () -> as("programme-manager", system).body(participantJson(system, trust, UUID.randomUUID() + "@example.nhs.uk"))
                        .post("/api/v1/participants").statusCode());
        assertEquals(422, status, "registered with an organisation withdrawn meanwhile");
    }

    @Test
    void anOrganisationBeingNamedByANewParticipantIsNotWithdrawnUnderIt() throws Exception {
        String system = newSystem();
        String trust = organisation(system);
        String person = UUID.randomUUID().toString();
        int status = whileHeld("SELECT id FROM organisation WHERE id = '" + trust + "' FOR SHARE",
                """
                INSERT INTO participant (id, system_code, given_name, family_name, email, profession, sector, organisation_id, created_at)
                VALUES ('%s', '%s', 'Asha', 'Rahman', '%s@example.nhs.uk', 'GP', 'NHS_PRIMARY_CARE', '%s', now())"""
                        .formatted(person, system, person, trust),
                () -> as("programme-manager", system).body(withdrawal("Closed")).post("/api/v1/organisations/" + trust + "/withdrawal").statusCode());
        assertEquals(409, status, "withdrawn while a participant was being registered with it");
    }

    /** A session held yesterday, with nobody marked at it yet, and an enrolment of its cohort. */
    private record Unmarked(String system, String cohort, String session, String enrolment) {
        static Unmarked yesterday() {
            String system = newSystem();
            String cohort = Fixtures.cohort(system, programme(system).create(), 10);
            return new Unmarked(system, cohort, Fixtures.session(system, cohort, LocalDate.now().minusDays(1)),
                    enrol(system, participant(system, organisation(system)), cohort, "CORE"));
        }
    }

    @Test
    void attendanceRecordedWhileItsSessionIsBeingWithdrawnIsRefusedOnceItIs() throws Exception {
        Unmarked at = Unmarked.yesterday();
        int status = whileHeld("SELECT id FROM session WHERE id = '" + at.session() + "' FOR UPDATE",
                "UPDATE session SET withdrawn_at = now() WHERE id = '" + at.session() + "'",
                () -> as("programme-manager", at.system()).body("{\"marks\":[{\"enrolmentId\":\"" + at.enrolment() + "\",\"mark\":\"PRESENT\"}]}")
                        .put("/api/v1/sessions/" + at.session() + "/attendance").statusCode());
        assertEquals(410, status, "attendance recorded at a session withdrawn meanwhile");
    }

    @Test
    void aSessionBeingMarkedIsNotWithdrawnUnderTheRegister() throws Exception {
        Unmarked at = Unmarked.yesterday();
        int status = whileHeld("SELECT id FROM session WHERE id = '" + at.session() + "' FOR SHARE",
                "INSERT INTO attendance (enrolment_id, session_id, cohort_id, mark, recorded_at) VALUES ('%s', '%s', '%s', 'PRESENT', now())"
                        .formatted(at.enrolment(), at.session(), at.cohort()),
                () -> as("programme-manager", at.system()).body(withdrawal("Cancelled")).post("/api/v1/sessions/" + at.session() + "/withdrawal")
                        .statusCode());
        assertEquals(409, status, "withdrawn while its register was being recorded");
    }

    /**
     * Plays the other side of a race: a transaction takes {@code lock}, {@code request} is sent and waits
     * on it in PostgreSQL, then the transaction does {@code change} and commits. The request's status.
     */

    private int whileHeld(String lock, String change, Supplier<Integer> request) throws Exception {
        return HeldRows.whileHeld(database, lock, change, request);
    }
}
