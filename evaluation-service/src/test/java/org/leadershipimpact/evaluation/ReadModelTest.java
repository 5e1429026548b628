package org.leadershipimpact.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.evaluation.report.Wording;
import org.leadershipimpact.platform.events.EventConsumer;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicWriter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real events through real Kafka into the read models. The figures expected are worked out by hand
 * from {@link Story}: 4 enrolments (1 completed with 40 credits, 1 withdrawn, 1 active, 1 enrolled),
 * 5 attendance marks after one correction (3 present, 1 absent, 1 apologies), 1 project, 2 benefits,
 * 1 SPC signal.
 */
@QuarkusTest
class ReadModelTest {

    private static TopicWriter kafka;

    @Inject
    EventConsumer consumer;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void connect() {
        kafka = new TopicWriter();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void eventsInOrderGiveTheFiguresWorkedOutByHand() {
        Story story = new Story(Fixtures.newSystem());
        Fixtures.send(kafka, story.messages);
        Fixtures.awaitApplied();

        JsonPath programme = summary("/api/v1/evaluation/programmes/" + story.programme + "/summary");
        assertEquals(1, programme.getInt("programmes.total"));
        assertEquals(Map.of("OPEN", 1), programme.getMap("programmes.byStatus"));
        assertEquals(15_000_000L, programme.getLong("programmes.fundingPence"));
        assertEquals(2, programme.getInt("cohorts"));
        assertEquals(3, programme.getInt("sessions"));
        assertEquals(4, programme.getInt("participants.total"));
        assertEquals(Map.of("GP", 1, "NURSE", 1, "PRACTICE_MANAGER", 1, "POLICE_OFFICER", 1), programme.getMap("participants.byProfession"));
        assertEquals(Map.of("NHS_PRIMARY", 2, "NHS_ACUTE", 1, "OTHER_PUBLIC", 1), programme.getMap("participants.bySector"));
        assertEquals(3, programme.getInt("participants.organisationsReached"));
        assertEquals(3, programme.getInt("participants.sectorsReached"));
        assertEquals(Map.of("COMPLETED", 1, "WITHDRAWN", 1, "ACTIVE", 1, "ENROLLED", 1), programme.getMap("enrolments.byStatus"));
        assertEquals("25.0", programme.getString("enrolments.completionRatePercent"));
        assertEquals("25.0", programme.getString("enrolments.withdrawalRatePercent"));
        assertEquals(5, programme.getInt("attendance.marks"));
        assertEquals(3, programme.getInt("attendance.present"));
        assertEquals("60.0", programme.getString("attendance.ratePercent"));
        assertEquals(1, programme.getInt("credits.awarded"));
        assertEquals(40, programme.getInt("credits.total"));
        assertEquals(Map.of("SCOPING", 1), programme.getMap("projects.byStage"));
        assertEquals(Map.of("COPD", 1), programme.getMap("projects.byTheme"));
        assertEquals(Map.of("CAPACITY", 1, "FINANCIAL", 1), programme.getMap("benefits.byCategory"));
        assertEquals(List.of(Map.of("category", "CAPACITY", "unit", "bed nights", "value", 3600),
                Map.of("category", "FINANCIAL", "unit", "GBP", "value", 4000000)), programme.getList("benefits.totals"));
        assertEquals(Map.of("SPECIAL_CAUSE_IMPROVEMENT", 1), programme.getMap("spcSignals.byPointType"));
        assertNull(programme.get("suppressedBelow"));

        JsonPath cohort = summary("/api/v1/evaluation/cohorts/" + story.cohort1 + "/summary");
        assertEquals(Map.of("COMPLETED", 1, "WITHDRAWN", 1), cohort.getMap("enrolments.byStatus"));
        assertEquals(3, cohort.getInt("attendance.marks"));
        assertEquals(2, cohort.getInt("attendance.present"));
        assertEquals(1, cohort.getInt("projects.total"));
        assertEquals(2, cohort.getInt("benefits.total"));
        assertEquals(1, cohort.getInt("spcSignals.total"));

        // in the system, people count once each from their registration
        JsonPath system = summary("/api/v1/evaluation/systems/" + story.system + "/summary");
        assertEquals(4, system.getInt("participants.total"));
        assertEquals(4, system.getInt("enrolments.total"));
        assertEquals(1, system.getInt("programmes.total"));
    }

    @Test
    void shuffledDuplicatedDeliveryAcrossAConsumerRestartGivesTheSameFigures() {
        Story orderly = new Story(Fixtures.newSystem());
        Fixtures.send(kafka, orderly.messages);
        Story shuffled = new Story(Fixtures.newSystem());
        List<Story.Message> messages = shuffled.shuffled(20261125L);
        int half = messages.size() / 2;
        Fixtures.send(kafka, messages.subList(0, half));
        // a restart mid-stream: whatever was applied but not committed comes again and must not count twice
        consumer.close();
        Fixtures.send(kafka, messages.subList(half, messages.size()));
        consumer.open();
        Fixtures.awaitApplied();

        assertEquals(withoutIdentity(summary("/api/v1/evaluation/programmes/" + orderly.programme + "/summary")),
                withoutIdentity(summary("/api/v1/evaluation/programmes/" + shuffled.programme + "/summary")));
        assertEquals(withoutIdentity(summary("/api/v1/evaluation/cohorts/" + orderly.cohort1 + "/summary")),
                withoutIdentity(summary("/api/v1/evaluation/cohorts/" + shuffled.cohort1 + "/summary")));
        assertEquals(withoutIdentity(summary("/api/v1/evaluation/systems/" + orderly.system + "/summary")),
                withoutIdentity(summary("/api/v1/evaluation/systems/" + shuffled.system + "/summary")));
    }

    @Test
    void anEventThatCannotBeAppliedHoldsBackOnlyWhatComesAfterItInItsPartitionAndCountsOnceWhenItCan() {
        Story orderly = new Story(Fixtures.newSystem());
        Fixtures.send(kafka, orderly.messages);
        Story story = new Story(Fixtures.newSystem());
        while (kafka.partitionOf("programmes.events", story.programme.toString())
                == kafka.partitionOf("programmes.events", story.cohort2.toString())) {
            // the programme must travel beside the faulty cohort, not behind it
            story = new Story(Fixtures.newSystem());
        }
        Story faulty = story;
        // the database refuses the second cohort, as a full disk or a lock timeout would, and counts each try
        sql("CREATE SEQUENCE test_cohort_fault_attempts",
                "CREATE FUNCTION test_refuse_cohort() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "IF NEW.id = '" + faulty.cohort2 + "' THEN PERFORM nextval('test_cohort_fault_attempts'); "
                        + "RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$",
                "CREATE TRIGGER test_refuse_cohort BEFORE INSERT OR UPDATE ON cohort_fact FOR EACH ROW EXECUTE FUNCTION test_refuse_cohort()");
        try {
            Fixtures.send(kafka, faulty.messages);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (attempts() < 3 || programmesOf(faulty) == 0) {
                assertTrue(Instant.now().isBefore(deadline), "the refused cohort was not tried again, or its programme was held back with it");
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        } finally {
            sql("DROP TRIGGER test_refuse_cohort ON cohort_fact", "DROP FUNCTION test_refuse_cohort()");
        }
        Fixtures.awaitApplied();
        sql("DROP SEQUENCE test_cohort_fault_attempts");
        assertEquals(withoutIdentity(summary("/api/v1/evaluation/programmes/" + orderly.programme + "/summary")),
                withoutIdentity(summary("/api/v1/evaluation/programmes/" + faulty.programme + "/summary")));
        assertEquals(withoutIdentity(summary("/api/v1/evaluation/cohorts/" + orderly.cohort2 + "/summary")),
                withoutIdentity(summary("/api/v1/evaluation/cohorts/" + faulty.cohort2 + "/summary")));
    }

    private long attempts() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM test_cohort_fault_attempts")
                .getSingleResult()).longValue());
    }

    private long programmesOf(Story story) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM programme_fact WHERE id = :id").setParameter("id", story.programme)
                .getSingleResult()).longValue());
    }

    private void sql(String... statements) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String statement : statements) {
                entityManager.createNativeQuery(statement).executeUpdate();
            }
        });
    }

    @Test
    void aParticipantHeardOfAfterTheirEnrolmentMovesFromUnknownToTheirProfession() {
        Story story = new Story(Fixtures.newSystem());
        List<Story.Message> withoutRegistrations = story.messages.stream().filter(m -> !m.value().contains("ParticipantRegistered")).toList();
        Fixtures.send(kafka, withoutRegistrations);
        Fixtures.awaitApplied();
        JsonPath before = summary("/api/v1/evaluation/programmes/" + story.programme + "/summary");
        assertEquals(Map.of("UNKNOWN", 4), before.getMap("participants.byProfession"));

        Fixtures.send(kafka, story.messages.stream().filter(m -> m.value().contains("ParticipantRegistered")).toList());
        Fixtures.awaitApplied();
        JsonPath after = summary("/api/v1/evaluation/programmes/" + story.programme + "/summary");
        assertEquals(Map.of("GP", 1, "NURSE", 1, "PRACTICE_MANAGER", 1, "POLICE_OFFICER", 1), after.getMap("participants.byProfession"));
        assertEquals(4, after.getInt("participants.total"));
    }

    @Test
    void theNationalAdminSeesSystemsSideBySideWithinAFundingSource() {
        Story first = new Story(Fixtures.newSystem());
        Story second = new Story(Fixtures.newSystem());
        Fixtures.send(kafka, first.messages);
        Fixtures.send(kafka, second.messages);
        Fixtures.awaitApplied();
        List<Map<String, Object>> systems = given().header("Authorization", TestTokens.bearer("admin"))
                .queryParam("fundingSource", Story.FUNDER)
                .get("/api/v1/evaluation/national/systems").then().statusCode(200).extract().jsonPath().getList("$");
        for (Story story : List.of(first, second)) {
            Map<String, Object> row = systems.stream().filter(s -> story.system.equals(s.get("key"))).findFirst().orElseThrow();
            assertEquals("FUNDING_SYSTEM", row.get("scope"));
            assertEquals(4, ((Map<?, ?>) row.get("enrolments")).get("total"));
        }
        List<Map<String, Object>> sources = given().header("Authorization", TestTokens.bearer("admin"))
                .get("/api/v1/evaluation/national/funding-sources").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> fund = sources.stream().filter(s -> Story.FUNDER.equals(s.get("key"))).findFirst().orElseThrow();
        // other tests tell stories under the same fund: at least these two programmes' enrolments
        assertTrue(((Number) ((Map<?, ?>) fund.get("enrolments")).get("total")).longValue() >= 8, fund.toString());
        given().header("Authorization", TestTokens.bearer("analyst", first.system))
                .get("/api/v1/evaluation/national/systems").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anotherSystemsProgrammeDoesNotExistForTheCaller() {
        Story story = new Story(Fixtures.newSystem());
        Fixtures.send(kafka, story.messages);
        Fixtures.awaitApplied();
        given().header("Authorization", TestTokens.bearer("analyst", "ELSEWHERE"))
                .get("/api/v1/evaluation/programmes/" + story.programme + "/summary")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("analyst", "ELSEWHERE"))
                .get("/api/v1/evaluation/systems/" + story.system + "/summary")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMessageThatIsNotACloudEventOrOfAnUnknownTypeIsPassedOver() {
        Story story = new Story(Fixtures.newSystem());
        kafka.sendUnchecked("programmes.events", story.programme.toString(), "this is not JSON");
        String created = story.messages.stream().map(Story.Message::value).filter(m -> m.contains("ProgrammeCreated"))
                .findFirst().orElseThrow();
        kafka.sendUnchecked("programmes.events", story.programme.toString(), created
                .replace("ProgrammeCreated", "SomethingNew").replace("\"id\":\"", "\"id\":\"0"));
        Fixtures.send(kafka, story.messages);
        Fixtures.awaitApplied();
        assertEquals(1, summary("/api/v1/evaluation/programmes/" + story.programme + "/summary").getInt("programmes.total"));
    }

    @Test
    void aSystemWithNoHistoryHasASummaryOfZerosAndABadCodeIsAProblem() {
        JsonPath quiet = summary("/api/v1/evaluation/systems/QUIET/summary");
        assertEquals(0, quiet.getInt("programmes.total"));
        assertNull(quiet.get("attendance.ratePercent"));
        given().header("Authorization", TestTokens.bearer("admin"))
                .get("/api/v1/evaluation/systems/not a code/summary")
                .then().statusCode(400).contentType("application/problem+json");
    }

    static JsonPath summary(String path) {
        return given().header("Authorization", TestTokens.bearer("admin"))
                .get(path).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> withoutIdentity(JsonPath summary) {
        Map<String, Object> figures = new java.util.HashMap<>(summary.getMap("$"));
        figures.remove("key");
        figures.remove("name");
        return figures;
    }

    // A measure's XmR chart on the pages is the one projects-service announced: its mean and limits are those the
    // event carried (evaluation does not compute them again), and a chart announced before announcements carried
    // segments still applies, drawn with its points and no limits.

    @Test
    void theChartsLimitsAreThoseTheAnnouncementCarried() {
        Story story = Fixtures.told(kafka);
        for (String path : List.of("/api/v1/evaluation/programmes/" + story.programme + "/report",
                "/api/v1/evaluation/projects/" + story.project + "/report")) {
            JsonPath report = as(story).get(path).then().statusCode(200).extract().jsonPath();
            String measure = path.contains("/projects/") ? "measures[0]" : "level4.measures[0]";
            assertEquals(2, report.getList(measure + ".points").size());
            assertEquals(24.5, report.getDouble(measure + ".points[1].value"));
            assertEquals(1, report.getList(measure + ".segments").size());
            assertEquals("2026-01-01", report.getString(measure + ".segments[0].from"));
            assertEquals("2026-02-01", report.getString(measure + ".segments[0].to"));
            assertEquals(Story.MEAN, report.getDouble(measure + ".segments[0].mean"), 1e-9);
            assertEquals(Story.LOWER_LIMIT, report.getDouble(measure + ".segments[0].lowerLimit"), 1e-9);
            assertEquals(Story.UPPER_LIMIT, report.getDouble(measure + ".segments[0].upperLimit"), 1e-9);
            assertEquals("SHIFT_BELOW", report.getString(measure + ".signals[0].signal"));

            String chart = xmrChart(as(story).accept("text/html").get(path).then().statusCode(200).extract().asString());
            assertTrue(chart.contains("role=\"img\""), chart);
            String words = "Mean " + written(Story.MEAN) + ", lower process limit " + written(Story.LOWER_LIMIT) + ", upper process limit "
                    + written(Story.UPPER_LIMIT);
            assertTrue(chart.contains("<desc>") && chart.contains(words), "the chart says " + words + ": " + chart);
            assertTrue(chart.contains("Seven points in a row below the mean (special cause improvement)"), chart);
            assertEquals(2, count(chart, "<circle "), "one dot per point");
            assertEquals(3, count(chart, "<line x1=\"64.0\""), "mean and both limits drawn across the one segment, from the axis");
        }
    }

    @Test
    void aChartAnnouncedWithoutSegmentsStillAppliesAndIsDrawnWithoutLimits() {
        Story story = Fixtures.told(kafka);
        story.messages.clear();
        story.chartWithoutSegments("COMMON_CAUSE");
        Fixtures.send(kafka, story.messages);
        Fixtures.awaitApplied();

        String path = "/api/v1/evaluation/projects/" + story.project + "/report";
        JsonPath report = as(story).get(path).then().statusCode(200).extract().jsonPath();
        assertEquals("COMMON_CAUSE", report.getString("measures[0].variation"), "the older form of the event was applied");
        assertEquals(List.of(), report.getList("measures[0].signals"));
        assertEquals(List.of(), report.getList("measures[0].segments"), "the limits announced before are not drawn against the new state");
        assertEquals(2, report.getList("measures[0].points").size());
        String chart = xmrChart(as(story).accept("text/html").get(path).then().statusCode(200).extract().asString());
        assertTrue(chart.contains("were not announced"), chart);
        assertEquals(2, count(chart, "<circle "));
    }

    private static io.restassured.specification.RequestSpecification as(Story story) {
        return given().header("Authorization", TestTokens.bearer("analyst", story.system));
    }

    private static String xmrChart(String page) {
        Matcher svg = Pattern.compile("<svg[^>]*aria-label=\"[^\"]*XmR chart\".*?</svg>", Pattern.DOTALL).matcher(page);
        assertTrue(svg.find(), "an XmR chart on the page");
        return svg.group();
    }

    private static String written(double value) {
        return Wording.number(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
