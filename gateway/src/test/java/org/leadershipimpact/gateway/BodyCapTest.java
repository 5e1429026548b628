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
import static org.hamcrest.Matchers.equalTo;

/**
 * A body cap set above Quarkus's own default (10M) is the cap: Quarkus's limit follows the gateway's,
 * so a body under it reaches the service, and one over it gets the gateway's problem details.
 */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
@QuarkusTestResource(StubUpstreams.class)
@TestProfile(BodyCapTest.TwelveMegabytes.class)
class BodyCapTest {

    public static class TwelveMegabytes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lip.gateway.max-body-size", "12M");
        }
    }

    private static final String MANAGER = TestTokens.bearer("programme-manager", "SURREY");

    @Test
    void aBodyUnderARaisedCapReachesTheService() {
        given().header("Authorization", MANAGER).contentType("text/csv").body(new byte[11 * 1024 * 1024])
                .when().post("/api/v1/stream/upload")
                .then().statusCode(200)
                .body(equalTo(Integer.toString(11 * 1024 * 1024)));
    }

    @Test
    void aBodyOverTheCapIsRefusedWithProblemDetails() {
        given().header("Authorization", MANAGER).contentType("text/csv").body(new byte[13 * 1024 * 1024])
                .when().post("/api/v1/stream/upload")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }
}
