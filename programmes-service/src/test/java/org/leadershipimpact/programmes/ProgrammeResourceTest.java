package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicReader;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ProgrammeResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static TopicReader events;

    @BeforeAll
    static void readEvents() {
        events = new TopicReader("programmes.events");
    }

    /** The systems these tests work in; registering one that exists is a harmless 409. */
    @BeforeEach
    void registerSystems() {
        for (String system : new String[] {"ELHCP", "FRIMLEY", "SURREY", "PAGING"}) {
            given().header("Authorization", TestTokens.bearer("admin")).contentType(ContentType.JSON)
                    .body("{\"code\":\"" + system + "\",\"name\":\"" + system + "\",\"kind\":\"ICS\"}")
                    .post("/api/v1/systems");
        }
    }

    @AfterAll
    static void stopReading() {
        events.close();
    }

    @Test
    void creatingAProgrammeStoresItAndPublishesExactlyOneProgrammeCreatedEvent() {
        String id = given().header("Authorization", TestTokens.bearer("programme-manager", "ELHCP"))
                .header("X-Request-Id", "req-create-1")
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Stepney and Whitechapel Network\",\"systemCode\":\"ELHCP\",\"kind\":\"CLINICAL_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/programmes/"))
                .header("X-Request-Id", "req-create-1")
                .body("title", equalTo("Stepney and Whitechapel Network"))
                .body("status", equalTo("DRAFT"))
                .extract().path("id");

        given().header("Authorization", TestTokens.bearer("analyst", "ELHCP"))
                .when().get("/api/v1/programmes/" + id)
                .then().statusCode(200).body("systemCode", equalTo("ELHCP"));

        List<TopicReader.Message> created = events.await(m -> m.key().equals(id), 1, Duration.ofSeconds(30));
        var event = created.get(0).value();
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals("org.leadershipimpact.programmes.ProgrammeCreated.v1", event.path("type").asText());
        assertEquals("/programmes", event.path("source").asText());
        assertEquals("req-create-1", event.path("requestid").asText());
        assertEquals(id, event.path("data").path("programmeId").asText());
        assertEquals("ELHCP", event.path("data").path("systemCode").asText());
        assertEquals("DRAFT", event.path("data").path("programme").path("status").asText());
        assertEquals(1, events.readFor(m -> m.key().equals(id), Duration.ofSeconds(2)).size(),
                "a programme created once is announced once");
    }

    @Test
    void aMissingTitleIsAProblemNamingTheField() {
        given().header("Authorization", TestTokens.bearer("programme-manager", "ELHCP"))
                .contentType(ContentType.JSON)
                .body("{\"systemCode\":\"ELHCP\",\"kind\":\"CLINICAL_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://leadershipimpact.org/problems/validation"))
                .body("status", equalTo(400))
                .body("violations.field", contains("title"))
                .body("requestId", notNullValue())
                .body(not(containsString("Exception")));
    }

    @Test
    void aFieldOfTheWrongTypeIsAProblemNamingTheField() {
        given().header("Authorization", TestTokens.bearer("programme-manager", "ELHCP"))
                .contentType(ContentType.JSON)
                .body("{\"title\":[\"a\"],\"systemCode\":\"ELHCP\",\"kind\":\"CLINICAL_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("title"));
    }

    @Test
    void aBodyThatIsNotJsonAtAllIsAProblemSayingSo() {
        given().header("Authorization", TestTokens.bearer("programme-manager", "ELHCP"))
                .contentType(ContentType.JSON)
                .body("{not json")
                .when().post("/api/v1/programmes")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("$"))
                .body("violations.message", contains("is not valid JSON"));
    }

    @Test
    void aNumberWhereTextBelongsIsAProblemNotConvertedQuietly() {
        given().header("Authorization", TestTokens.bearer("programme-manager", "ELHCP"))
                .contentType(ContentType.JSON)
                .body("{\"title\":5,\"systemCode\":\"ELHCP\",\"kind\":\"CLINICAL_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("title"))
                .body("violations.message", contains("has the wrong type or format"));
    }

    @Test
    void theLocationOfANewProgrammeUsesTheAddressTheClientCalled() {
        given().header("Authorization", TestTokens.bearer("programme-manager", "ELHCP"))
                .header("Host", "api.example.nhs.uk")
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Located\",\"systemCode\":\"ELHCP\",\"kind\":\"CLINICAL_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(201)
                .header("Location", startsWith("http://api.example.nhs.uk/api/v1/programmes/"));
    }

    @Test
    void anUnknownFieldIsAProblemNamingTheField() {
        given().header("Authorization", TestTokens.bearer("programme-manager", "ELHCP"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"T\",\"systemCode\":\"ELHCP\",\"budget\":5}")
                .when().post("/api/v1/programmes")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("budget"))
                .body("violations.message", contains("is not a known field"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().header("Authorization", TestTokens.bearer("programme-manager", "ELHCP"))
                .contentType(ContentType.JSON)
                .body("{\"title\": ")
                .when().post("/api/v1/programmes")
                .then().statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void aTwoMegabyteBodyIsRefusedAsAProblemAndStoresNothing() {
        String huge = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"systemCode\":\"HUGE\"}";
        given().header("Authorization", TestTokens.bearer("admin"))
                .contentType(ContentType.JSON)
                .body(huge)
                .when().post("/api/v1/programmes")
                .then().statusCode(413)
                .contentType(PROBLEM)
                .body("status", equalTo(413));
        given().header("Authorization", TestTokens.bearer("admin"))
                .when().get("/api/v1/programmes?limit=500")
                .then().statusCode(200)
                .body("items.systemCode", not(hasItem("HUGE")));
    }

    @Test
    void withoutATokenTheAnswerIsUnauthenticated() {
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"T\",\"systemCode\":\"ELHCP\",\"kind\":\"CLINICAL_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    // the service remembers tokens it verified (VerifiedTokens), as the gateway does: never a changed or expired one

    @Test
    void aTokenRememberedAsVerifiedIsStillRefusedWhenChangedInOneCharacter() {
        String token = TestTokens.token("admin");
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/programmes").then().statusCode(200);
        String changed = TestTokens.forged(token);
        given().header("Authorization", "Bearer " + changed).when().get("/api/v1/programmes").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aTokenRememberedAsVerifiedIsRefusedOnceItHasExpired() {
        // expired 57 s ago: accepted for the 60 s of clock skew smallrye-jwt allows, then never again
        String token = TestTokens.expiringIn(Duration.ofSeconds(-57), "admin");
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/programmes").then().statusCode(200);
        int status = org.leadershipimpact.testsupport.Eventually.await(
                () -> given().header("Authorization", "Bearer " + token).when().get("/api/v1/programmes").statusCode(),
                code -> code == 401, Duration.ofSeconds(15));
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
    void anAnalystCannotCreate() {
        given().header("Authorization", TestTokens.bearer("analyst", "ELHCP"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"T\",\"systemCode\":\"ELHCP\",\"kind\":\"CLINICAL_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void anotherSystemsProgrammeDoesNotExistForTheCaller() {
        String frimley = given().header("Authorization", TestTokens.bearer("programme-manager", "FRIMLEY"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Frimley Health and Care 2020\",\"systemCode\":\"FRIMLEY\",\"kind\":\"SYSTEM_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", TestTokens.bearer("programme-manager", "SURREY"))
                .when().get("/api/v1/programmes/" + frimley)
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("programme-manager", "SURREY"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Not mine\",\"systemCode\":\"FRIMLEY\",\"kind\":\"SYSTEM_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("admin"))
                .when().get("/api/v1/programmes/" + frimley)
                .then().statusCode(200);
    }

    @Test
    void listsArePagedWithANextLinkUntilTheLastPage() {
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", TestTokens.bearer("integrator", "PAGING"))
                    .contentType(ContentType.JSON)
                    .body("{\"title\":\"Programme " + i + "\",\"systemCode\":\"PAGING\",\"kind\":\"TALENT_PIPELINE\"}")
                    .when().post("/api/v1/programmes")
                    .then().statusCode(201);
        }
        String next = given().header("Authorization", TestTokens.bearer("integrator", "PAGING"))
                .when().get("/api/v1/programmes?limit=3")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.title", contains("Programme 0", "Programme 1", "Programme 2"))
                .header("Link", containsString("rel=\"next\""))
                .extract().path("next");
        given().header("Authorization", TestTokens.bearer("integrator", "PAGING"))
                .when().get(next)
                .then().statusCode(200)
                .body("items.title", contains("Programme 3", "Programme 4"))
                .body("next", nullValue());
    }

    @Test
    void aCursorThatWasNotGivenOutIsAProblem() {
        given().header("Authorization", TestTokens.bearer("admin"))
                .when().get("/api/v1/programmes?after=not-a-cursor!")
                .then().statusCode(400).contentType(PROBLEM);
    }
}
