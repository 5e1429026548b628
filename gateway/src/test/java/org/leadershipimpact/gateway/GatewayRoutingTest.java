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
                .header("Retry-After", "5")
                .body("requestId", equalTo("down-1"))
                .body("detail", containsString("evaluation"));
    }

    @Test
    void eachServicesOpenApiDocumentIsServedForTheSwaggerUi() {
        given().when().get("/openapi/projects")
                .then().statusCode(200)
                .body(containsString("title: projects"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200);
    }
}
