package org.leadershipimpact.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicWriter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #14 for the records evaluation owns: a programme cost, an independent evaluation and a
 * survey response can each be corrected (with If-Match) or withdrawn with a reason, and every
 * figure, list, report and export follows. Figures are worked by hand on a {@link Story}.
 */
@QuarkusTest
class CorrectionAndWithdrawalTest {

    private static final String PRE_MODEL = "/api/v1/evaluation/instruments/healthcare-leadership-model";
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
    void aCostEnteredTenTimesTooHighIsCorrectedAndTheRoiFollows() {
        Story story = Fixtures.told(kafka);
        String cost = created(story, costs(story), cost("Venue hire", 4_000_000_000L));
        // £150,000 funding + £40,000,000 = 4,015,000,000p
        assertEquals(4_015_000_000L, report(story).getLong("roi.costs.totalPence"));

        String first = etagOf(story, cost);
        as("integrator", story.system).header("If-Match", first).body(cost("Venue hire, two days", 4_000_000_000L))
                .put(cost).then().statusCode(200).header("ETag", "\"1\"");
        as("programme-manager", story.system).header("If-Match", first).body(cost("Venue hire", 400_000_000L))
                .put(cost).then().statusCode(412).contentType("application/problem+json").body("currentETag", equalTo("\"1\""));
        assertEquals(4_015_000_000L, report(story).getLong("roi.costs.totalPence"), "a stale correction changes nothing");

        as("programme-manager", story.system).header("If-Match", etagOf(story, cost)).body(cost("Venue hire, two days", 400_000_000L))
                .put(cost).then().statusCode(200).header("ETag", "\"2\"")
                .body("amountPence", equalTo(400_000_000), "description", equalTo("Venue hire, two days"));

        // £150,000 + £4,000,000 = 415,000,000p against the audited £4m: BCR 0.96, ROI (400 − 415) / 415 = −3.6%
        JsonPath report = report(story);
        assertEquals(415_000_000L, report.getLong("roi.costs.totalPence"));
        assertEquals(0.96f, report.getFloat("roi.benefitCostRatio"));
        assertEquals(-3.6f, report.getFloat("roi.roiPercent"));
        assertEquals(List.of(400_000_000), report.getList("roi.costs.additional.amountPence"));
        as("analyst", story.system).get(costs(story)).then().statusCode(200).body("amountPence", equalTo(List.of(400_000_000)));
    }

    @Test
    void aCorrectedCostIsValidatedAsWhenCreatedAndStaysWithItsProgramme() {
        Story story = Fixtures.told(kafka);
        String cost = created(story, costs(story), cost("Venue hire", 400_000_000L));
        as("programme-manager", story.system).body(cost("Venue hire", -1L)).put(cost)
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("amountPence"));
        as("programme-manager", story.system)
                .body("{\"programmeId\":\"" + UUID.randomUUID() + "\",\"category\":\"VENUE_AND_TRAVEL\",\"description\":\"Venue hire\",\"amountPence\":1}")
                .put(cost).then().statusCode(400).body("violations.field", equalTo(List.of("programmeId")));
        as("programme-manager", story.system).body(cost("Venue hire", 1L))
                .put("/api/v1/evaluation/programmes/" + UUID.randomUUID() + "/costs/" + idOf(cost))
                .then().statusCode(404).contentType("application/problem+json");
        as("programme-manager", "ELSEWHERE").body(cost("Venue hire", 1L)).put(cost).then().statusCode(404);
        as("analyst", story.system).body(cost("Venue hire", 1L)).put(cost).then().statusCode(403);
        as("analyst", story.system).get(cost).then().statusCode(200).body("amountPence", equalTo(400_000_000));
    }

    @Test
    void aWithdrawnCostLeavesTheListAndTheRoiAndIsGoneWithItsReason() {
        Story story = Fixtures.told(kafka);
        created(story, costs(story), cost("Participants' time", 5_000_000L));
        String mistaken = created(story, costs(story), cost("Venue hire", 4_000_000_000L));
        String reason = "Entered as £40,000,000; the system reported £4,000,000";

        withdraw(story, mistaken, "  ", null).statusCode(400).body("violations.field", hasItem("reason"));
        withdraw(story, mistaken, reason, "\"7\"").statusCode(412);
        as("analyst", story.system).get(mistaken).then().statusCode(200);

        Map<String, Object> withdrawal = withdraw(story, mistaken, reason, etagOf(story, mistaken)).statusCode(200)
                .body("recordType", equalTo("Programme cost"), "reason", equalTo(reason),
                        "withdrawnBy", equalTo("test-programme-manager"), "systemCode", equalTo(story.system),
                        "recordId", equalTo(idOf(mistaken)))
                .extract().jsonPath().getMap("");
        assertNotNull(Instant.parse((String) withdrawal.get("withdrawnAt")));

        as("analyst", story.system).get(mistaken).then().statusCode(410).contentType("application/problem+json")
                .body("reason", equalTo(reason), "withdrawnAt", equalTo(withdrawal.get("withdrawnAt")), "detail", containsString(reason));
        as("programme-manager", story.system).body(cost("Venue hire", 1L)).put(mistaken).then().statusCode(410);
        as("analyst", story.system).get(costs(story)).then().statusCode(200).body("description", equalTo(List.of("Participants' time")));
        // £150,000 funding + £50,000 time, as if the £40m had never been entered
        JsonPath report = report(story);
        assertEquals(20_000_000L, report.getLong("roi.costs.totalPence"));
        assertEquals(List.of("Participants' time"), report.getList("roi.costs.additional.description"));

        assertEquals(withdrawal, withdraw(story, mistaken, "another reason", "\"0\"").statusCode(200).extract().jsonPath().getMap(""),
                "withdrawing again answers the first withdrawal");
        assertEquals(withdrawal, audit(mistaken, "admin", story.system).statusCode(200).extract().jsonPath().getMap(""));
        for (String role : List.of("programme-manager", "project-lead", "analyst", "integrator")) {
            audit(mistaken, role, story.system).statusCode(403);
        }
    }

    @Test
    void anIndependentEvaluationIsCorrectedThenWithdrawnAndTheReportFollows() {
        Story story = Fixtures.told(kafka);
        String evaluations = "/api/v1/evaluation/programmes/" + story.programme + "/independent-evaluations";
        String evaluation = created(story, evaluations, evaluation("The Kings Fund", "https://example.org/evaluation"));
        assertEquals("The Kings Fund", report(story).getString("independentEvaluations[0].evaluator"));

        as("programme-manager", story.system).header("If-Match", "\"3\"")
                .body(evaluation("The King's Fund", "https://example.org/evaluation")).put(evaluation)
                .then().statusCode(412).body("currentETag", equalTo("\"0\""));
        as("programme-manager", story.system).header("If-Match", etagOf(story, evaluation))
                .body(evaluation("The King's Fund", "not a link")).put(evaluation)
                .then().statusCode(400).body("violations.field", equalTo(List.of("link")));
        as("programme-manager", story.system).header("If-Match", etagOf(story, evaluation))
                .body(evaluation("The King's Fund", "https://example.org/evaluation.pdf")).put(evaluation)
                .then().statusCode(200).header("ETag", "\"1\"").body("evaluator", equalTo("The King's Fund"));
        JsonPath corrected = report(story);
        assertEquals(List.of("The King's Fund"), corrected.getList("independentEvaluations.evaluator"));
        assertEquals("https://example.org/evaluation.pdf", corrected.getString("independentEvaluations[0].link"));

        audit(evaluation, "admin", story.system).statusCode(404);
        String reason = "Recorded against the wrong programme";
        Map<String, Object> withdrawal = withdraw(story, evaluation, reason, null).statusCode(200)
                .body("recordType", equalTo("Independent evaluation"), "reason", equalTo(reason)).extract().jsonPath().getMap("");
        as("analyst", story.system).get(evaluation).then().statusCode(410).body("reason", equalTo(reason));
        as("analyst", story.system).get(evaluations).then().statusCode(200).body("size()", equalTo(0));
        assertEquals(List.of(), report(story).getList("independentEvaluations"));
        assertEquals(withdrawal, withdraw(story, evaluation, reason, null).statusCode(200).extract().jsonPath().getMap(""));
        audit(evaluation, "admin", story.system).statusCode(200)
                .body("withdrawnBy", equalTo("test-programme-manager"), "reason", equalTo(reason), "withdrawnAt", equalTo(withdrawal.get("withdrawnAt")));
        audit(evaluation, "programme-manager", story.system).statusCode(403);
    }

    @Test
    void aCorrectedAnswerMovesTheLevelOneMeanAndAWithdrawnResponseLeavesReportAndExport() {
        Story story = Fixtures.told(kafka);
        String survey = reactionSurvey(story);
        String responses = "/api/v1/evaluation/instruments/" + survey + "/responses";
        String five = created(story, responses, reaction(null, 5));
        String fourA = created(story, responses, reaction(null, 4));
        String fourB = created(story, responses, reaction(null, 4));
        // 5, 4, 4: mean 4.33
        assertEquals(4.33f, report(story).getFloat("level1[0].questions[0].mean"));

        as("integrator", story.system).header("If-Match", "\"5\"").body(reaction(null, 1)).put(five)
                .then().statusCode(412);
        as("integrator", story.system).header("If-Match", etagOf(story, five)).body(reaction(null, 6)).put(five)
                .then().statusCode(400).body("violations.field", equalTo(List.of("answers[0].number")));
        as("integrator", story.system).header("If-Match", etagOf(story, five)).body(reaction(UUID.randomUUID(), 1)).put(five)
                .then().statusCode(400).body("violations.field", equalTo(List.of("enrolmentId")));
        assertEquals(4.33f, report(story).getFloat("level1[0].questions[0].mean"), "refused corrections change nothing");
        as("integrator", story.system).header("If-Match", etagOf(story, five)).body(reaction(null, 1)).put(five)
                .then().statusCode(200).header("ETag", "\"1\"").body("answers", equalTo(2));
        // 1, 4, 4: mean 3.00, one answer moved from 5 to 1
        JsonPath corrected = report(story);
        assertEquals(3, corrected.getInt("level1[0].responses"));
        assertEquals(3.0f, corrected.getFloat("level1[0].questions[0].mean"));
        assertEquals(Map.of("1", 1, "2", 0, "3", 0, "4", 2, "5", 0), corrected.getMap("level1[0].questions[0].distribution"));

        String reason = "Entered twice from the same paper form";
        Map<String, Object> withdrawal = withdraw(story, fourB, reason, etagOf(story, fourB)).statusCode(200)
                .body("recordType", equalTo("Survey response")).extract().jsonPath().getMap("");
        as("analyst", story.system).get(fourB).then().statusCode(410).body("reason", equalTo(reason));
        as("integrator", story.system).body(reaction(null, 2)).put(fourB).then().statusCode(410);
        // 1, 4: two responses, mean 2.50
        JsonPath withdrawn = report(story);
        assertEquals(2, withdrawn.getInt("level1[0].responses"));
        assertEquals(2.5f, withdrawn.getFloat("level1[0].questions[0].mean"));
        assertEquals(Map.of("Yes", 2, "No", 0), withdrawn.getMap("level1[0].questions[1].distribution"));
        String csv = given().header("Authorization", TestTokens.bearer("analyst", story.system)).accept("text/csv")
                .get("/api/v1/evaluation/exports/responses?programme=" + story.programme).then().statusCode(200).extract().asString();
        assertTrue(csv.contains(idOf(five)) && csv.contains(idOf(fourA)), csv);
        assertFalse(csv.contains(idOf(fourB)), "a withdrawn response leaves the export: " + csv);

        assertEquals(withdrawal, withdraw(story, fourB, reason, null).statusCode(200).extract().jsonPath().getMap(""));
        audit(fourB, "admin", story.system).statusCode(200).body("reason", equalTo(reason), "withdrawnBy", equalTo("test-programme-manager"));
        audit(fourB, "integrator", story.system).statusCode(403);
    }

    @Test
    void aResponseNeverMovesToAnotherRespondentOrInstrumentAndAWithdrawnOneFreesItsPlace() {
        Story story = Fixtures.told(kafka);
        JsonPath pair = as("programme-manager", story.system).body("{\"programmeId\":\"" + story.programme + "\"}")
                .post(PRE_MODEL).then().statusCode(201).extract().jsonPath();
        String pre = "/api/v1/evaluation/instruments/" + pair.getString("pre.id") + "/responses";
        String post = "/api/v1/evaluation/instruments/" + pair.getString("post.id") + "/responses";
        // three people: before 2, 3, 3 and after 4, 4, 3; differences 2, 1, 0
        int[][] scores = {{2, 4}, {3, 4}, {3, 3}};
        String[] before = new String[3];
        for (int i = 0; i < 3; i++) {
            before[i] = created(story, pre, leadership(story.enrolments[i], scores[i][0]));
            created(story, post, leadership(story.enrolments[i], scores[i][1]));
        }
        assertEquals(3, engaging(story).get("n"));

        as("programme-manager", story.system).header("If-Match", etagOf(story, before[0]))
                .body(leadership(story.enrolments[1], 2)).put(before[0])
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", equalTo(List.of("enrolmentId")));
        as("programme-manager", story.system).header("If-Match", etagOf(story, before[0]))
                .body(leadership(null, 2)).put(before[0])
                .then().statusCode(400).body("violations.field", equalTo(List.of("enrolmentId")));
        as("programme-manager", story.system).body(leadership(story.enrolments[0], 2))
                .put(post + "/" + idOf(before[0])).then().statusCode(404);
        as("programme-manager", story.system).get(post + "/" + idOf(before[0])).then().statusCode(404);
        as("programme-manager", story.system).get(before[0]).then().statusCode(200)
                .body("enrolmentId", equalTo(story.enrolments[0].toString()), "instrumentId", equalTo(pair.getString("pre.id")));
        assertEquals(3, engaging(story).get("n"), "nothing moved");

        withdraw(story, before[2], "Answered for the wrong person", null).statusCode(200);
        // pairs left: (2, 4) and (3, 4): n 2, mean difference 1.5
        Map<String, Object> two = engaging(story);
        assertEquals(2, two.get("n"));
        assertEquals(1.5f, two.get("meanDifference"));

        // the one-per-person place is free again; a second live response is still refused
        created(story, pre, leadership(story.enrolments[2], 2));
        as("integrator", story.system).body(leadership(story.enrolments[2], 3)).post(pre).then().statusCode(409);
        // pairs (2, 4), (3, 4), (2, 3): differences 2, 1, 1, mean 1.33
        Map<String, Object> three = engaging(story);
        assertEquals(3, three.get("n"));
        assertEquals(1.33f, three.get("meanDifference"));
    }

    @Test
    void aWithdrawalRetriedWithItsIdempotencyKeyIsReplayed() {
        Story story = Fixtures.told(kafka);
        String cost = created(story, costs(story), cost("Venue hire", 100L));
        String key = UUID.randomUUID().toString();
        String first = as("programme-manager", story.system).header("Idempotency-Key", key).body("{\"reason\":\"Duplicate\"}")
                .post(cost + "/withdrawal").then().statusCode(200).extract().asString();
        as("programme-manager", story.system).header("Idempotency-Key", key).body("{\"reason\":\"Duplicate\"}")
                .post(cost + "/withdrawal").then().statusCode(200).header("Idempotency-Replayed", "true")
                .body(equalTo(first));
    }

    @Test
    void aCostsReplayIsShownOnlyToACallerActingForTheSameSystemsAsTheFirst() {
        // a cost's answer does not name its system: the systems the first caller acted for decide
        Story story = Fixtures.told(kafka);
        String key = UUID.randomUUID().toString();
        String body = cost("Venue hire", 100L);
        String first = as("programme-manager", story.system).header("Idempotency-Key", key).body(body)
                .post(costs(story)).then().statusCode(201).extract().path("id");
        as("programme-manager", "NOT" + story.system).header("Idempotency-Key", key).body(body)
                .post(costs(story)).then().statusCode(404).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(first)));
        as("programme-manager", story.system).header("Idempotency-Key", key).body(body)
                .post(costs(story)).then().statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(first));
    }

    private static RequestSpecification as(String role, String system) {
        return given().header("Authorization", TestTokens.bearer(role, system)).contentType(ContentType.JSON);
    }

    /** The path of the record a programme manager creates at {@code collection}. */
    private static String created(Story story, String collection, String body) {
        String id = as("programme-manager", story.system).body(body).post(collection).then().statusCode(201).extract().path("id");
        return collection + "/" + id;
    }

    private static String idOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String etagOf(Story story, String path) {
        return as("analyst", story.system).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse withdraw(Story story, String path, String reason, String ifMatch) {
        RequestSpecification request = as("programme-manager", story.system).body(Map.of("reason", reason));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post(path + "/withdrawal").then();
    }

    private static ValidatableResponse audit(String path, String role, String system) {
        return as(role, system).get(path + "/withdrawal").then();
    }

    /** Counted as claimed: the story's £4m carries no attribution, and these tests are about costs, not isolation. */
    private static JsonPath report(Story story) {
        return as("analyst", story.system).queryParam("attribution", "CLAIMED").get("/api/v1/evaluation/programmes/" + story.programme + "/report")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> engaging(Story story) {
        return report(story).getMap("level2.dimensions.find { it.dimension == 'Engaging the team' }");
    }

    private static String costs(Story story) {
        return "/api/v1/evaluation/programmes/" + story.programme + "/costs";
    }

    private static String cost(String description, long pence) {
        return "{\"category\":\"VENUE_AND_TRAVEL\",\"description\":\"%s\",\"amountPence\":%d}".formatted(description, pence);
    }

    private static String evaluation(String evaluator, String link) {
        return """
                {"evaluator":"%s","reportedOn":"2026-11-01","method":"Interviews and survey","findings":"Stronger system relationships.",
                 "link":"%s"}""".formatted(evaluator, link);
    }

    private static String reactionSurvey(Story story) {
        return as("programme-manager", story.system).body("""
                {"programmeId":"%s","title":"Day 1 feedback","kirkpatrickLevel":1,"audience":"PARTICIPANTS",
                 "timing":"AFTER_SESSION","respondents":"ANONYMOUS","questions":[
                   {"code":"Q1","text":"The day was a good use of my time","type":"LIKERT_5"},
                   {"code":"Q2","text":"Would you recommend it?","type":"SINGLE_CHOICE","choices":["Yes","No"]}]}
                """.formatted(story.programme)).post("/api/v1/evaluation/instruments").then().statusCode(201)
                .extract().path("id");
    }

    private static String reaction(UUID enrolment, int score) {
        return "{" + (enrolment == null ? "" : "\"enrolmentId\":\"" + enrolment + "\",")
                + "\"answers\":[{\"question\":\"Q1\",\"number\":" + score + "},{\"question\":\"Q2\",\"text\":\"Yes\"}]}";
    }

    private static String leadership(UUID enrolment, int score) {
        StringBuilder answers = new StringBuilder("[");
        for (int d = 1; d <= 9; d++) {
            answers.append(d > 1 ? "," : "").append("{\"question\":\"HLM").append(d).append("\",\"number\":").append(score).append('}');
        }
        return "{" + (enrolment == null ? "" : "\"enrolmentId\":\"" + enrolment + "\",") + "\"answers\":" + answers + "]}";
    }
}
