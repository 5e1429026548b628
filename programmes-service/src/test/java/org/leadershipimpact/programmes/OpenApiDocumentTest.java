package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.BoundedRequests;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The document front-ends generate clients from must describe every operation, its errors and its headers. */
@QuarkusTest
class OpenApiDocumentTest {

    private static JsonPath document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyRequestFieldDocumentsItsLimit() {
        assertEquals(List.of(), BoundedRequests.ofThisService());
    }

    @Test
    void everyResourceOfTheServiceIsDocumented() {
        Map<String, Object> paths = document().getMap("paths");
        for (String path : List.of("/api/v1/systems", "/api/v1/organisations", "/api/v1/programmes", "/api/v1/programmes/{id}/status",
                "/api/v1/cohorts", "/api/v1/cohorts/{id}/attendance", "/api/v1/sessions", "/api/v1/sessions/{id}/attendance",
                "/api/v1/participants", "/api/v1/participants/bulk", "/api/v1/enrolments", "/api/v1/enrolments/bulk",
                "/api/v1/enrolments/{id}/completion", "/api/v1/enrolments/{id}/attendance-rate", "/api/v1/action-learning-sets")) {
            assertTrue(paths.containsKey(path), path + " is documented");
        }
    }

    @Test
    void everyOperationHasASummaryAndProblemDetailsForItsErrors() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertNotNull(operation.get("summary"), method + " " + path + " has a summary");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertTrue(responses.containsKey("401"), method + " " + path + " documents 401");
            responses.forEach((status, response) -> {
                if (status.startsWith("4")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    assertTrue(content != null && content.containsKey("application/problem+json"),
                            method + " " + path + " " + status + " is a problem");
                }
            });
        }));
    }

    @Test
    void postsTakeAnIdempotencyKeyAndPutsAnIfMatch() {
        JsonPath doc = document();
        List<String> postHeaders = doc.getList("paths.'/api/v1/enrolments'.post.parameters.name");
        assertTrue(postHeaders.contains("Idempotency-Key"));
        List<String> putHeaders = doc.getList("paths.'/api/v1/programmes/{id}'.put.parameters.name");
        assertTrue(putHeaders.contains("If-Match"));
        assertEquals(1, putHeaders.stream().filter("If-Match"::equalsIgnoreCase).count(), "If-Match documented once");
    }

    @Test
    void vocabulariesAreEnumeratedForClientGenerators() {
        List<String> professions = document().getList("components.schemas.Profession.enum");
        assertTrue(professions.containsAll(List.of("GP", "NURSE_PRACTITIONER", "PRACTICE_MANAGER", "POLICE_OFFICER", "ARMED_FORCES")));
    }
}
