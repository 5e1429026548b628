package org.leadershipimpact.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * evaluation-service killed outright (kill -9) while it is applying a burst of events: the launcher
 * starts it again, and its read models end with every event counted exactly once.
 */
class EvaluationRestartTest {

    private static final int PEOPLE = 300;
    private static RunningStack stack;
    private static Map<String, String> tokens;

    @BeforeAll
    static void startThePlatform() throws IOException {
        stack = RunningStack.start();
        tokens = stack.tokens();
    }

    @AfterAll
    static void stopThePlatform() throws InterruptedException {
        stack.stop();
        stack.close();
    }

    @Test
    void aServiceKilledMidStreamLosesNothingAndCountsNothingTwice() throws Exception {
        as("ADMIN_TOKEN").body("{\"code\":\"SURREY\",\"name\":\"Surrey Heartlands\",\"kind\":\"ICS\"}")
                .post("/api/v1/systems").then().statusCode(201);
        String programme = as("MANAGER_TOKEN")
                .body("{\"title\":\"Surrey 500\",\"systemCode\":\"SURREY\",\"kind\":\"SYSTEM_LEADERSHIP\",\"capacity\":500}")
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        as("MANAGER_TOKEN").body("{\"status\":\"OPEN\"}").put("/api/v1/programmes/" + programme + "/status").then().statusCode(200);
        String organisation = as("MANAGER_TOKEN").body("{\"systemCode\":\"SURREY\",\"name\":\"Surrey Heartlands ICB\",\"type\":\"ICB\"}")
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String cohort = as("MANAGER_TOKEN").body("{\"programmeId\":\"" + programme + "\",\"name\":\"First 300\",\"capacity\":400}")
                .post("/api/v1/cohorts").then().statusCode(201).extract().path("id");
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < PEOPLE; i++) {
            people.append(i == 0 ? "" : ",").append("""
                    {"systemCode":"SURREY","givenName":"Fictional","familyName":"Person %d","email":"person%d@example.nhs.uk",
                     "profession":"%s","sector":"NHS_PRIMARY_CARE","organisationId":"%s"}""".formatted(i, i, i % 2 == 0 ? "GP" : "NURSE",
                    organisation));
        }
        List<String> participants = as("MANAGER_TOKEN").body("{\"participants\":[" + people + "]}")
                .post("/api/v1/participants/bulk").then().statusCode(201).extract().path("participants.id");
        StringBuilder enrolments = new StringBuilder();
        for (int i = 0; i < PEOPLE; i++) {
            enrolments.append(i == 0 ? "" : ",").append("{\"participantId\":\"").append(participants.get(i))
                    .append("\",\"cohortId\":\"").append(cohort).append("\",\"pathway\":\"CORE\"}");
        }
        as("MANAGER_TOKEN").body("{\"enrolments\":[" + enrolments + "]}").post("/api/v1/enrolments/bulk").then().statusCode(201);

        // kill it while the burst is being applied: some counted, not all
        long counted = awaitFigure(programme, "enrolments.total", n -> n > 0);
        ProcessHandle evaluation = stack.service("evaluation-service");
        long atKill = figure(programme, "enrolments.total");
        evaluation.destroyForcibly();
        evaluation.onExit().get(30, TimeUnit.SECONDS);
        assertTrue(atKill < PEOPLE, "the kill came mid-stream (" + counted + ", then " + atKill + " of " + PEOPLE + " counted)");
        System.out.printf("evaluation-service killed with %d of %d enrolments counted%n", atKill, PEOPLE);

        awaitFigure(programme, "enrolments.total", n -> n == PEOPLE);
        assertTrue(stack.output().contains("evaluation-service stopped (exit"), "the launcher restarted it:\n" + stack.output());
        // a little longer: anything applied before the kill but not committed arrives again, and must not count
        Instant watchUntil = Instant.now().plus(Duration.ofSeconds(3));
        while (Instant.now().isBefore(watchUntil)) {
            JsonPath summary = summary(programme);
            assertEquals(PEOPLE, summary.getInt("enrolments.total"));
            assertEquals(PEOPLE, summary.getInt("participants.total"));
            assertEquals(Map.of("GP", PEOPLE / 2, "NURSE", PEOPLE / 2), summary.getMap("participants.byProfession"));
            LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
        }
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return stack.as(tokens.get(token)).contentType(ContentType.JSON);
    }

    private static JsonPath summary(String programme) {
        return stack.as(tokens.get("ADMIN_TOKEN"))
                .get("/api/v1/evaluation/programmes/" + programme + "/summary").then().extract().jsonPath();
    }

    /** The figure, or -1 while the programme is not known or the service does not answer (it is restarting). */
    private static long figure(String programme, String path) {
        try {
            var response = stack.as(tokens.get("ADMIN_TOKEN"))
                    .get("/api/v1/evaluation/programmes/" + programme + "/summary");
            return response.statusCode() == 200 ? response.jsonPath().getLong(path) : -1;
        } catch (RuntimeException notAnswering) {
            return -1;
        }
    }

    private static long awaitFigure(String programme, String path, java.util.function.LongPredicate done) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        long seen = figure(programme, path);
        while (!done.test(seen)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(path + " still " + seen + " after 2 minutes");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            seen = figure(programme, path);
        }
        return seen;
    }
}
