package org.leadershipimpact.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestKeys;
import org.leadershipimpact.testsupport.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

/** Three requests a minute per client: the fourth is refused, and another client is not affected. */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
@QuarkusTestResource(StubUpstreams.class)
@TestProfile(RateLimitTest.ThreeAMinute.class)
class RateLimitTest {

    public static class ThreeAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lip.gateway.rate-limit.requests", "3", "lip.gateway.rate-limit.period", "1m");
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
}
