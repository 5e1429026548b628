package org.leadershipimpact.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.Eventually;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicWriter;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SystemSummaryTest {

    private static TopicWriter kafka;

    @BeforeAll
    static void connect() {
        kafka = new TopicWriter();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void eachProgrammeCreatedCountsOnceEvenWhenDeliveredTwice() {
        String first = programmeCreated(UUID.randomUUID(), "FYLDE");
        kafka.send("programmes.events", "p1", first);
        kafka.send("programmes.events", "p1", first);
        kafka.send("programmes.events", "p2", programmeCreated(UUID.randomUUID(), "FYLDE"));
        // markers after the others: once they count, everything before them on their partitions was applied
        kafka.send("programmes.events", "p1", programmeCreated(UUID.randomUUID(), "FYLDE-MARK-1"));
        kafka.send("programmes.events", "p2", programmeCreated(UUID.randomUUID(), "FYLDE-MARK-2"));
        awaitProgrammes("FYLDE-MARK-1", 1);
        awaitProgrammes("FYLDE-MARK-2", 1);
        assertEquals(2, programmes("FYLDE"), "the duplicate delivery was not counted");
    }

    @Test
    void aMessageThatIsNotACloudEventIsPassedOverAndLaterEventsStillApply() {
        kafka.send("programmes.events", "bad", "this is not JSON");
        kafka.send("programmes.events", "bad", programmeCreated(UUID.randomUUID(), "CUMBRIA"));
        awaitProgrammes("CUMBRIA", 1);
    }

    @Test
    void eventTypesTheServiceDoesNotKnowAreIgnored() {
        kafka.send("programmes.events", "x", event(UUID.randomUUID(), "org.leadershipimpact.programmes.SomethingNew.v1", "GM"));
        kafka.send("programmes.events", "x", programmeCreated(UUID.randomUUID(), "GM"));
        awaitProgrammes("GM", 1);
    }

    @Test
    void aSystemWithNoHistoryHasASummaryOfZeros() {
        given().header("Authorization", TestTokens.bearer("analyst", "QUIET"))
                .when().get("/api/v1/evaluation/systems/QUIET/summary")
                .then().statusCode(200)
                .body("systemCode", equalTo("QUIET"))
                .body("programmes", equalTo(0));
    }

    @Test
    void anotherSystemsSummaryDoesNotExistForTheCaller() {
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .when().get("/api/v1/evaluation/systems/FRIMLEY/summary")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anInvalidSystemCodeIsAProblem() {
        given().header("Authorization", TestTokens.bearer("admin"))
                .when().get("/api/v1/evaluation/systems/not a code/summary")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.contains("code"));
    }

    private static void awaitProgrammes(String system, int expected) {
        int seen = Eventually.await(() -> programmes(system), n -> n >= expected, Duration.ofSeconds(30));
        assertEquals(expected, seen, "programmes counted for " + system);
    }

    private static int programmes(String system) {
        return given().header("Authorization", TestTokens.bearer("admin"))
                .when().get("/api/v1/evaluation/systems/" + system + "/summary")
                .then().statusCode(200).extract().path("programmes");
    }

    private static String programmeCreated(UUID programmeId, String system) {
        return event(programmeId, "org.leadershipimpact.programmes.ProgrammeCreated.v1", system);
    }

    private static String event(UUID programmeId, String type, String system) {
        return """
                {"specversion":"1.0","id":"%s","source":"/programmes","type":"%s",
                 "subject":"programme/%s","time":"2026-11-25T10:00:00Z","datacontenttype":"application/json",
                 "data":{"programmeId":"%s","systemCode":"%s","title":"A programme","status":"DRAFT"}}
                """.formatted(UUID.randomUUID(), type, programmeId, programmeId, system);
    }
}
