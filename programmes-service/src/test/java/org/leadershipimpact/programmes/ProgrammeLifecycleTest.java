package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TopicReader;

import java.time.Duration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;
import static org.leadershipimpact.programmes.Fixtures.as;
import static org.leadershipimpact.programmes.Fixtures.newSystem;
import static org.leadershipimpact.programmes.Fixtures.organisation;
import static org.leadershipimpact.programmes.Fixtures.programme;

@QuarkusTest
class ProgrammeLifecycleTest {

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
    void aProgrammeMovesThroughItsLifecycleAnnouncingEachChangeOnce() {
        String system = newSystem();
        String id = programme(system).draft().create();
        for (String status : new String[] {"OPEN", "RUNNING", "COMPLETED"}) {
            as("programme-manager", system).body("{\"status\":\"" + status + "\"}").put("/api/v1/programmes/" + id + "/status")
                    .then().statusCode(200).body("status", equalTo(status));
        }
        var changes = events.await(m -> m.key().equals(id) && m.value().path("type").asText().contains("ProgrammeStatusChanged"),
                3, Duration.ofSeconds(30));
        assertEquals("DRAFT", changes.get(0).value().path("data").path("from").asText());
        assertEquals("COMPLETED", changes.get(2).value().path("data").path("to").asText());
        assertEquals(3, events.readFor(m -> m.key().equals(id) && m.value().path("type").asText().contains("StatusChanged"),
                Duration.ofSeconds(1)).size());
    }

    @Test
    void anIllegalMoveIsAConflictThatSaysWhichMovesAreAllowed() {
        String system = newSystem();
        String id = programme(system).draft().create();
        as("programme-manager", system).body("{\"status\":\"RUNNING\"}").put("/api/v1/programmes/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://leadershipimpact.org/problems/illegal-transition"))
                .body("from", equalTo("DRAFT"))
                .body("allowed", containsInAnyOrder("OPEN", "CANCELLED"))
                .body("extensions", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aCompletedProgrammeCannotChangeStatus() {
        String system = newSystem();
        String id = programme(system).draft().create();
        as("programme-manager", system).body("{\"status\":\"CANCELLED\"}").put("/api/v1/programmes/" + id + "/status").then().statusCode(200);
        as("programme-manager", system).body("{\"status\":\"OPEN\"}").put("/api/v1/programmes/" + id + "/status")
                .then().statusCode(409).body("allowed.size()", equalTo(0));
    }

    @Test
    void askingForTheCurrentStatusChangesNothing() {
        String system = newSystem();
        String id = programme(system).create();
        as("programme-manager", system).body("{\"status\":\"OPEN\"}").put("/api/v1/programmes/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("OPEN"));
        assertEquals(1, events.readFor(m -> m.key().equals(id) && m.value().path("type").asText().contains("StatusChanged"),
                Duration.ofSeconds(2)).size(), "OPEN once, not twice");
    }

    @Test
    void aProgrammeIsUpdatedWithIfMatchAndAStaleWriteIsRefused() {
        String system = newSystem();
        String id = programme(system).create();
        String etag = as("programme-manager", system).get("/api/v1/programmes/" + id).then().extract().header("ETag");
        String change = """
                {"systemCode":"%s","title":"Frimley Health and Care 2020","kind":"SYSTEM_LEADERSHIP","capacity":100,
                 "funding":{"amountPence":25000000,"currency":"GBP","source":"NHS England"},
                 "targetProfessions":["GP","CONSULTANT","POLICE_OFFICER","ARMED_FORCES"]}""".formatted(system);
        as("programme-manager", system).header("If-Match", etag).body(change).put("/api/v1/programmes/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Frimley Health and Care 2020"))
                .body("funding.amountPence", equalTo(25000000))
                .body("status", equalTo("OPEN"));
        as("programme-manager", system).header("If-Match", etag).body(change).put("/api/v1/programmes/" + id)
                .then().statusCode(412).contentType(PROBLEM);
        events.await(m -> m.key().equals(id) && m.value().path("type").asText().contains("ProgrammeUpdated"), 1, Duration.ofSeconds(30));
    }

    @Test
    void aProgrammeCannotMoveToAnotherSystem() {
        String system = newSystem();
        String other = newSystem();
        String id = programme(system).create();
        as("admin").body("{\"systemCode\":\"" + other + "\",\"title\":\"T\",\"kind\":\"SYSTEM_LEADERSHIP\"}").put("/api/v1/programmes/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("systemCode"));
    }

    @Test
    void aCommissionerMustBeAnOrganisationOfTheSameSystem() {
        String system = newSystem();
        String elsewhere = organisation(newSystem());
        as("admin").body("""
                {"systemCode":"%s","title":"T","kind":"SYSTEM_LEADERSHIP","commissionerId":"%s"}""".formatted(system, elsewhere))
                .post("/api/v1/programmes").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("commissionerId"));
        String local = organisation(system);
        as("admin").body("""
                {"systemCode":"%s","title":"T","kind":"SYSTEM_LEADERSHIP","commissionerId":"%s","deliveryPartnerIds":["%s"]}"""
                .formatted(system, local, local))
                .post("/api/v1/programmes").then().statusCode(201).body("commissionerId", equalTo(local));
    }

    @Test
    void anEndBeforeTheStartIsAProblem() {
        String system = newSystem();
        as("programme-manager", system).body("""
                {"systemCode":"%s","title":"T","kind":"TALENT_PIPELINE","startDate":"2026-06-01","endDate":"2026-01-01"}""".formatted(system))
                .post("/api/v1/programmes").then().statusCode(400).body("violations.field", contains("endDate"));
    }

    @Test
    void programmesCanBeFilteredByStatus() {
        String system = newSystem();
        String draft = programme(system).draft().create();
        String open = programme(system).create();
        as("programme-manager", system).get("/api/v1/programmes?system=" + system + "&status=OPEN").then().statusCode(200)
                .body("items.id", contains(open));
        as("programme-manager", system).get("/api/v1/programmes?system=" + system + "&status=DRAFT").then().statusCode(200)
                .body("items.id", contains(draft));
    }
}
