package org.leadershipimpact.evaluation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
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
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #19, change feeds: an export's Change-Cursor, sent back, returns exactly the rows created,
 * changed or withdrawn since, however they were changed (events through Kafka, as in production).
 */
@QuarkusTest
class ChangeFeedTest {

    private static final String BENEFITS_HEADER = "benefit_id,project_id,system_code,programme_id,cohort_id,category,value,unit,"
            + "period_start,period_end,cashable,evidence_level,attribution_share,attribution_method,attribution_confidence,"
            + "attribution_estimated_by,attribution_estimated_on,recurrence,annual_drop_off,unit_value,unit_value_source,"
            + "derived_from_measure_id,derivation_status";
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

    /** One export: its header, its rows as CSV lines, and the cursor it answered with. */
    private record Export(String header, List<String> rows, String cursor) {

        /** The rows by their first column (a record's id). */
        Map<String, List<String>> byId() {
            Map<String, List<String>> byId = new LinkedHashMap<>();
            rows.forEach(r -> byId.put(r.substring(0, r.indexOf(',')), Arrays.asList(r.split(",", -1))));
            assertEquals(rows.size(), byId.size(), "one row per record: " + rows);
            return byId;
        }

        /** Each row's change, by the record's id. */
        Map<String, String> changes() {
            Map<String, String> changes = new LinkedHashMap<>();
            byId().forEach((id, row) -> changes.put(id, row.get(row.size() - 1)));
            return changes;
        }
    }

    private static Export export(Story story, String dataset, String query) {
        ExtractableResponse<Response> answer = given().header("Authorization", TestTokens.bearer("analyst", story.system))
                .accept("text/csv").get("/api/v1/evaluation/exports/" + dataset + query).then().statusCode(200).extract();
        List<String> lines = answer.asString().lines().toList();
        return new Export(lines.get(0), lines.subList(1, lines.size()), answer.header("Change-Cursor"));
    }

    private static void tell(Story story) {
        Fixtures.send(kafka, story.messages);
        Fixtures.awaitApplied();
    }

    private static void benefit(Story story, UUID id, String type, String category, long value, String unit) {
        story.projects("benefit", id, type, "benefitId", id, "projectId", story.project, "programmeId", story.programme,
                "category", category, "value", value, "unit", unit, "periodStart", "2026-01-01", "periodEnd", "2026-12-31",
                "cashable", false, "evidenceLevel", "SELF_REPORTED");
    }

    @Test
    void aCursorReturnsExactlyTheThreeChangedAndTheOneWithdrawnAndThenNothing() {
        Story story = Fixtures.told(kafka);
        UUID visits = UUID.randomUUID();
        UUID hours = UUID.randomUUID();
        UUID untouched = UUID.randomUUID();
        story.messages.clear();
        benefit(story, visits, "BenefitRecorded", "CAPACITY", 120, "GP visits");
        benefit(story, hours, "BenefitRecorded", "WORKFORCE", 300, "staff hours");
        benefit(story, untouched, "BenefitRecorded", "PATIENT_OUTCOME", 12, "falls avoided");
        tell(story);
        Export full = export(story, "benefits", "");
        assertEquals(BENEFITS_HEADER, full.header(), "a full export keeps its columns");
        assertEquals(5, full.rows().size());

        story.messages.clear();
        benefit(story, story.money, "BenefitCorrected", "FINANCIAL", 400000, "GBP");
        benefit(story, visits, "BenefitCorrected", "CAPACITY", 150, "GP visits");
        benefit(story, hours, "BenefitCorrected", "WORKFORCE", 320, "staff hours");
        story.projects("benefit", story.nights, "BenefitWithdrawn", "benefitId", story.nights, "projectId", story.project);
        tell(story);

        Export changes = export(story, "benefits", "?cursor=" + full.cursor());
        assertEquals(BENEFITS_HEADER + ",change", changes.header());
        assertEquals(Map.of(story.money.toString(), "CREATED_OR_CHANGED", visits.toString(), "CREATED_OR_CHANGED",
                        hours.toString(), "CREATED_OR_CHANGED", story.nights.toString(), "WITHDRAWN"), changes.changes(),
                "exactly the three changed and the one withdrawn");
        assertEquals("400000.00", changes.byId().get(story.money.toString()).get(6), "a changed row as it is now");
        assertEquals("150.00", changes.byId().get(visits.toString()).get(6));

        assertNotEquals(full.cursor(), changes.cursor());
        Export none = export(story, "benefits", "?cursor=" + changes.cursor());
        assertEquals(List.of(), none.rows(), "nothing changed since the second export");
        assertEquals(BENEFITS_HEADER + ",change", none.header());

        Export after = export(story, "benefits", "");
        assertEquals(BENEFITS_HEADER, after.header());
        assertFalse(after.byId().containsKey(story.nights.toString()), "a full export still leaves the withdrawn out");
        assertEquals(4, after.rows().size());
    }

    /**
     * Instances of the service apply events in transactions of their own that commit in any order: one
     * begun before an export and committed after it is in the next change export, though its change was
     * written (and its transaction began) before the cursor was taken.
     */
    @Test
    void aTransactionThatCommitsAfterAnExportBeganBeforeItComesInTheNextOne() throws SQLException {
        Story story = Fixtures.told(kafka);
        try (Connection slow = database.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement correct = slow.prepareStatement("UPDATE benefit_fact SET value = 360 WHERE id = ?")) {
                correct.setObject(1, story.nights);
                assertEquals(1, correct.executeUpdate());
            }
            Export during = export(story, "benefits", "");
            assertEquals("3600.00", during.byId().get(story.nights.toString()).get(6), "the export does not see the open transaction");
            slow.commit();

            Export after = export(story, "benefits", "?cursor=" + during.cursor());
            assertEquals(Map.of(story.nights.toString(), "CREATED_OR_CHANGED"), after.changes());
            assertEquals("360.00", after.byId().get(story.nights.toString()).get(6));
            assertEquals(List.of(), export(story, "benefits", "?cursor=" + after.cursor()).rows());
        }
    }

    @Test
    void aWithdrawnDataPointComesAsWithdrawnWithItsKeyAndTheOthersDoNotComeAgain() {
        Story story = Fixtures.told(kafka);
        Export full = export(story, "data-points", "");
        assertEquals("measure_id,project_id,system_code,programme_id,cohort_id,period,value", full.header());
        assertEquals(2, full.rows().size());

        story.messages.clear();
        story.projects("measure", story.measure, "DataPointsWithdrawn", "measureId", story.measure, "projectId", story.project,
                "periods", List.of("2026-02-01"));
        story.chart("COMMON_CAUSE");
        tell(story);

        Export changes = export(story, "data-points", "?cursor=" + full.cursor());
        assertEquals(List.of(story.measure + ",," + story.system + "," + story.programme + "," + story.cohort1 + ",2026-02-01,,WITHDRAWN"),
                changes.rows(),
                "the withdrawn point, by its key; the point that stands and the measure's new chart change no row");
        assertEquals(List.of(), export(story, "data-points", "?cursor=" + changes.cursor()).rows());
    }

    @Test
    void changedSinceReturnsTheRowsChangedFromThenAndABadCursorOrTimeIsAProblemNamingIt() {
        Story story = Fixtures.told(kafka);
        Export all = export(story, "projects", "?changedSince=2000-01-01T00:00:00Z");
        assertEquals(Map.of(story.project.toString(), "CREATED_OR_CHANGED"), all.changes());
        assertEquals(List.of(), export(story, "projects", "?changedSince=2999-01-01T00:00:00Z").rows());

        String analyst = TestTokens.bearer("analyst", story.system);
        for (String cursor : List.of("not-a-cursor", "!!", "MTI6MTA6", "NTo3Ojk", "MTA6MjA6MjUsMTI", "MTA6MjA6MTUsMTI")) {
            given().header("Authorization", analyst).accept("text/csv").get("/api/v1/evaluation/exports/projects?cursor=" + cursor)
                    .then().statusCode(400).contentType("application/problem+json").body("violations.field", equalTo(List.of("cursor")));
        }
        // a time the database cannot hold (Java's OffsetDateTime.MAX) is refused like any date out of range, not a 500
        for (String time : List.of("yesterday", "%2B999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z")) {
            given().header("Authorization", analyst).accept("text/csv").urlEncodingEnabled(false)
                    .get("/api/v1/evaluation/exports/projects?changedSince=" + time)
                    .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("changedSince"));
        }
        given().header("Authorization", analyst).accept("text/csv")
                .get("/api/v1/evaluation/exports/projects?changedSince=2026-01-01T00:00:00Z&cursor=" + all.cursor())
                .then().statusCode(400).contentType("application/problem+json");
        assertTrue(all.cursor().matches("[A-Za-z0-9_-]+"), "the cursor is URL-safe: " + all.cursor());
    }

    @Test
    void theOpenApiDocumentDescribesTheCursorWithAnExample() {
        JsonPath export = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().setRootPath("paths.'/api/v1/evaluation/exports/{dataset}'.get");
        assertTrue(export.getString("description").contains("?cursor="), "an example of a change export");
        assertTrue(export.getString("description").contains("WITHDRAWN"));
        assertEquals(List.of("NzkwNDo3OTA2Ojc5MDQ"), export.getList("parameters.findAll { it.name == 'cursor' }.example"));
        assertEquals(List.of("date-time"), export.getList("parameters.findAll { it.name == 'changedSince' }.schema.format"));
        assertTrue(export.getString("responses.'200'.headers.'Change-Cursor'.description").contains("cursor"));
    }

    /** The cursor's transaction opens before the rows are written: an export whose rows are never asked for must not keep it open. */
    @Test
    void anExportWhoseRowsAreNeverWrittenLeavesNoTransactionOpen() throws SQLException {
        Story story = Fixtures.told(kafka);
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", TestTokens.bearer("analyst", story.system)).accept("text/csv")
                    .head("/api/v1/evaluation/exports/projects").then().statusCode(200).header("Change-Cursor", notNullValue());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long open;
        // the response ends, then its end handler closes the transaction
        while ((open = openSnapshots()) > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(20_000_000);
        }
        assertEquals(0, open, "transactions left open by exports never written");
    }

    private long openSnapshots() throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT count(*) FROM pg_stat_activity
                     WHERE query = 'SELECT pg_current_snapshot()::text' AND state = 'idle in transaction' AND pid <> pg_backend_pid()""");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
