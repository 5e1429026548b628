package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;
import static org.leadershipimpact.programmes.Fixtures.admin;
import static org.leadershipimpact.programmes.Fixtures.as;
import static org.leadershipimpact.programmes.Fixtures.newSystem;
import static org.leadershipimpact.testsupport.Floods.TWENTY_SECONDS;
import static org.leadershipimpact.testsupport.Floods.emptyObjects;

/**
 * Input no client should send (text PostgreSQL cannot store, dates it cannot hold, lenient or
 * ambiguous JSON, floods) is a 400 problem naming the field, refused before any work is done.
 */
@QuarkusTest
class MalformedInputTest {

    private static String organisation(String system, String name, String type) {
        return """
                {"systemCode":"%s","name":"%s","type":%s}""".formatted(system, name, type);
    }

    @Test
    void textHoldingTheNulCharacterIsRefusedInABodyAQueryAndAPath() {
        String system = newSystem();
        as("programme-manager", system).body(organisation(system, "Stepney\\u0000", "\"PRIMARY_CARE_NETWORK\""))
                .post("/api/v1/organisations").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("name")).body("violations[0].message", containsString("NUL"));
        admin().queryParam("system", "AB\u0000").get("/api/v1/programmes").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("system"));
        admin().get("/api/v1/systems/{code}", "AB\u0000").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("code"));
    }

    @Test
    void datesOutsideTheAcceptedRangeAreRefusedInABodyAndAQuery() {
        for (String date : new String[] {"+100000000-01-01", "-999999999-01-01", "+999999999-12-31", "1899-12-31", "3000-01-01"}) {
            admin().body("""
                    {"cohortId":"%s","title":"Day 1","kind":"LEADERSHIP_INSIGHT_DAY","date":"%s"}""".formatted(UUID.randomUUID(), date))
                    .post("/api/v1/sessions").then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", contains("date")).body("violations[0].message", containsString("1900-01-01"));
        }
        admin().queryParam("from", "+999999999-12-31").get("/api/v1/sessions").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("from")).body("violations[0].message", containsString("1900-01-01"));
    }

    @Test
    void aDateTimeIsNotADate() {
        admin().body("""
                {"cohortId":"%s","title":"Day 1","kind":"LEADERSHIP_INSIGHT_DAY","date":"2025-01-01T10:00:00Z"}""".formatted(UUID.randomUUID()))
                .post("/api/v1/sessions").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("date"));
    }

    @Test
    void aNullInAListIsRefusedNamingTheElement() {
        String system = newSystem();
        as("programme-manager", system).body("""
                {"systemCode":"%s","title":"Programme","kind":"CLINICAL_LEADERSHIP","deliveryPartnerIds":[null]}""".formatted(system))
                .post("/api/v1/programmes").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("deliveryPartnerIds[0]"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheKey() {
        String system = newSystem();
        as("programme-manager", system).body("""
                {"systemCode":"%s","name":"One","name":"Two","type":"PRIMARY_CARE_NETWORK"}""".formatted(system))
                .post("/api/v1/organisations").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("name"));
    }

    @Test
    void anEnumIsItsNameAndNothingElse() {
        String system = newSystem();
        as("programme-manager", system).body(organisation(system, "Stepney", "1"))
                .post("/api/v1/organisations").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("type"));
        as("programme-manager", system).body(organisation(system, "Stepney", "\"PRIMARY_CARE_NETWORK\\u0000\""))
                .post("/api/v1/organisations").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("type"));
    }

    @Test
    void anythingAfterTheJsonDocumentIsRefused() {
        String system = newSystem();
        as("programme-manager", system).body(organisation(system, "Stepney", "\"PRIMARY_CARE_NETWORK\"") + " {\"x\":1}")
                .post("/api/v1/organisations").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aJsonBodyMustSayItIsJson() throws Exception {
        String system = newSystem();
        String body = organisation(system, "Stepney", "\"PRIMARY_CARE_NETWORK\"");
        given().header("Authorization", TestTokens.bearer("programme-manager", system)).contentType(ContentType.TEXT).body(body)
                .post("/api/v1/organisations").then().statusCode(415).contentType(PROBLEM);
        HttpResponse<String> untyped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/organisations"))
                .header("Authorization", TestTokens.bearer("programme-manager", system))
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, untyped.statusCode(), untyped.body());
        assertEquals(PROBLEM, untyped.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aFloodOfEnrolmentsIsRefusedAtItsLimitBeforeAnyIsChecked() {
        String flood = "{\"enrolments\":" + emptyObjects(100_000) + "}";
        admin().config(TWENTY_SECONDS).body(flood).post("/api/v1/enrolments/bulk").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("enrolments")).body("violations[0].message", equalTo("must hold at most 500 items"));
    }

    @Test
    void aProblemListsAHundredViolationsAndCountsTheRest() {
        String marks = "{\"marks\":" + emptyObjects(1000) + "}";
        admin().config(TWENTY_SECONDS).body(marks).put("/api/v1/sessions/" + UUID.randomUUID() + "/attendance")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations", hasSize(100)).body("unlistedViolations", equalTo(1900));
    }

    @Test
    void tooManyQueryParametersAreRefused() {
        String query = IntStream.range(0, 60).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
        admin().get("/api/v1/programmes?" + query).then().statusCode(400).contentType(PROBLEM);
    }
}
