package org.leadershipimpact.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicWriter;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** With a threshold of 3, an analyst sees no count of 1 or 2 people; those who run the programme see all. */
@QuarkusTest
@TestProfile(SmallCountSuppressionTest.ThresholdOfThree.class)
class SmallCountSuppressionTest {

    public static class ThresholdOfThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lip.evaluation.suppress-below", "3");
        }
    }

    private static TopicWriter kafka;

    @BeforeAll
    static void connect() {
        kafka = new TopicWriter();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void smallCountsAreWithheldFromAnalystsOnly() {
        Story story = Fixtures.told(kafka);
        String path = "/api/v1/evaluation/cohorts/" + story.cohort1 + "/summary";

        JsonPath analyst = given().header("Authorization", TestTokens.bearer("analyst", story.system))
                .get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(3, analyst.getInt("suppressedBelow"));
        assertNull(analyst.get("participants.total"), "2 people in the cohort: withheld");
        Map<String, Object> professions = new HashMap<>();
        professions.put("GP", null);
        professions.put("NURSE", null);
        assertEquals(professions, analyst.getMap("participants.byProfession"));
        assertNull(analyst.get("enrolments.completionRatePercent"), "a rate over 2 people would give them away");
        assertEquals(3, analyst.getInt("attendance.marks"), "marks are not people: shown");

        JsonPath manager = given().header("Authorization", TestTokens.bearer("programme-manager", story.system))
                .get(path).then().statusCode(200).extract().jsonPath();
        assertNull(manager.get("suppressedBelow"));
        assertEquals(2, manager.getInt("participants.total"));
        assertEquals("50.0", manager.getString("enrolments.completionRatePercent"));

        JsonPath programme = given().header("Authorization", TestTokens.bearer("analyst", story.system))
                .get("/api/v1/evaluation/programmes/" + story.programme + "/summary").then().statusCode(200).extract().jsonPath();
        assertEquals(4, programme.getInt("participants.total"), "4 people: at or above the threshold");
        assertNull(programme.get("participants.byProfession.GP"));
    }
}
