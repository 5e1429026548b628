package org.leadershipimpact.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestKeys;
import org.leadershipimpact.testsupport.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three requests a minute per client: the fourth is refused, and another client is not affected; and
 * two in progress at once: a third while they are is refused.
 */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
@QuarkusTestResource(StubUpstreams.class)
@TestProfile(RateLimitTest.ThreeAMinute.class)
class RateLimitTest {

    public static class ThreeAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lip.gateway.rate-limit.requests", "3", "lip.gateway.rate-limit.period", "1m",
                    "lip.gateway.rate-limit.concurrent", "2");
        }
    }

    @Test
    void aClientOverItsLimitGetsTooManyRequestsWithWhenToComeBack() {
        String first = TestTokens.bearer("analyst", "SURREY");
        for (int i = 2; i >= 0; i--) {
            given().header("Authorization", first).get("/api/v1/projects")
                    .then().statusCode(200).header("RateLimit-Remaining", Integer.toString(i));
        }
        given().header("Authorization", first).get("/api/v1/projects")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit-Remaining", "0")
                .body("detail", containsString("More than 3 requests"));
        // another client (another subject) has a bucket of its own
        given().header("Authorization", TestTokens.bearer("programme-manager", "SURREY")).get("/api/v1/projects").then().statusCode(200);
    }

    @Test
    void aClientWithTooManyRequestsInProgressIsRefusedAnother() {
        // the slow service never answers this path: each request is in progress until the gateway's 1 s read timeout
        HttpRequest never = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/slow/never"))
                .header("Authorization", TestTokens.bearer("integrator", "SURREY")).build();
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> three = List.of(http.sendAsync(never, HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(never, HttpResponse.BodyHandlers.ofString()), http.sendAsync(never, HttpResponse.BodyHandlers.ofString()));
        List<HttpResponse<String>> answers = three.stream().map(CompletableFuture::join).toList();
        assertEquals(List.of(429, 504, 504), answers.stream().map(HttpResponse::statusCode).sorted().toList());
        HttpResponse<String> refused = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst().orElseThrow();
        assertTrue(refused.body().contains("More than 2 requests in progress at once"), refused.body());
    }
}
