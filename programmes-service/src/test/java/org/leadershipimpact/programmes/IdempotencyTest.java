package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;
import static org.leadershipimpact.programmes.Fixtures.as;
import static org.leadershipimpact.programmes.Fixtures.newSystem;

@QuarkusTest
class IdempotencyTest {

    private static String programme(String system, String title) {
        return "{\"systemCode\":\"%s\",\"title\":\"%s\",\"kind\":\"SYSTEM_LEADERSHIP\"}".formatted(system, title);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() {
        String system = newSystem();
        String key = UUID.randomUUID().toString();
        var first = as("programme-manager", system).header("Idempotency-Key", key).body(programme(system, "Surrey 500"))
                .post("/api/v1/programmes").then().statusCode(201).extract();
        as("programme-manager", system).header("Idempotency-Key", key).body(programme(system, "Surrey 500"))
                .post("/api/v1/programmes").then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        as("programme-manager", system).get("/api/v1/programmes?system=" + system).then().body("items", hasSize(1));
    }

    @Test
    void concurrentRetriesCreateOneRecord() {
        String system = newSystem();
        String key = UUID.randomUUID().toString();
        var attempts = java.util.stream.IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                as("programme-manager", system).header("Idempotency-Key", key).body(programme(system, "Raced"))
                        .post("/api/v1/programmes").then().extract())).toList();
        var ids = attempts.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 201)
                .map(r -> r.<String>path("id")).distinct().toList();
        assertEquals(1, ids.size(), "every successful answer names the same programme");
        as("programme-manager", system).get("/api/v1/programmes?system=" + system).then().body("items", hasSize(1));
    }

    @Test
    void reusingAKeyForADifferentRequestIsRefused() {
        String system = newSystem();
        String key = UUID.randomUUID().toString();
        as("programme-manager", system).header("Idempotency-Key", key).body(programme(system, "First"))
                .post("/api/v1/programmes").then().statusCode(201);
        as("programme-manager", system).header("Idempotency-Key", key).body(programme(system, "Second"))
                .post("/api/v1/programmes").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://leadershipimpact.org/problems/idempotency-key-reused"));
    }

    @Test
    void aRefusedRequestLeavesTheKeyFreeForACorrectedRetry() {
        String system = newSystem();
        String key = UUID.randomUUID().toString();
        as("programme-manager", system).header("Idempotency-Key", key)
                .body("{\"systemCode\":\"" + system + "\",\"title\":\"T\",\"kind\":\"SYSTEM_LEADERSHIP\",\"commissionerId\":\"" + UUID.randomUUID() + "\"}")
                .post("/api/v1/programmes").then().statusCode(422);
        as("programme-manager", system).header("Idempotency-Key", key).body(programme(system, "T"))
                .post("/api/v1/programmes").then().statusCode(201);
    }

    @Test
    void keysBelongToTheirCaller() {
        String system = newSystem();
        String key = UUID.randomUUID().toString();
        as("programme-manager", system).header("Idempotency-Key", key).body(programme(system, "Mine"))
                .post("/api/v1/programmes").then().statusCode(201);
        as("integrator", system).header("Idempotency-Key", key).body(programme(system, "Theirs"))
                .post("/api/v1/programmes").then().statusCode(201);
        as("programme-manager", system).get("/api/v1/programmes?system=" + system).then().body("items", hasSize(2));
    }

    @Test
    void withoutAKeyEachRequestCreates() {
        String system = newSystem();
        as("programme-manager", system).body(programme(system, "Same")).post("/api/v1/programmes").then().statusCode(201);
        as("programme-manager", system).body(programme(system, "Same")).post("/api/v1/programmes").then().statusCode(201);
        as("programme-manager", system).get("/api/v1/programmes?system=" + system).then().body("items", hasSize(2));
    }

    @Test
    void aReplayIsShownOnlyToACallerWhoMayReadWhatTheKeyCreated() {
        String system = newSystem();
        String other = newSystem();
        String key = UUID.randomUUID().toString();
        String id = as("programme-manager", system).header("Idempotency-Key", key).body(programme(system, "Kept apart"))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        // the same subject (every test token of a role shares one) now acting for another system only
        as("programme-manager", other).header("Idempotency-Key", key).body(programme(system, "Kept apart"))
                .post("/api/v1/programmes").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://leadershipimpact.org/problems/not-found"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(id)));
        // a user whose systems changed but who still acts for the record's system gets the first answer
        as("programme-manager", other, system).header("Idempotency-Key", key).body(programme(system, "Kept apart"))
                .post("/api/v1/programmes").then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(id));
        as("programme-manager", system).get("/api/v1/programmes?system=" + system).then().body("items", hasSize(1));
    }
}
