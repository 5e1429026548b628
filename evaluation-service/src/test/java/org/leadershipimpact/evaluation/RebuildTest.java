package org.leadershipimpact.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.Eventually;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicWriter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read models built again from the topics give the very same figures, byte for byte. */
@QuarkusTest
class RebuildTest {

    private static TopicWriter kafka;

    @BeforeAll
    static void connect() {
        kafka = new TopicWriter();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    /** Every figure of the story's system, as its readers get them: summaries and reports as sent, exports as sets of rows. */
    private static Map<String, String> figures(Story story) {
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/evaluation/systems/" + story.system + "/summary",
                "/api/v1/evaluation/programmes/" + story.programme + "/summary",
                "/api/v1/evaluation/cohorts/" + story.cohort1 + "/summary",
                "/api/v1/evaluation/cohorts/" + story.cohort2 + "/summary",
                "/api/v1/evaluation/programmes/" + story.programme + "/report",
                "/api/v1/evaluation/programmes/" + story.programme + "/report?evidenceLevel=SELF_REPORTED",
                "/api/v1/evaluation/programmes/" + story.programme + "/report?attribution=CLAIMED&benefitMonths=36&monetiseUnitValues=true",
                "/api/v1/evaluation/projects/" + story.project + "/report",
                "/api/v1/evaluation/national/summary"));
        for (String dataset : List.of("participants", "enrolments", "attendance", "projects", "measures", "data-points", "benefits")) {
            paths.add("/api/v1/evaluation/exports/" + dataset + "?system=" + story.system);
        }
        Map<String, String> figures = new LinkedHashMap<>();
        for (String path : paths) {
            String body = given().header("Authorization", TestTokens.bearer("admin")).accept("application/json, application/x-ndjson")
                    .get(path).then().statusCode(200).extract().asString();
            // an export promises its rows, not their order
            figures.put(path, path.contains("/exports/") ? String.join("\n", body.lines().sorted().toList()) : body);
        }
        return figures;
    }

    @Test
    void aRebuildFromTheTopicsGivesTheSameFiguresByteForByte() {
        Story story = Fixtures.told(kafka);
        story.messages.clear();
        story.chart("COMMON_CAUSE");
        story.projects("benefit", story.nights, "BenefitWithdrawn", "benefitId", story.nights, "projectId", story.project);
        // the £4m corrected with everything issue 16 added: isolated, recurring, derived from the chart
        Map<String, Object> attribution = Map.of("share", 25, "method", "MANAGERS_ESTIMATE", "confidence", 80,
                "estimatedBy", "Service managers", "estimatedOn", "2026-06-30");
        Map<String, Object> derivation = Map.of("measureId", story.measure.toString(), "status", "DERIVED", "beforeMean", 31.0,
                "afterMean", 24.5, "change", 6.5, "months", 12, "rebaseDate", "2026-02-01");
        story.projects("benefit", story.money, "BenefitCorrected", "benefitId", story.money, "projectId", story.project,
                "programmeId", story.programme, "category", "FINANCIAL", "value", 333333.33, "unit", "GBP", "periodStart", "2026-01-01",
                "periodEnd", null, "cashable", true, "evidenceLevel", "AUDITED", "attribution", attribution, "recurrence", "MONTHLY",
                "annualDropOff", 12.5, "unitValue", null, "unitValueSource", null, "derivation", derivation);
        Fixtures.send(kafka, story.messages);
        Fixtures.awaitApplied();
        Map<String, String> before = figures(story);

        long applied = eventsApplied();
        long emptied = given().header("Authorization", TestTokens.bearer("admin")).post("/api/v1/evaluation/read-models/rebuild")
                .then().statusCode(202).extract().jsonPath().getLong("eventsApplied");
        assertTrue(emptied < applied, "the read models were emptied: " + emptied + " of " + applied + " events applied");
        // the group's offsets were at the end before, so the replay is done when as many events are applied again
        Eventually.await(RebuildTest::eventsApplied, n -> n == applied, Duration.ofSeconds(60));
        Fixtures.awaitApplied();

        assertEquals(before, figures(story));
    }

    private static long eventsApplied() {
        return given().header("Authorization", TestTokens.bearer("admin")).get("/api/v1/evaluation/read-models")
                .then().statusCode(200).extract().jsonPath().getLong("eventsApplied");
    }

    @Test
    void onlyTheNationalAdminRebuilds() {
        given().header("Authorization", TestTokens.bearer("programme-manager", "SURREY")).post("/api/v1/evaluation/read-models/rebuild")
                .then().statusCode(403);
    }
}
