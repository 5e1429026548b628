package org.leadershipimpact.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.BoundedRequests;
import org.leadershipimpact.testsupport.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadershipimpact.testsupport.Floods.TWENTY_SECONDS;
import static org.leadershipimpact.testsupport.Floods.emptyObjects;

/** Floods of questions, dates PostgreSQL cannot hold and text holding NUL are 400 problems naming the field. */
@QuarkusTest
class MalformedInputTest {

    private static final String PROBLEM = "application/problem+json";

    private static io.restassured.specification.RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer("admin")).contentType(ContentType.JSON);
    }

    @Test
    void everyRequestFieldDocumentsItsLimit() {
        assertEquals(List.of(), BoundedRequests.ofThisService());
    }

    @Test
    void aFloodOfQuestionsIsRefusedAtItsLimit() {
        String flood = """
                {"programmeId":"%s","title":"Feedback","kirkpatrickLevel":1,"audience":"PARTICIPANTS","timing":"POST",
                 "respondents":"ANONYMOUS","questions":%s}""".formatted(UUID.randomUUID(), emptyObjects(100_000));
        admin().config(TWENTY_SECONDS).body(flood).post("/api/v1/evaluation/instruments").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("questions")).body("violations[0].message", equalTo("must hold at most 100 items"));
    }

    @Test
    void aBenefitPeriodOutOfRangeIsRefusedNamingTheParameter() {
        admin().queryParam("benefitsFrom", "+999999999-12-31").get("/api/v1/evaluation/cohorts/" + UUID.randomUUID() + "/report")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("benefitsFrom")).body("violations[0].message", containsString("1900-01-01"));
    }

    @Test
    void textHoldingTheNulCharacterIsRefused() {
        admin().body("""
                {"evaluator":"The King's Fund\\u0000","reportedOn":"2019-06-30","method":"Interviews","findings":"Mixed"}""")
                .post("/api/v1/evaluation/programmes/" + UUID.randomUUID() + "/independent-evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("evaluator")).body("violations[0].message", containsString("NUL"));
    }
}
