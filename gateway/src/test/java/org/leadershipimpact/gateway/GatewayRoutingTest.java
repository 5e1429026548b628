package org.leadershipimpact.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestKeys;
import org.leadershipimpact.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

@QuarkusTest
@QuarkusTestResource(TestKeys.class)
@QuarkusTestResource(StubUpstreams.class)
class GatewayRoutingTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void eachPathGoesToTheServiceThatOwnsItWithQueryAndTokenIntact() {
        String bearer = TestTokens.bearer("programme-manager", "SURREY");
        given().header("Authorization", bearer)
                .when().get("/api/v1/programmes/42?limit=5")
                .then().statusCode(200)
                .body("upstream", equalTo("programmes"))
                .body("uri", equalTo("/api/v1/programmes/42?limit=5"))
                .body("authorization", equalTo(bearer));
        given().header("Authorization", bearer)
                .when().get("/api/v1/measures/7/spc")
                .then().statusCode(200)
                .body("upstream", equalTo("projects"));
    }

    @Test
    void aRequestBodyIsPassedOnWhole() {
        given().header("Authorization", TestTokens.bearer("programme-manager", "SURREY"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"" + "x".repeat(100_000) + "\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(100_000 + 12));
    }

    @Test
    void theClientsRequestIdReachesTheServiceAndComesBack() {
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .header("X-Request-Id", "client-chosen-id-1")
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .header("X-Request-Id", "client-chosen-id-1")
                .body("requestId", equalTo("client-chosen-id-1"));
    }

    @Test
    void theAnswerCarriesOneRequestIdAndTheClientsHost() {
        var response = given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .header("X-Request-Id", "one-id")
                .header("Host", "api.example.nhs.uk")
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("host", equalTo("api.example.nhs.uk"))
                .extract().response();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("one-id"), response.headers().getValues("X-Request-Id"));
    }

    @Test
    void aRequestWithoutAnIdGetsOneThatTheServiceSeesToo() {
        String id = given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .header("X-Request-Id", id)
                .when().get("/api/v1/projects")
                .then().body("requestId", equalTo(id));
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .header("X-Request-Id", "name=Jane Smith <jane@example.org>")
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theServicesAnswerPassesThroughUnchanged() {
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .when().get("/api/v1/programmes/missing")
                .then().statusCode(404)
                .header("X-Upstream", "programmes");
    }

    @Test
    void withoutATokenTheGatewayAnswersUnauthenticatedAndCallsNoService() {
        given().when().get("/api/v1/programmes")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Upstream", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aForgedTokenIsUnauthenticated() {
        String token = TestTokens.token("admin");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().header("Authorization", "Bearer " + forged)
                .when().get("/api/v1/programmes")
                .then().statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void aTokenAcceptedOnceIsStillRefusedWhenChangedInOneCharacter() {
        String token = TestTokens.token("admin");
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/programmes").then().statusCode(200);
        String forged = TestTokens.forged(token);
        given().header("Authorization", "Bearer " + forged).when().get("/api/v1/programmes").then().statusCode(401);
    }

    @Test
    void aTokenAcceptedOnceIsRefusedOnceItHasExpired() {
        // expired 57 s ago: accepted for the 60 s of clock skew smallrye-jwt allows, then never again
        String token = TestTokens.expiringIn(java.time.Duration.ofSeconds(-57), "admin");
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/programmes").then().statusCode(200);
        int status = org.leadershipimpact.testsupport.Eventually.await(
                () -> given().header("Authorization", "Bearer " + token).when().get("/api/v1/programmes").statusCode(),
                code -> code == 401, java.time.Duration.ofSeconds(15));
        assertEquals(401, status);
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        given().header("Authorization", "Bearer " + TestTokens.expired("admin"))
                .when().get("/api/v1/programmes")
                .then().statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void anApiPathNoServiceOwnsIsNotFound() {
        given().header("Authorization", TestTokens.bearer("admin"))
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", containsString("/api/v1/nothing-here"));
    }

    @Test
    void aServiceThatCannotBeReachedIsAServiceUnavailableProblem() {
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .header("X-Request-Id", "down-1")
                .when().get("/api/v1/evaluation/systems/SURREY/summary")
                .then().statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[0-9]+"))
                .body("requestId", equalTo("down-1"))
                .body("detail", containsString("evaluation"));
    }

    @Test
    void oneOpenApiDocumentMergesEveryServicesPathsAndSchemasWithoutClashes() {
        io.restassured.path.json.JsonPath merged = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).contentType(containsString("application/json")).extract().jsonPath();
        assertTrue(merged.getMap("paths").containsKey("/api/v1/programmes"));
        assertTrue(merged.getMap("paths").containsKey("/api/v1/projects"));
        // alike in both: once; different: renamed after each service, with the references following
        assertEquals(java.util.Set.of("Problem", "ProgrammesSummary", "ProjectsSummary"), merged.getMap("components.schemas").keySet());
        assertEquals("#/components/schemas/ProjectsSummary",
                merged.getString("paths.'/api/v1/projects'.get.responses.'200'.content.'application/json'.schema.$ref"));
        assertEquals("#/components/schemas/Problem",
                merged.getString("paths.'/api/v1/programmes'.get.responses.'404'.content.'application/problem+json'.schema.$ref"));
        assertEquals("bearer", merged.getString("components.securitySchemes.bearer.scheme"));
        given().when().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"))
                .body(containsString("ProgrammesSummary:"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void aBodyLargerThanTheCapIsRefusedBeforeAnyServiceHearsOfIt() {
        given().header("Authorization", TestTokens.bearer("programme-manager", "SURREY"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(413)
                .contentType(PROBLEM)
                .body("detail", containsString("at most 1048576"));
    }

    @Test
    void aFailingServiceOpensItsCircuitAndIsLeftAloneWhileTheOthersKeepWorking() {
        String bearer = TestTokens.bearer("analyst", "SURREY");
        int before = StubUpstreams.FLAKY_HITS.get();
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", bearer).get("/api/v1/flaky/things").then().statusCode(503);
        }
        assertEquals(before + 5, StubUpstreams.FLAKY_HITS.get());
        given().header("Authorization", bearer).get("/api/v1/flaky/things")
                .then().statusCode(503).contentType(PROBLEM)
                .body("type", containsString("circuit-open"))
                .header("Retry-After", matchesPattern("[0-9]+"));
        assertEquals(before + 5, StubUpstreams.FLAKY_HITS.get(), "an open circuit keeps requests from the service");
        given().header("Authorization", bearer).get("/api/v1/projects").then().statusCode(200);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsAGatewayTimeoutProblem() {
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .when().get("/api/v1/slow/never")
                .then().statusCode(504)
                .contentType(PROBLEM)
                .body("detail", containsString("slow"));
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .when().get("/api/v1/slow/soon").then().statusCode(200);
    }

    @Test
    void clientsThatGiveUpDoNotCountAgainstTheService() throws Exception {
        // the gateway waits up to 1 s for the slow service; these clients wait 200 ms, more times than open a circuit
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 7; i++) {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/slow/never"))
                    .header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                    .timeout(java.time.Duration.ofMillis(200)).build();
            org.junit.jupiter.api.Assertions.assertThrows(java.net.http.HttpTimeoutException.class,
                    () -> client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()));
        }
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .when().get("/api/v1/slow/soon").then().statusCode(200);
    }

    @Test
    void healthShowsEachServiceAndTheGatewayStaysReadyWhenOneIsDown() {
        io.restassured.path.json.JsonPath health = given().when().get("/q/health").then().extract().jsonPath();
        Map<String, Object> upstreams = health.getMap("checks.find { it.name == 'upstreams' }.data");
        assertTrue(String.valueOf(upstreams.get("programmes")).startsWith("UP"), upstreams.toString());
        assertTrue(String.valueOf(upstreams.get("evaluation")).startsWith("DOWN"), upstreams.toString());
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void metricsCountRequestsPerServiceMethodAndStatus() {
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY")).get("/api/v1/projects/1/missing").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("gateway_requests_seconds_count{method=\"GET\",status=\"404\",upstream=\"projects\"}"));
    }

    @Test
    void browsersFromAllowedOriginsMayCallAndOthersMayNot() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type,Idempotency-Key")
                .when().options("/api/v1/programmes")
                .then().header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/programmes")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void everyAnswerSaysWhereTheCallerStandsAgainstTheRateLimit() {
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY")).get("/api/v1/projects")
                .then().statusCode(200)
                .header("RateLimit-Limit", "1200")
                .header("RateLimit-Remaining", matchesPattern("[0-9]+"))
                .header("RateLimit-Reset", matchesPattern("[0-9]+"));
    }
}
