package org.leadershipimpact.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.evaluation.report.Wording;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicWriter;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instruments, responses and the report, on the facts of a {@link Story}. Expected statistics are
 * worked by hand in each test.
 */
@QuarkusTest
class SurveyAndReportTest {

    private static TopicWriter kafka;

    @BeforeAll
    static void connect() {
        kafka = new TopicWriter();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }


    private static RequestSpecification as(String role, String system) {
        return given().header("Authorization", TestTokens.bearer(role, system)).contentType(ContentType.JSON);
    }

    private static String reactionSurvey(Story story) {
        return as("programme-manager", story.system).body("""
                {"programmeId":"%s","title":"Day 1 <feedback>","kirkpatrickLevel":1,"audience":"PARTICIPANTS",
                 "timing":"AFTER_SESSION","respondents":"ANONYMOUS","questions":[
                   {"code":"Q1","text":"The day was a good use of my time","type":"LIKERT_5"},
                   {"code":"Q2","text":"Would you recommend it?","type":"SINGLE_CHOICE","choices":["Yes","No"]},
                   {"code":"Q3","text":"Anything else?","type":"FREE_TEXT","required":false}]}
                """.formatted(story.programme)).post("/api/v1/evaluation/instruments").then().statusCode(201)
                .extract().path("id");
    }

    private static void answer(Story story, String instrument, String enrolment, String answers, int status) {
        as("integrator", story.system).body("{" + (enrolment == null ? "" : "\"enrolmentId\":\"" + enrolment + "\",")
                        + "\"answers\":" + answers + "}")
                .post("/api/v1/evaluation/instruments/" + instrument + "/responses").then().statusCode(status);
    }

    @Test
    void theReportShowsReactionLearningBehaviourResultsAndRoiAsWorkedByHand() {
        Story story = Fixtures.told(kafka);
        String reaction = reactionSurvey(story);
        answer(story, reaction, null, "[{\"question\":\"Q1\",\"number\":5},{\"question\":\"Q2\",\"text\":\"Yes\"}]", 201);
        answer(story, reaction, null, "[{\"question\":\"Q1\",\"number\":4},{\"question\":\"Q2\",\"text\":\"Yes\"},"
                + "{\"question\":\"Q3\",\"text\":\"Dr Jane Example was inspiring\"}]", 201);
        answer(story, reaction, null, "[{\"question\":\"Q1\",\"number\":4},{\"question\":\"Q2\",\"text\":\"No\"}]", 201);

        JsonPath pair = as("programme-manager", story.system).body("{\"programmeId\":\"" + story.programme + "\"}")
                .post("/api/v1/evaluation/instruments/healthcare-leadership-model").then().statusCode(201).extract().jsonPath();
        assertEquals(9, pair.getList("pre.questions").size());
        assertEquals("Inspiring shared purpose", pair.getString("pre.questions[0].dimension"));
        String pre = pair.getString("pre.id");
        String post = pair.getString("post.id");
        // three people: before 2, 3, 3 and after 4, 4, 3 on every dimension
        int[][] scores = {{2, 4}, {3, 4}, {3, 3}};
        for (int i = 0; i < 3; i++) {
            answer(story, pre, story.enrolments[i].toString(), leadershipAnswers(scores[i][0]), 201);
            answer(story, post, story.enrolments[i].toString(), leadershipAnswers(scores[i][1]), 201);
        }
        as("programme-manager", story.system).body("""
                {"category":"PARTICIPANT_TIME","description":"20 days each at mid-point salary with on-costs","amountPence":5000000}""")
                .post("/api/v1/evaluation/programmes/" + story.programme + "/costs").then().statusCode(201);
        as("programme-manager", story.system).body("""
                {"evaluator":"The King's Fund","reportedOn":"2026-11-01","method":"Interviews and survey","findings":"Stronger system relationships.",
                 "link":"https://example.org/evaluation"}""")
                .post("/api/v1/evaluation/programmes/" + story.programme + "/independent-evaluations").then().statusCode(201);

        JsonPath report = given().header("Authorization", TestTokens.bearer("analyst", story.system))
                .get("/api/v1/evaluation/programmes/" + story.programme + "/report").then().statusCode(200).extract().jsonPath();

        // level 1: 5, 4, 4 → mean 4.33, sd sqrt(((2/3)² + 2(1/3)²) / 2) = 0.58
        assertEquals(3, report.getInt("level1[0].responses"));
        assertEquals(4.33f, report.getFloat("level1[0].questions[0].mean"));
        assertEquals(0.58f, report.getFloat("level1[0].questions[0].standardDeviation"));
        assertEquals(Map.of("1", 0, "2", 0, "3", 0, "4", 2, "5", 1), report.getMap("level1[0].questions[0].distribution"));
        assertEquals(Map.of("Yes", 2, "No", 1), report.getMap("level1[0].questions[1].distribution"));
        assertEquals(1, report.getInt("level1[0].questions[2].n"));

        // level 2: differences 2, 1, 0 → mean 1, sd 1, d_z 1; interval 1 ± 4.3027 / sqrt(3) = −1.48 to 3.48
        assertEquals(9, report.getList("level2.dimensions").size());
        Map<String, Object> engaging = report.getMap("level2.dimensions.find { it.dimension == 'Engaging the team' }");
        assertEquals(3, engaging.get("n"));
        assertEquals(2.67f, engaging.get("meanBefore"));
        assertEquals(3.67f, engaging.get("meanAfter"));
        assertEquals(1.0f, engaging.get("meanDifference"));
        assertEquals(1.0f, engaging.get("effectSize"));
        assertEquals(-1.48f, engaging.get("lower95"));
        assertEquals(3.48f, engaging.get("upper95"));

        // level 3 and 4 from the events
        assertEquals(1, report.getInt("level3.projectsStarted"));
        assertEquals(1, report.getInt("level3.projectLeads"));
        assertEquals(1, report.getInt("level4.measuresImproving"));

        // ROI: cost £150,000 funding + £50,000 time = 20,000,000p; the audited £4m within 2026 was published without an
        // attribution (as before issue 16): nobody isolated the programme's part, so it counts nothing and there is no ROI
        assertEquals(20_000_000, report.getInt("roi.costs.totalPence"));
        assertEquals(true, report.getBoolean("roi.costs.fullyLoaded"));
        assertEquals("NOT_ISOLATED", report.getString("roi.benefits.find { it.unit == 'GBP' }.status"));
        assertEquals("0", report.getString("roi.benefitsCountedPence"));
        assertNull(report.get("roi.roiPercent"));
        assertTrue(report.getString("roi.statement").contains("1 benefit not isolated"), report.getString("roi.statement"));
        // counted as claimed: (400,000,000 − 20,000,000) / 20,000,000 × 100 = 1900.0%, BCR 20.00
        JsonPath claimed = given().header("Authorization", TestTokens.bearer("analyst", story.system)).queryParam("attribution", "CLAIMED")
                .get("/api/v1/evaluation/programmes/" + story.programme + "/report").then().statusCode(200).extract().jsonPath();
        assertEquals("400000000", claimed.getString("roi.benefitsCountedPence"));
        assertEquals(1900.0f, claimed.getFloat("roi.roiPercent"));
        assertEquals(20.0f, claimed.getFloat("roi.benefitCostRatio"));
        assertEquals("bed nights", report.getString("roi.intangibles[0].unit"));
        assertEquals("The King's Fund", report.getString("independentEvaluations[0].evaluator"));
        assertTrue(!report.prettify().contains("Jane Example"), "free text is never shown in a report");
    }

    @Test
    void roiCountsOnlyEvidenceAtTheChosenLevelAndWithinTheBenefitPeriod() {
        Story story = Fixtures.told(kafka);
        JsonPath strict = given().header("Authorization", TestTokens.bearer("analyst", story.system))
                .queryParam("evidenceLevel", "INDEPENDENTLY_EVALUATED").queryParam("attribution", "CLAIMED")
                .get("/api/v1/evaluation/programmes/" + story.programme + "/report").then().statusCode(200).extract().jsonPath();
        assertEquals("0", strict.getString("roi.benefitsCountedPence"));
        assertNull(strict.get("roi.roiPercent"), "nothing counted is no finding, not −100%");
        assertEquals("BELOW_EVIDENCE", strict.getString("roi.benefits.find { it.unit == 'GBP' }.status"));
        assertEquals(false, strict.getBoolean("roi.costs.fullyLoaded"));

        // six months from 1 January 2026 hold 181 of the benefit's 365 days: 400,000,000 × 181 / 365 = 198,356,164p (all in year 0,
        // undiscounted)
        JsonPath half = given().header("Authorization", TestTokens.bearer("analyst", story.system))
                .queryParam("benefitMonths", 6).queryParam("attribution", "CLAIMED")
                .get("/api/v1/evaluation/programmes/" + story.programme + "/report").then().statusCode(200).extract().jsonPath();
        assertEquals("198356164", half.getString("roi.benefitsCountedPence"));

        given().header("Authorization", TestTokens.bearer("analyst", story.system)).queryParam("evidenceLevel", "HEARSAY")
                .get("/api/v1/evaluation/programmes/" + story.programme + "/report")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("analyst", story.system)).queryParam("benefitMonths", "twelve")
                .get("/api/v1/evaluation/programmes/" + story.programme + "/report")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("benefitMonths"));
        given().header("Authorization", TestTokens.bearer("analyst", story.system)).queryParam("benefitMonths", 0)
                .get("/api/v1/evaluation/programmes/" + story.programme + "/report")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("benefitMonths"));
    }

    @Test
    void theCohortReportApportionsCostByEnrolments() {
        Story story = Fixtures.told(kafka);
        JsonPath report = given().header("Authorization", TestTokens.bearer("admin"))
                .get("/api/v1/evaluation/cohorts/" + story.cohort1 + "/report").then().statusCode(200).extract().jsonPath();
        assertEquals("Cohort one", report.getString("cohortName"));
        assertEquals(0.5f, report.getFloat("roi.costs.share"));
        assertEquals(7_500_000, report.getInt("roi.costs.totalPence"));
        assertEquals(2, report.getInt("participation.enrolments.total"));
    }

    @Test
    void thePrintablePageHasChartsAsWellFormedSvgAndEscapesWhatUsersTyped() throws Exception {
        Story story = Fixtures.told(kafka);
        reactionSurvey(story);
        String page = given().header("Authorization", TestTokens.bearer("admin")).accept("text/html")
                .get("/api/v1/evaluation/programmes/" + story.programme + "/report")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Return on investment"), containsString("Day 1 &lt;feedback&gt;"), not(containsString("<feedback>")))
                .extract().asString();
        Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(page);
        int charts = 0;
        while (svg.find()) {
            Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", chart.getDocumentElement().getNodeName());
            charts++;
        }
        assertTrue(charts >= 3, "charts of professions, sectors and ROI at least; found " + charts);
    }

    /** The board paper as PDF (Accept: application/pdf): A4, numbered pages, and the JSON report's figures, read back with PDFBox. */
    @Test
    void thePdfIsTheReportOnNumberedA4PagesWithTheSameFigures() throws IOException {
        Story story = Fixtures.told(kafka);
        String path = "/api/v1/evaluation/programmes/" + story.programme + "/report";
        JsonPath report = given().header("Authorization", TestTokens.bearer("analyst", story.system)).get(path)
                .then().statusCode(200).extract().jsonPath();
        byte[] pdf = given().header("Authorization", TestTokens.bearer("analyst", story.system)).accept("application/pdf").get(path)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target", "board-paper"));
        Files.write(Path.of("target", "board-paper", "programme-report.pdf"), pdf);

        try (PDDocument printed = Loader.loadPDF(pdf)) {
            int pages = printed.getNumberOfPages();
            assertTrue(pages >= 2, "a report of several pages; got " + pages);
            assertEquals(595, Math.round(printed.getPage(0).getMediaBox().getWidth()), "A4 width in points");
            assertEquals(842, Math.round(printed.getPage(0).getMediaBox().getHeight()), "A4 height in points");
            String text = new PDFTextStripper().getText(printed).replaceAll("\\s+", " ");
            assertTrue(text.contains("Page 1 of " + pages) && text.contains("Page " + pages + " of " + pages), "numbered pages");
            for (String figure : List.of(
                    Wording.pounds(report.getLong("roi.costs.totalPence")),
                    Wording.pounds(report.getLong("roi.benefitsClaimedPence")),
                    Wording.pounds(report.getLong("roi.netBenefitPence")),
                    Wording.percent(report.getDouble("participation.enrolments.completionRatePercent")),
                    Wording.percent(report.getDouble("participation.attendance.ratePercent")),
                    Wording.percent(report.getDouble("roi.sensitivity.breakEvenAttributionPercent")),
                    Wording.counted(report.getLong("level4.measuresImproving"), "measure shows", "measures show"),
                    report.getString("roi.statement"))) {
                assertTrue(text.contains(figure), "the PDF says \"" + figure + "\" as the JSON report does");
            }
        }
    }

    /** A project's one-page summary as PDF holds the figures its JSON gives: the measure's chart in words, the benefits. */
    @Test
    void theProjectSummaryPdfHoldsTheJsonFigures() throws IOException {
        Story story = Fixtures.told(kafka);
        String path = "/api/v1/evaluation/projects/" + story.project + "/report";
        JsonPath report = given().header("Authorization", TestTokens.bearer("analyst", story.system)).get(path)
                .then().statusCode(200).extract().jsonPath();
        byte[] pdf = given().header("Authorization", TestTokens.bearer("analyst", story.system)).accept("application/pdf").get(path)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target", "board-paper"));
        Files.write(Path.of("target", "board-paper", "project-report.pdf"), pdf);

        try (PDDocument printed = Loader.loadPDF(pdf)) {
            assertEquals(595, Math.round(printed.getPage(0).getMediaBox().getWidth()), "A4 width in points");
            String text = new PDFTextStripper().getText(printed).replaceAll("\\s+", " ");
            List<String> figures = new java.util.ArrayList<>(List.of(report.getString("title"),
                    Wording.counted(report.getList("measures[0].points").size(), "point", "points"),
                    "Mean " + Wording.number(rounded(report.getDouble("measures[0].segments[0].mean"))),
                    "lower process limit " + Wording.number(rounded(report.getDouble("measures[0].segments[0].lowerLimit"))),
                    "upper process limit " + Wording.number(rounded(report.getDouble("measures[0].segments[0].upperLimit")))));
            for (int i = 0; i < report.getList("benefits").size(); i++) {
                figures.add(Wording.number(new java.math.BigDecimal(report.getString("benefits[" + i + "].value"))));
            }
            assertEquals(2, report.getList("benefits").size());
            for (String figure : figures) {
                assertTrue(text.contains(figure), "the PDF says \"" + figure + "\" as the JSON report does");
            }
        }
    }

    private static java.math.BigDecimal rounded(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    @Test
    void responsesThatBreakTheRulesAreRefusedAndNothingIsRecorded() {
        Story story = Fixtures.told(kafka);
        String reaction = reactionSurvey(story);
        answer(story, reaction, null, "[{\"question\":\"Q1\",\"number\":6},{\"question\":\"Q2\",\"text\":\"Maybe\"},{\"question\":\"Q9\",\"number\":1}]", 400);
        as("integrator", story.system).body("{\"answers\":[{\"question\":\"Q1\",\"number\":6},{\"question\":\"Q2\",\"text\":\"Maybe\"}]}")
                .post("/api/v1/evaluation/instruments/" + reaction + "/responses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("answers[0].number", "answers[1].text")));
        answer(story, reaction, story.enrolments[0].toString(), "[{\"question\":\"Q1\",\"number\":3},{\"question\":\"Q2\",\"text\":\"No\"}]", 400);

        String pre = as("programme-manager", story.system).body("{\"programmeId\":\"" + story.programme + "\"}")
                .post("/api/v1/evaluation/instruments/healthcare-leadership-model").then().statusCode(201).extract().path("pre.id");
        answer(story, pre, null, leadershipAnswers(3), 400);
        answer(story, pre, UUID.randomUUID().toString(), leadershipAnswers(3), 422);
        answer(story, pre, story.enrolments[0].toString(), leadershipAnswers(3), 201);
        answer(story, pre, story.enrolments[0].toString(), leadershipAnswers(4), 409);

        String etag = given().header("Authorization", TestTokens.bearer("admin")).get("/api/v1/evaluation/instruments/" + reaction)
                .then().extract().header("ETag");
        as("programme-manager", story.system).header("If-Match", etag).body("{\"status\":\"CLOSED\"}")
                .put("/api/v1/evaluation/instruments/" + reaction + "/status").then().statusCode(200).body("status", equalTo("CLOSED"));
        answer(story, reaction, null, "[{\"question\":\"Q1\",\"number\":3},{\"question\":\"Q2\",\"text\":\"No\"}]", 409);

        JsonPath report = given().header("Authorization", TestTokens.bearer("admin"))
                .get("/api/v1/evaluation/programmes/" + story.programme + "/report").then().statusCode(200).extract().jsonPath();
        assertEquals(0, report.getInt("level1[0].responses"), "no refused response left anything behind");
    }

    @Test
    void closingAnInstrumentAgainChangesNothingAndReopeningItIsRefused() {
        Story story = Fixtures.told(kafka);
        String reaction = reactionSurvey(story);
        as("programme-manager", story.system).body("{\"status\":\"CLOSED\"}")
                .put("/api/v1/evaluation/instruments/" + reaction + "/status").then().statusCode(200);
        String closed = as("programme-manager", story.system).get("/api/v1/evaluation/instruments/" + reaction).then().extract().header("ETag");

        as("programme-manager", story.system).header("If-Match", closed).body("{\"status\":\"CLOSED\"}")
                .put("/api/v1/evaluation/instruments/" + reaction + "/status")
                .then().statusCode(200).header("ETag", closed).body("status", equalTo("CLOSED"));
        as("programme-manager", story.system).get("/api/v1/evaluation/instruments/" + reaction)
                .then().statusCode(200).header("ETag", closed).body("status", equalTo("CLOSED"));

        as("programme-manager", story.system).header("If-Match", closed).body("{\"status\":\"OPEN\"}")
                .put("/api/v1/evaluation/instruments/" + reaction + "/status")
                .then().statusCode(409).contentType("application/problem+json").body("from", equalTo("CLOSED"));
    }

    @Test
    void instrumentsThatMakeNoSenseAreRefusedWithEveryOffendingField() {
        Story story = Fixtures.told(kafka);
        as("programme-manager", story.system).body("""
                {"programmeId":"%s","title":"Bad","kirkpatrickLevel":5,"audience":"PARTICIPANTS","timing":"PRE",
                 "respondents":"ANONYMOUS","onePerPerson":true,"questions":[
                   {"code":"Q1","text":"Pick","type":"SINGLE_CHOICE","choices":["Only one"]},
                   {"code":"Q1","text":"Again","type":"LIKERT_5","minimum":1}]}
                """.formatted(story.programme)).post("/api/v1/evaluation/instruments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("kirkpatrickLevel"));
        as("programme-manager", story.system).body("""
                {"programmeId":"%s","title":"Bad","kirkpatrickLevel":1,"audience":"PARTICIPANTS","timing":"PRE",
                 "respondents":"ANONYMOUS","onePerPerson":true,"questions":[
                   {"code":"Q1","text":"Pick","type":"SINGLE_CHOICE","choices":["Only one"]},
                   {"code":"Q1","text":"Again","type":"LIKERT_5","minimum":1}]}
                """.formatted(story.programme)).post("/api/v1/evaluation/instruments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("onePerPerson", "questions[0].choices", "questions[1].code", "questions[1].minimum")));
        as("programme-manager", "ELSEWHERE").body("""
                {"programmeId":"%s","title":"Not ours","kirkpatrickLevel":1,"audience":"PARTICIPANTS","timing":"PRE",
                 "respondents":"ANONYMOUS","questions":[{"code":"Q1","text":"Hm","type":"LIKERT_5"}]}
                """.formatted(story.programme)).post("/api/v1/evaluation/instruments")
                .then().statusCode(422).contentType("application/problem+json").body("violations.field", hasItem("programmeId"));
    }

    @Test
    void analystsReadButCannotWrite() {
        Story story = Fixtures.told(kafka);
        as("analyst", story.system).body("{\"programmeId\":\"" + story.programme + "\"}")
                .post("/api/v1/evaluation/instruments/healthcare-leadership-model").then().statusCode(403).contentType("application/problem+json");
        as("analyst", story.system).body("{\"category\":\"OTHER\",\"description\":\"x\",\"amountPence\":1}")
                .post("/api/v1/evaluation/programmes/" + story.programme + "/costs").then().statusCode(403);
        as("analyst", story.system).get("/api/v1/evaluation/programmes/" + story.programme + "/costs").then().statusCode(200);
    }

    private static String leadershipAnswers(int score) {
        StringBuilder answers = new StringBuilder("[");
        for (int d = 1; d <= 9; d++) {
            answers.append(d > 1 ? "," : "").append("{\"question\":\"HLM").append(d).append("\",\"number\":").append(score).append('}');
        }
        return answers.append(']').toString();
    }
}
