package org.leadershipimpact.projects;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ProjectResourceTest {

    @Test
    void aSystemWithoutProjectsListsNone() {
        given().header("Authorization", TestTokens.bearer("project-lead", "SURREY"))
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void listingNeedsAToken() {
        given().when().get("/api/v1/projects")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().header("Authorization", TestTokens.bearer("project-lead", "SURREY"))
                .when().get("/api/v1/projects")
                .then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("http_server_requests_seconds_count{"))
                .body(org.hamcrest.Matchers.containsString("uri=\"/api/v1/projects\""));
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "Kafka connection health check"));
    }
}
