package org.leadershipimpact.projects;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.BoundedRequests;

import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadershipimpact.projects.ProjectFixtures.PROBLEM;
import static org.leadershipimpact.projects.ProjectFixtures.as;
import static org.leadershipimpact.projects.ProjectFixtures.newSystem;
import static org.leadershipimpact.testsupport.Floods.TWENTY_SECONDS;
import static org.leadershipimpact.testsupport.Floods.emptyObjects;

/** Lists holding nothing, dates PostgreSQL cannot hold and floods of data points are 400 problems naming the field. */
@QuarkusTest
class MalformedInputTest {

    private static String measure(String rebaseDates) {
        return """
                {"projectId":"%s","name":"Readmissions","kind":"OUTCOME","unit":"patients","direction":"DECREASE",
                 "rebaseDates":%s}""".formatted(UUID.randomUUID(), rebaseDates);
    }

    @Test
    void everyRequestFieldDocumentsItsLimit() {
        assertEquals(List.of(), BoundedRequests.ofThisService());
    }

    @Test
    void aNullAmongAProjectsLeadsIsRefusedNamingTheItem() {
        String system = newSystem();
        as("project-lead", system).body("""
                {"systemCode":"%s","title":"Community heart failure service","theme":"HEART_FAILURE","leadParticipantIds":[null]}"""
                .formatted(system))
                .post("/api/v1/projects").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("leadParticipantIds[0]"));
    }

    @Test
    void aRebaseDateThatIsNullEmptyOrOutOfRangeIsRefusedNamingTheItem() {
        String system = newSystem();
        for (String dates : new String[] {"[null]", "[[]]", "[\"+999999999-12-31\"]", "[\"2026-01-01\\u0000\"]"}) {
            as("project-lead", system).body(measure(dates)).post("/api/v1/measures").then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", contains("rebaseDates[0]"));
        }
    }

    @Test
    void aFloodOfDataPointsIsRefusedAtItsLimit() {
        String flood = "{\"points\":" + emptyObjects(100_000) + "}";
        as("project-lead", newSystem()).config(TWENTY_SECONDS).body(flood).post("/api/v1/measures/" + UUID.randomUUID() + "/data-points")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("points")).body("violations[0].message", equalTo("must hold at most 10000 items"));
    }

    @Test
    void textHoldingTheNulCharacterIsRefused() {
        String system = newSystem();
        as("project-lead", system).body("""
                {"systemCode":"%s","title":"Heart\\u0000","theme":"HEART_FAILURE"}""".formatted(system))
                .post("/api/v1/projects").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("title")).body("violations[0].message", containsString("NUL"));
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsUnsupported() {
        // data points are taken as JSON or CSV: choosing between them must not trip over a type that is not one
        for (String type : new String[] {"x".repeat(10_000), "xxxx", "application/", "/csv"}) {
            io.restassured.RestAssured.given().header("Authorization", org.leadershipimpact.testsupport.TestTokens.bearer("project-lead", newSystem()))
                    .header("Content-Type", type).body("{\"points\":[{\"date\":\"2023-06-07\",\"value\":298.23}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/v1/measures/" + UUID.randomUUID() + "/data-points")
                    .then().statusCode(415).contentType(PROBLEM);
        }
    }
}
