package org.leadershipimpact.evaluation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicWriter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What producers correct or take back, evaluation follows: a chart announced again replaces what was
 * known of it, a corrected benefit replaces the old, a withdrawn one (or a withdrawn session) counts
 * nowhere, a project that moves takes its figures with it. Starts from a {@link Story} (one improvement
 * signal, 3,600 bed nights and £4,000,000; three Leadership Insight days, two of them in cohort one).
 */
@QuarkusTest
class CorrectionsTest {

    private static TopicWriter kafka;

    @Inject
    AgroalDataSource database;

    @BeforeAll
    static void connect() {
        kafka = new TopicWriter();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    private static Story told() {
        return Fixtures.told(kafka);
    }

    private static void tell(Story story) {
        Fixtures.send(kafka, story.messages);
        Fixtures.awaitApplied();
    }

    private static JsonPath get(String path) {
        return given().header("Authorization", TestTokens.bearer("admin")).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath report(Story story) {
        return get("/api/v1/evaluation/programmes/" + story.programme + "/report?evidenceLevel=SELF_REPORTED");
    }

    @Test
    void aChartAnnouncedWithoutItsSignalTakesTheSignalOutOfEveryFigure() {
        Story story = told();
        assertEquals(1, report(story).getLong("level4.measuresImproving"));
        assertEquals(1, get("/api/v1/evaluation/cohorts/" + story.cohort1 + "/summary").getInt("spcSignals.total"));

        story.messages.clear();
        story.chart("COMMON_CAUSE");
        tell(story);
        JsonPath report = report(story);
        assertEquals(0, report.getLong("level4.measuresImproving"));
        assertEquals(Map.of(), report.getMap("level4.spcSignalsByPointType"));
        assertEquals(0, get("/api/v1/evaluation/cohorts/" + story.cohort1 + "/summary").getInt("spcSignals.total"));
        assertEquals(0, get("/api/v1/evaluation/systems/" + story.system + "/summary").getInt("spcSignals.total"));
    }

    @Test
    void aChartReadTheOtherWayReplacesTheOldReadingAndAnOlderAnnouncementChangesNothing() {
        Story story = told();
        story.messages.clear();
        story.chart("SPECIAL_CAUSE_CONCERN", Story.signal("SHIFT_BELOW", "SPECIAL_CAUSE_CONCERN", "2026-01-01", "2026-02-01"),
                Story.signal("ABOVE_UPPER_LIMIT", "SPECIAL_CAUSE_IMPROVEMENT", "2026-03-01"));
        tell(story);
        JsonPath report = report(story);
        assertEquals(Map.of("SPECIAL_CAUSE_CONCERN", 1, "SPECIAL_CAUSE_IMPROVEMENT", 1), report.getMap("level4.spcSignalsByPointType"));
        assertEquals(1, report.getLong("level4.measuresImproving"));

        // an announcement from before (as a producer's retry could deliver late) is passed over
        story.messages.clear();
        story.backdated(() -> story.chart("SPECIAL_CAUSE_CONCERN", Story.signal("SHIFT_BELOW", "SPECIAL_CAUSE_CONCERN", "2026-01-01")));
        tell(story);
        assertEquals(Map.of("SPECIAL_CAUSE_CONCERN", 1, "SPECIAL_CAUSE_IMPROVEMENT", 1),
                report(story).getMap("level4.spcSignalsByPointType"));
    }

    @Test
    void aCorrectedBenefitReplacesTheOldAndAWithdrawnOneCountsNowhere() {
        Story story = told();
        story.messages.clear();
        story.projects("benefit", story.money, "BenefitCorrected", "benefitId", story.money, "projectId", story.project,
                "programmeId", story.programme, "category", "FINANCIAL", "value", 400000, "unit", "GBP", "periodStart", "2026-01-01",
                "periodEnd", "2026-12-31", "cashable", true, "evidenceLevel", "AUDITED");
        story.projects("benefit", story.nights, "BenefitWithdrawn", "benefitId", story.nights, "projectId", story.project,
                "programmeId", story.programme);
        tell(story);

        JsonPath programme = get("/api/v1/evaluation/programmes/" + story.programme + "/summary");
        assertEquals(Map.of("FINANCIAL", 1), programme.getMap("benefits.byCategory"));
        assertEquals(List.of(Map.of("category", "FINANCIAL", "unit", "GBP", "value", 400000)), programme.getList("benefits.totals"));
        JsonPath report = report(story);
        assertEquals(1, report.getList("level4.benefits").size());
        assertEquals(400000.0, report.getDouble("level4.benefits[0].value"));
        String export = given().header("Authorization", TestTokens.bearer("analyst", story.system))
                .get("/api/v1/evaluation/exports/benefits?programme=" + story.programme).then().statusCode(200).extract().asString();
        assertTrue(export.contains(story.money.toString()));
        assertFalse(export.contains(story.nights.toString()), "a withdrawn benefit is not exported");
    }

    @Test
    void aProjectMovedToAnotherCohortTakesItsBenefitsAndSignalsWithItAndAWithdrawnOneLeaves() {
        Story story = told();
        story.messages.clear();
        story.projects("project", story.project, "ProjectUpdated", "projectId", story.project, "title", "Breathe easy at home",
                "theme", "COPD", "stage", "SCOPING", "originProgrammeId", story.programme, "originCohortId", story.cohort2,
                "leadParticipantIds", List.of(story.participants[2].toString()));
        tell(story);
        JsonPath first = get("/api/v1/evaluation/cohorts/" + story.cohort1 + "/summary");
        JsonPath second = get("/api/v1/evaluation/cohorts/" + story.cohort2 + "/summary");
        assertEquals(0, first.getInt("projects.total"));
        assertEquals(0, first.getInt("benefits.total"));
        assertEquals(0, first.getInt("spcSignals.total"));
        assertEquals(1, second.getInt("projects.total"));
        assertEquals(2, second.getInt("benefits.total"));
        assertEquals(1, second.getInt("spcSignals.total"));
        String export = given().header("Authorization", TestTokens.bearer("analyst", story.system))
                .get("/api/v1/evaluation/exports/projects?programme=" + story.programme).then().statusCode(200).extract().asString();
        assertTrue(export.contains("Breathe easy at home"));

        story.messages.clear();
        story.chart("COMMON_CAUSE");
        story.projects("measure", story.measure, "MeasureWithdrawn", "measureId", story.measure, "projectId", story.project);
        story.projects("benefit", story.nights, "BenefitWithdrawn", "benefitId", story.nights, "projectId", story.project);
        story.projects("benefit", story.money, "BenefitWithdrawn", "benefitId", story.money, "projectId", story.project);
        story.projects("project", story.project, "ProjectWithdrawn", "projectId", story.project, "originProgrammeId", story.programme);
        tell(story);
        JsonPath programme = get("/api/v1/evaluation/programmes/" + story.programme + "/summary");
        assertEquals(0, programme.getInt("projects.total"));
        assertEquals(0, programme.getInt("benefits.total"));
        assertEquals(0, report(story).getInt("level3.projectsStarted"));
        String points = given().header("Authorization", TestTokens.bearer("analyst", story.system))
                .get("/api/v1/evaluation/exports/data-points").then().statusCode(200).extract().asString();
        assertFalse(points.contains(story.measure.toString()), "a withdrawn measure's points are not exported");
    }

    @Test
    void aWithdrawnSessionLeavesEveryCountAndAnOlderTellingDoesNotBringItBack() throws SQLException {
        Story story = told();
        UUID cancelled = UUID.randomUUID();
        story.messages.clear();
        story.programmes("session", cancelled, "SessionScheduled", "sessionId", cancelled, "cohortId", story.cohort1,
                "programmeId", story.programme, "title", "Board development workshop", "kind", "WORKSHOP", "date", "2026-04-01");
        tell(story);
        assertEquals(List.of(3, 4, 4), sessions(story));
        assertEquals(Map.of("LEADERSHIP_INSIGHT_DAY", 3L, "WORKSHOP", 1L), tallied(story.system, "sessions.kind"));

        story.messages.clear();
        story.programmes("session", cancelled, "SessionWithdrawn", "sessionId", cancelled, "cohortId", story.cohort1,
                "programmeId", story.programme);
        story.backdated(() -> story.programmes("session", cancelled, "SessionUpdated", "sessionId", cancelled, "cohortId", story.cohort1,
                "programmeId", story.programme, "title", "Board development workshop", "kind", "WORKSHOP", "date", "2026-04-08"));
        tell(story);
        assertEquals(List.of(2, 3, 3), sessions(story), "cohort, programme and system count the sessions that stand");
        assertEquals(Map.of("LEADERSHIP_INSIGHT_DAY", 3L), tallied(story.system, "sessions.kind"));
    }

    @Test
    void aWithdrawnOrganisationIsMarkedKeepingWhatExportsJoinAndAnOlderTellingDoesNotUnmarkIt() throws SQLException {
        Story story = told();
        story.messages.clear();
        story.programmes("organisation", story.trust, "OrganisationWithdrawn", "organisationId", story.trust);
        story.backdated(() -> story.programmes("organisation", story.trust, "OrganisationUpdated", "organisationId", story.trust,
                "name", "Royal Surrey County Hospital", "type", "TRUST", "odsCode", "RA2"));
        tell(story);
        assertEquals(List.of("true", "Royal Surrey NHS Foundation Trust"), row("""
                SELECT to_jsonb(o) ->> 'withdrawn', o.name FROM organisation_fact o WHERE o.id = ?""", story.trust));
        String export = given().header("Authorization", TestTokens.bearer("analyst", story.system))
                .get("/api/v1/evaluation/exports/participants").then().statusCode(200).extract().asString();
        assertTrue(export.contains("Royal Surrey NHS Foundation Trust"), "what joined it still does");
    }

    /** The sessions the summaries of cohort one, the programme and the system count. */
    private static List<Integer> sessions(Story story) {
        return List.of(get("/api/v1/evaluation/cohorts/" + story.cohort1 + "/summary").getInt("sessions"),
                get("/api/v1/evaluation/programmes/" + story.programme + "/summary").getInt("sessions"),
                get("/api/v1/evaluation/systems/" + story.system + "/summary").getInt("sessions"));
    }

    /** A figure of the system by item, as the consistency check reads it. */
    private Map<String, Long> tallied(String system, String metric) throws SQLException {
        Map<String, Long> items = new TreeMap<>();
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT item, amount FROM tally WHERE scope = 'SYSTEM' AND scope_key = ? AND metric = ? AND amount <> 0")) {
            query.setString(1, system);
            query.setString(2, metric);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    items.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return items;
    }

    private List<String> row(String sql, UUID id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "no row for " + id);
                return List.of(String.valueOf(rows.getString(1)), String.valueOf(rows.getString(2)));
            }
        }
    }
}
