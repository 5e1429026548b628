package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadershipimpact.testsupport.TestTokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;

/** Correctly signed tokens whose claims make no sense are refused like any invalid token, never a 500. */
@QuarkusTest
class OddTokensTest {

    static Stream<Object> malformedSystems() {
        return Stream.of(List.of(1), Arrays.asList((Object) null), List.of(List.of("X")), Map.of("code", "X"), 5, true);
    }

    @ParameterizedTest
    @MethodSource("malformedSystems")
    void aSystemsClaimThatIsNotAListOfCodesIsUnauthenticated(Object systems) {
        for (String role : List.of("analyst", "admin")) {
            given().header("Authorization", TestTokens.changed("test-" + role, claims(role, systems)))
                    .when().get("/api/v1/programmes")
                    .then().statusCode(401).contentType(PROBLEM)
                    .body("status", equalTo(401));
        }
    }

    @ParameterizedTest
    @MethodSource("issuedAt")
    void aTokenIssuedInTheFutureIsUnauthenticatedBeyondTheClockSkew(long secondsAhead, int status) {
        Map<String, Object> claims = claims("admin", List.of());
        Instant issued = Instant.now().plusSeconds(secondsAhead);
        claims.put("iat", issued.getEpochSecond());
        claims.put("exp", issued.plus(1, ChronoUnit.HOURS).getEpochSecond());
        given().header("Authorization", TestTokens.changed("test-admin", claims))
                .when().get("/api/v1/programmes")
                .then().statusCode(status);
    }

    static Stream<Object[]> issuedAt() {
        return Stream.of(new Object[] {365L * 24 * 3600, 401}, new Object[] {3600L, 401}, new Object[] {10L, 200});
    }

    @ParameterizedTest
    @MethodSource("oneSystem")
    void oneSystemCanBeNamedAlone(Object systems) {
        given().header("Authorization", TestTokens.changed("test-analyst", claims("analyst", systems)))
                .when().get("/api/v1/programmes?system=ELHCP")
                .then().statusCode(200);
    }

    static Stream<Object> oneSystem() {
        return Stream.of("ELHCP", List.of("ELHCP"));
    }

    private static Map<String, Object> claims(String role, Object systems) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("groups", List.of(role));
        claims.put("systems", systems);
        return claims;
    }
}
