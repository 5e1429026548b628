package org.leadershipimpact.projects;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TopicReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadershipimpact.projects.ProjectFixtures.PROBLEM;
import static org.leadershipimpact.projects.ProjectFixtures.announce;
import static org.leadershipimpact.projects.ProjectFixtures.as;
import static org.leadershipimpact.projects.ProjectFixtures.measure;
import static org.leadershipimpact.projects.ProjectFixtures.newProject;
import static org.leadershipimpact.projects.ProjectFixtures.newSystem;

@QuarkusTest
class MeasureAndSpcTest {

    /** The precedence example of docs/design/spc-reference-notes.md (E5): trends, outside points, 2-of-3 and a shift. */
    static final double[] E5 = {5, 6, 7, 8, 9, 10, 11, 10, 9, 8, 7, 6, 5, 6, 5, 6, 5, 6, 5, 6};
    static final LocalDate JANUARY = LocalDate.of(2024, 1, 1);

    private static TopicReader events;

    @BeforeAll
    static void readEvents() {
        events = new TopicReader("projects.events");
    }

    @AfterAll
    static void stopReading() {
        events.close();
    }

    static String json(double... values) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add("{\"date\":\"" + JANUARY.plusMonths(i) + "\",\"value\":" + values[i] + "}");
        }
        return "{\"points\":[" + String.join(",", points) + "]}";
    }

    private String system;
    private String measure;

    private void givenAMeasure(String direction, String extra) {
        system = newSystem();
        measure = measure(system, newProject(system, announce(system)), direction, extra);
    }

    @Test
    void theChartOfMonthlyPointsShowsEachRuleWithThePointsItCovers() {
        givenAMeasure("INCREASE", ",\"target\":12");
        as("project-lead", system).body(json(E5)).post("/api/v1/measures/" + measure + "/data-points")
                .then().statusCode(200).body("recorded", equalTo(20));
        as("analyst", system).get("/api/v1/measures/" + measure + "/spc").then().statusCode(200)
                .body("segments[0].mean", equalTo(7.0f))
                .body("segments[0].lowerLimit", equalTo(4.34f))
                .body("segments[0].upperLimit", equalTo(9.66f))
                .body("points.specialCause", contains(
                        "TREND_INCREASING", "TREND_INCREASING", "TREND_INCREASING", "TREND_INCREASING", "TREND_INCREASING",
                        "ABOVE_UPPER_LIMIT", "ABOVE_UPPER_LIMIT", "ABOVE_UPPER_LIMIT",
                        "TREND_DECREASING", "TREND_DECREASING", "TREND_DECREASING", "TREND_DECREASING", "TREND_DECREASING",
                        "SHIFT_BELOW", "TWO_OF_THREE_BELOW", "SHIFT_BELOW", "TWO_OF_THREE_BELOW", "SHIFT_BELOW", "TWO_OF_THREE_BELOW", "SHIFT_BELOW"))
                .body("points[5].pointType", equalTo("SPECIAL_CAUSE_IMPROVEMENT"))
                .body("points[19].pointType", equalTo("SPECIAL_CAUSE_CONCERN"))
                .body("variation", equalTo("SPECIAL_CAUSE_CONCERN"))
                .body("assurance", equalTo("CONSISTENT_FAIL"))
                .body("signals.signal", contains("TREND_INCREASING", "ABOVE_UPPER_LIMIT", "TREND_DECREASING", "SHIFT_BELOW",
                        "TWO_OF_THREE_BELOW", "SHIFT_BELOW", "TWO_OF_THREE_BELOW", "SHIFT_BELOW", "TWO_OF_THREE_BELOW", "SHIFT_BELOW"))
                .body("signals[1].from", equalTo("2024-06-01"))
                .body("signals[1].to", equalTo("2024-08-01"))
                .body("signals[1].periods", hasSize(3))
                .body("warnings", hasSize(0));
    }

    @Test
    void theChartIsAnnouncedWholeAndOnlyWhenWhatItShowsChanges() {
        givenAMeasure("INCREASE", ",\"target\":12");
        as("project-lead", system).body(json(E5)).post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        var chart = events.await(m -> m.key().equals(measure) && m.value().path("type").asText().contains("MeasureChartChanged"),
                1, Duration.ofSeconds(30)).get(0).value().path("data");
        assertEquals("SPECIAL_CAUSE_CONCERN", chart.path("variation").asText());
        assertEquals("CONSISTENT_FAIL", chart.path("assurance").asText());
        assertEquals(10, chart.path("signals").size(), "every run of points the chart names, as GET .../spc lists them");
        assertEquals("ABOVE_UPPER_LIMIT", chart.path("signals").get(1).path("signal").asText());
        assertEquals("2024-06-01", chart.path("signals").get(1).path("from").asText());
        assertEquals(3, chart.path("signals").get(1).path("periods").size());
        // the same points again change nothing on the chart; a new low point does (events of one measure keep their order)
        as("project-lead", system).body(json(E5)).post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        as("project-lead", system).body("{\"points\":[{\"date\":\"2025-09-01\",\"value\":1}]}")
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        var charts = events.await(m -> m.key().equals(measure) && m.value().path("type").asText().contains("MeasureChartChanged"),
                2, Duration.ofSeconds(30));
        var signals = charts.get(1).value().path("data").path("signals");
        assertEquals("2025-09-01", signals.get(signals.size() - 1).path("to").asText(),
                "the second announcement is the new point's, not the repeated points'");
    }

    @Test
    void aRebaseDateStartsASegmentWithItsOwnLimitsAndShortSegmentsAreWarnedOf() throws Exception {
        givenAMeasure("DECREASE", ",\"rebaseDates\":[\"" + JANUARY.plusMonths(15) + "\"],\"fixedBaselinePoints\":12");
        as("project-lead", system).body(json(10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 12, 13, 14,
                        20, 21, 19, 20, 22, 18, 20, 21, 19, 20, 22, 18, 20, 24, 19, 20))
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        as("analyst", system).get("/api/v1/measures/" + measure + "/spc").then().statusCode(200)
                .body("segments", hasSize(2))
                .body("segments[1].start", equalTo(JANUARY.plusMonths(15).toString()))
                .body("segments[1].mean", equalTo(20.0f))
                .body("segments[0].baselinePoints", equalTo(12))
                .body("points[14].pointType", equalTo("SPECIAL_CAUSE_CONCERN"));
        var spc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(as("analyst", system).get("/api/v1/measures/" + measure + "/spc")
                .then().extract().asString()).path("segments");
        var announced = events.await(m -> m.key().equals(measure) && m.value().path("type").asText().contains("MeasureChartChanged"),
                1, Duration.ofSeconds(30)).get(0).value().path("data").path("segments");
        assertEquals(2, announced.size(), "the announced chart carries both segments");
        for (int i = 0; i < 2; i++) {
            assertEquals(spc.get(i).path("start").asText(), announced.get(i).path("from").asText());
            assertEquals(spc.get(i).path("end").asText(), announced.get(i).path("to").asText());
            for (String figure : List.of("mean", "lowerLimit", "upperLimit")) {
                assertEquals(spc.get(i).path(figure).asDouble(), announced.get(i).path(figure).asDouble(), 1e-12, figure);
            }
        }
        as("project-lead", system).body(json(3, 4)).post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
    }

    @Test
    void screeningCanBeTurnedOff() throws Exception {
        givenAMeasure("INCREASE", ",\"screenOutliers\":false");
        as("project-lead", system).body(json(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1))
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        var chart = as("analyst", system).get("/api/v1/measures/" + measure + "/spc").then()
                .body("segments[0].movingRangesScreenedOut", equalTo(0))
                .body("warnings", hasSize(0))
                .extract().asString();
        assertEquals(6.951503267973856, new com.fasterxml.jackson.databind.ObjectMapper().readTree(chart)
                .at("/segments/0/upperLimit").asDouble(), 1e-12);
    }

    @Test
    void aSinglePointHasNoLimitsAndTheChartSaysItsLimitsAreTrial() {
        givenAMeasure("NEUTRAL", "");
        as("project-lead", system).body(json(42)).post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        as("analyst", system).get("/api/v1/measures/" + measure + "/spc").then().statusCode(200)
                .body("segments[0].upperLimit", nullValue())
                .body("points[0].pointType", equalTo("COMMON_CAUSE"))
                .body("warnings", hasSize(1));
    }

    @Test
    void pointsArriveAsCsvAndAPeriodRecordedAgainIsCorrected() {
        givenAMeasure("DECREASE", "");
        as("project-lead", system).contentType("text/csv").body("date,value\n2024-01-01,41.5\n2024-02-01,39\n2024-03-01,44.25\n")
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200).body("recorded", equalTo(3));
        as("project-lead", system).contentType("text/csv").body("date,value\n2024-02-01,38\n")
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        as("analyst", system).get("/api/v1/measures/" + measure + "/data-points").then()
                .body("points.value", contains(41.5f, 38.0f, 44.25f));
    }

    @Test
    void badRowsAreEachNamedAndNothingIsRecorded() {
        givenAMeasure("INCREASE", "");
        as("project-lead", system).contentType("text/csv").body("date,value\n2024-01-01,1\n2024-13-01,2\n2024-03-01,lots\n2024-04-01\n")
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("points[1].date", "points[2].value", "points[3]"))
                .body("violations.row", contains(3, 4, 5));
        as("project-lead", system).body("{\"points\":[{\"date\":\"2024-01-01\",\"value\":1},{\"date\":\"2024-01-01\",\"value\":2}]}")
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(400)
                .body("violations.field", contains("points[1].date"));
        as("project-lead", system).body("{\"points\":[{\"date\":\"2024-01-01\"}]}")
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(400)
                .body("violations.field", contains("points[0].value"));
        as("analyst", system).get("/api/v1/measures/" + measure + "/data-points").then().body("points", hasSize(0));
    }

    @Test
    void anExcelFileIsRecordedAndAPeriodGivenTwiceIsNamedByItsRow() {
        givenAMeasure("INCREASE", "");
        String excel = "\uFEFFdate,value\r\n\"2024-01-01\",\"41.5\"\r\n2024-02-01, 39 \r\n,\r\n2024-03-01,-2.25E1\r\n";
        as("project-lead", system).contentType("text/csv").body(excel.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200).body("recorded", equalTo(3));
        as("analyst", system).get("/api/v1/measures/" + measure + "/data-points").then().body("points.value", contains(41.5f, 39.0f, -22.5f));
        as("project-lead", system).contentType("text/csv").body("value,date\r\n1,2024-04-01\r\n2,2024-05-01\r\n3,2024-04-01\r\n")
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("points[2].date")).body("violations.row", contains(4)).body("violations.column", contains(2));
        as("analyst", system).get("/api/v1/measures/" + measure + "/data-points").then().body("points", hasSize(3));
    }

    @Test
    void theDataPointsTemplateIsTheHeaderAndAnExampleRow() {
        givenAMeasure("INCREASE", "");
        as("project-lead", system).accept("text/csv").get("/api/v1/measures/" + measure + "/data-points/template").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", equalTo("attachment; filename=\"points.csv\""))
                .body(equalTo("\uFEFFdate,value\r\n2026-01-01,41.5\r\n"));
        as("project-lead", system).accept("text/csv").get("/api/v1/measures/" + UUID.randomUUID() + "/data-points/template")
                .then().statusCode(404).contentType(PROBLEM);
        io.restassured.path.json.JsonPath doc = io.restassured.RestAssured.given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String content = "paths.'/api/v1/measures/{id}/data-points'.post.requestBody.content";
        assertTrue(doc.getMap(content).containsKey("application/json"), "JSON documented");
        assertTrue(doc.getString("paths.'/api/v1/measures/{id}/data-points'.post.description").contains("As text/csv"), "CSV described");
        assertEquals("date,value\r\n2026-01-01,41.5\r\n", doc.getString(content + ".'text/csv'.examples.points.value"));
    }

    @Test
    void tenThousandPointsGoInOneCallAndOneMoreIsRefused() {
        givenAMeasure("INCREASE", "");
        StringBuilder csv = new StringBuilder("date,value\n");
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 10_001; i++) {
            csv.append(day.plusDays(i)).append(',').append(i % 17).append('\n');
        }
        as("project-lead", system).contentType("text/csv").body(csv.toString())
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(400).body("violations.field", contains("points"));
        String tenThousand = csv.substring(0, csv.lastIndexOf("\n", csv.length() - 2) + 1);
        as("project-lead", system).contentType("text/csv").body(tenThousand)
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200).body("recorded", equalTo(10_000));
    }

    @Test
    void theSvgChartIsValidXmlWithLimitsTargetAndColouredSignals() throws Exception {
        givenAMeasure("INCREASE", ",\"target\":12");
        as("project-lead", system).body(json(E5)).post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        String svg = as("analyst", system).accept("image/svg+xml").get("/api/v1/measures/" + measure + "/chart.svg")
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(1, byClass(doc, "line", "upper-limit").size());
        assertEquals(1, byClass(doc, "line", "lower-limit").size());
        assertEquals(1, byClass(doc, "line", "mean").size());
        assertEquals(1, byClass(doc, "line", "target").size());
        assertEquals(20, byClass(doc, "circle", "point").size());
        assertEquals(8, byClass(doc, "circle", "special-cause-improvement").size(), "5 trend up and 3 above the limit");
        assertEquals(12, byClass(doc, "circle", "special-cause-concern").size());
        assertTrue(byClass(doc, "circle", "special-cause-concern").get(0).getAttribute("fill").equalsIgnoreCase("#fab428"));
        assertTrue(svg.contains("Readmissions within 30 days"), "titled");
    }

    @Test
    void aMeasureCanAskForTheIhiRunChartRulesInstead() {
        givenAMeasure("DECREASE", ",\"chartRules\":\"IHI_RUN_CHART\",\"target\":4");
        as("project-lead", system).body(json(2, 3, 2, 3, 2, 3, 5, 8, 9, 8, 9, 8, 9)).post("/api/v1/measures/" + measure + "/data-points")
                .then().statusCode(200);
        as("analyst", system).get("/api/v1/measures/" + measure + "/spc").then().statusCode(200)
                .body("rules", equalTo("IHI_RUN_CHART"))
                .body("segments[0].mean", equalTo(5.0f))
                .body("segments[0].upperLimit", nullValue())
                .body("assurance", nullValue())
                .body("points[0].specialCause", equalTo("SHIFT_BELOW"))
                .body("points[0].pointType", equalTo("SPECIAL_CAUSE_IMPROVEMENT"))
                .body("points[12].pointType", equalTo("SPECIAL_CAUSE_CONCERN"));
    }

    @Test
    void aMeasureOfAnotherSystemIsNotFound() {
        givenAMeasure("INCREASE", "");
        as("analyst", "ELSEWHERE").get("/api/v1/measures/" + measure + "/spc").then().statusCode(404).contentType(PROBLEM);
        as("analyst", "ELSEWHERE").get("/api/v1/measures/" + measure + "/chart.svg").then().statusCode(404);
    }

    @Test
    void aFixedBaselineOfFewerThanTwelvePointsIsRefused() {
        String system = newSystem();
        String project = newProject(system, announce(system));
        as("project-lead", system).body("""
                {"projectId":"%s","name":"M","kind":"PROCESS","unit":"%%","direction":"INCREASE","fixedBaselinePoints":11}""".formatted(project))
                .post("/api/v1/measures").then().statusCode(400).body("violations.field", containsInAnyOrder("fixedBaselinePoints"));
    }

    private static List<Element> byClass(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }
}
