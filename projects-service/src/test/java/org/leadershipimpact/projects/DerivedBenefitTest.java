package org.leadershipimpact.projects;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadershipimpact.projects.ProjectFixtures.PROBLEM;
import static org.leadershipimpact.projects.ProjectFixtures.announce;
import static org.leadershipimpact.projects.ProjectFixtures.as;
import static org.leadershipimpact.projects.ProjectFixtures.measure;
import static org.leadershipimpact.projects.ProjectFixtures.newProject;
import static org.leadershipimpact.projects.ProjectFixtures.newSystem;

/**
 * A benefit worked out from a measure's chart, following the chart (docs/design/credible-value.md, rule 2).
 * Outpatient referrals a month (fewer is better), re-based on 1 April 2019 when the new pathway began:
 * before, 100, 104, 100, 104... (mean 102, limits 102 ± 2.66 × 4 = 91.36 to 112.64); after, 90, 88...
 * (mean 89), below the before limits: 13 referrals a month fewer, at £120 each, over 2019-20's 12 months
 * = £18,720.
 */
@QuarkusTest
class DerivedBenefitTest {

    static final LocalDate APRIL_2018 = LocalDate.of(2018, 4, 1);
    static final LocalDate APRIL_2019 = LocalDate.of(2019, 4, 1);

    private static TopicReader events;

    @BeforeAll
    static void readEvents() {
        events = new TopicReader("projects.events");
    }

    @AfterAll
    static void stopReading() {
        events.close();
    }

    static String points(LocalDate from, int count, double... pattern) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add("{\"date\":\"" + from.plusMonths(i) + "\",\"value\":" + pattern[i % pattern.length] + "}");
        }
        return "{\"points\":[" + String.join(",", points) + "]}";
    }

    /** A benefit derived from {@code measure} at £120 a referral over 2019-20, with {@code extra} fields. */
    static String derived(String project, String measure, String extra) {
        return """
                {"projectId":"%s","category":"FINANCIAL","description":"Outpatient referrals avoided by advice and guidance",
                 "periodStart":"2019-04-01","periodEnd":"2020-03-31","cashable":false,"evidenceLevel":"AUDITED",
                 "derivedFromMeasureId":"%s","unitValue":120,
                 "unitValueSource":"NHS reference costs 2018-19: £120 per outpatient referral avoided"%s}""".formatted(project, measure, extra);
    }

    /** The {@code n}th (from 1) event of {@code type} about {@code key}, waiting for it. */
    static JsonNode nth(int n, String type, String key) {
        List<TopicReader.Message> seen = events.await(m -> m.key().equals(key)
                && m.value().path("type").asText().equals("org.leadershipimpact.projects." + type + ".v1"), n, Duration.ofSeconds(30));
        return seen.get(n - 1).value().path("data");
    }

    /** The measure, re-based on 1 April 2019, with its twelve months before: 100, 104, 100, 104... */
    static String referralsBeforeTheNewPathway(String system, String project) {
        String measure = measure(system, project, "DECREASE", ",\"rebaseDates\":[\"" + APRIL_2019 + "\"]");
        as("project-lead", system).body(points(APRIL_2018, 12, 100, 104)).post("/api/v1/measures/" + measure + "/data-points")
                .then().statusCode(200);
        return measure;
    }

    @Test
    void aDerivedBenefitFollowsItsMeasuresChartThroughCorrectionsTheMeasuresReBaseAndWithdrawal() {
        String system = newSystem();
        String project = newProject(system, announce(system));
        String measure = referralsBeforeTheNewPathway(system, project);
        as("project-lead", system).body(points(APRIL_2019, 12, 90, 88)).post("/api/v1/measures/" + measure + "/data-points")
                .then().statusCode(200);

        String benefit = as("project-lead", system).body(derived(project, measure, """
                ,"attribution":{"share":60,"method":"TREND_LINE_ANALYSIS","estimatedBy":"Elective care analytics team",
                 "estimatedOn":"2020-05-15"}"""))
                .post("/api/v1/benefits").then().statusCode(201)
                .body("unit", equalTo("GBP"))
                .body("value", equalTo(18720.00f))
                .body("derivation.status", equalTo("DERIVED"))
                .body("derivation.beforeMean", equalTo(102.0f))
                .body("derivation.afterMean", equalTo(89.0f))
                .body("derivation.change", equalTo(13.0f))
                .body("derivation.months", equalTo(12.0f))
                .body("derivation.rebaseDate", equalTo("2019-04-01"))
                .body("attribution.confidence", equalTo(100))
                .extract().path("id");
        JsonNode recorded = nth(1, "BenefitRecorded", benefit);
        assertEquals(18720.0, recorded.path("value").asDouble());
        assertEquals("DERIVED", recorded.path("derivation").path("status").asText());
        assertEquals(measure, recorded.path("derivation").path("measureId").asText());
        assertEquals("ONCE", recorded.path("recurrence").asText());
        assertEquals("TREND_LINE_ANALYSIS", recorded.path("attribution").path("method").asText());

        // the after points corrected to 101, 103...: inside the before limits, common cause only
        as("project-lead", system).body(points(APRIL_2019, 12, 101, 103)).post("/api/v1/measures/" + measure + "/data-points")
                .then().statusCode(200);
        as("analyst", system).get("/api/v1/benefits/" + benefit).then().statusCode(200)
                .body("value", equalTo(0.0f)).body("derivation.status", equalTo("NO_IMPROVEMENT"))
                .body("derivation.afterMean", equalTo(102.0f)).body("derivation.change", equalTo(0.0f));
        JsonNode vanished = nth(1, "BenefitCorrected", benefit);
        assertEquals(0.0, vanished.path("value").asDouble());
        assertEquals("NO_IMPROVEMENT", vanished.path("derivation").path("status").asText());

        as("project-lead", system).body(points(APRIL_2019, 12, 90, 88)).post("/api/v1/measures/" + measure + "/data-points")
                .then().statusCode(200);
        as("analyst", system).get("/api/v1/benefits/" + benefit).then().body("value", equalTo(18720.00f))
                .body("derivation.status", equalTo("DERIVED"));
        JsonNode back = nth(2, "BenefitCorrected", benefit);
        assertEquals(18720.0, back.path("value").asDouble());
        assertEquals("DERIVED", back.path("derivation").path("status").asText());

        // the re-base taken off, a baseline value of 102 given: all 24 points are "after" (mean (12 × 102 + 12 × 89) / 24 = 95.5),
        // read against 102 ± 2.66 × 3 (their moving ranges, the jump of 14 screened out): the 88s and 90s are below 94.02.
        // 6.5 a month × £120 × 12 = £9,360
        String etag = as("analyst", system).get("/api/v1/measures/" + measure).then().extract().header("ETag");
        as("project-lead", system).header("If-Match", etag).body("""
                {"projectId":"%s","name":"Readmissions within 30 days","kind":"OUTCOME","unit":"patients","direction":"DECREASE",
                 "baseline":102}""".formatted(project)).put("/api/v1/measures/" + measure).then().statusCode(200);
        JsonNode rebasedOff = nth(3, "BenefitCorrected", benefit);
        assertEquals(9360.0, rebasedOff.path("value").asDouble());
        assertEquals(95.5, rebasedOff.path("derivation").path("afterMean").asDouble());
        assertTrue(rebasedOff.path("derivation").path("rebaseDate").isNull());

        etag = as("analyst", system).get("/api/v1/measures/" + measure).then().extract().header("ETag");
        as("project-lead", system).header("If-Match", etag).body("{\"reason\":\"Counted referrals of another pathway\"}")
                .post("/api/v1/measures/" + measure + "/withdrawal").then().statusCode(200);
        as("analyst", system).get("/api/v1/benefits/" + benefit).then().body("value", equalTo(0.0f))
                .body("derivation.status", equalTo("MEASURE_WITHDRAWN"));
        JsonNode withdrawn = nth(4, "BenefitCorrected", benefit);
        assertEquals(0.0, withdrawn.path("value").asDouble());
        assertEquals("MEASURE_WITHDRAWN", withdrawn.path("derivation").path("status").asText());
        assertTrue(withdrawn.path("derivation").path("beforeMean").isNull());
    }

    @Test
    void aClaimedBenefitCorrectedToDerivedIsWorkedOutAndCorrectedBackKeepsNoWorking() {
        String system = newSystem();
        String project = newProject(system, announce(system));
        String measure = referralsBeforeTheNewPathway(system, project);
        as("project-lead", system).body(points(APRIL_2019, 12, 90, 88)).post("/api/v1/measures/" + measure + "/data-points")
                .then().statusCode(200);
        String claimed = """
                {"projectId":"%s","category":"FINANCIAL","description":"Outpatient referrals avoided by advice and guidance",
                 "periodStart":"2019-04-01","periodEnd":"2020-03-31","cashable":false,"evidenceLevel":"AUDITED",
                 "value":5000,"unit":"GBP"}""".formatted(project);
        var created = as("project-lead", system).body(claimed).post("/api/v1/benefits").then().statusCode(201)
                .body("derivation", nullValue()).extract();
        String benefit = created.path("id");
        String etag = as("project-lead", system).header("If-Match", created.header("ETag")).body(derived(project, measure, ""))
                .put("/api/v1/benefits/" + benefit).then().statusCode(200)
                .body("value", equalTo(18720.00f)).body("derivation.status", equalTo("DERIVED")).extract().header("ETag");
        assertEquals("DERIVED", nth(1, "BenefitCorrected", benefit).path("derivation").path("status").asText());
        as("project-lead", system).header("If-Match", etag).body(claimed).put("/api/v1/benefits/" + benefit).then().statusCode(200)
                .body("value", equalTo(5000)).body("derivation", nullValue()).body("unitValue", nullValue());
        assertTrue(nth(2, "BenefitCorrected", benefit).path("derivation").isNull());
    }

    @Test
    void aChartUnchangedForItsBenefitsAnnouncesNoCorrection() {
        String system = newSystem();
        String project = newProject(system, announce(system));
        String measure = referralsBeforeTheNewPathway(system, project);
        String benefit = as("project-lead", system).body(derived(project, measure, ""))
                .post("/api/v1/benefits").then().statusCode(201)
                .body("value", equalTo(0.0f)).body("derivation.status", equalTo("TOO_FEW_POINTS")).extract().path("id");
        // one after point: still too few, nothing to announce; a second: derived
        as("project-lead", system).body(points(APRIL_2019, 1, 90)).post("/api/v1/measures/" + measure + "/data-points")
                .then().statusCode(200);
        as("project-lead", system).body(points(APRIL_2019.plusMonths(1), 1, 88)).post("/api/v1/measures/" + measure + "/data-points")
                .then().statusCode(200);
        JsonNode corrected = nth(1, "BenefitCorrected", benefit);
        assertEquals("DERIVED", corrected.path("derivation").path("status").asText());
        assertEquals(0, events.readFor(m -> m.key().equals(benefit)
                && m.value().path("type").asText().endsWith("BenefitCorrected.v1"), Duration.ofSeconds(2)).size() - 1,
                "only the change to DERIVED is announced");
    }

    @Test
    void eachRuleOfAttributionRecurrenceAndUnitValueIsRefusedNamingItsField() {
        String system = newSystem();
        var announced = announce(system);
        String project = newProject(system, announced);
        String other = newProject(system, announced);
        String measure = measure(system, project, "DECREASE", "");
        String elsewhere = measure(system, other, "DECREASE", "");
        String claimed = """
                {"projectId":"%s","category":"FINANCIAL","description":"Freed up by the over-65s team","value":4000000,"unit":"GBP",
                 "periodStart":"2018-04-01","periodEnd":"2019-03-31","cashable":false,"evidenceLevel":"SELF_REPORTED"%%s}"""
                .formatted(project);
        String surrey = ",\"attribution\":{\"share\":25,\"method\":\"MANAGERS_ESTIMATE\",\"confidence\":80,"
                + "\"estimatedBy\":\"Over-65s team service managers\",\"estimatedOn\":\"2019-06-30\"}";

        as("project-lead", system).body(claimed.formatted(surrey)).post("/api/v1/benefits").then().statusCode(201)
                .body("attribution.share", equalTo(25)).body("attribution.method", equalTo("MANAGERS_ESTIMATE"))
                .body("attribution.confidence", equalTo(80)).body("attribution.estimatedBy", equalTo("Over-65s team service managers"))
                .body("recurrence", equalTo("ONCE")).body("derivation", nullValue());
        refused(system, claimed.formatted(surrey.replace("\"confidence\":80,", "")), 400, "attribution.confidence");
        refused(system, claimed.formatted(surrey.replace("2019-06-30", LocalDate.now().plusDays(2).toString())), 400,
                "attribution.estimatedOn");
        refused(system, claimed.formatted(surrey.replace("25", "100.5")), 400, "attribution.share");
        refused(system, claimed.formatted(surrey.replace("\"estimatedBy\":\"Over-65s team service managers\",", "")), 400,
                "attribution.estimatedBy");
        refused(system, claimed.formatted(",\"annualDropOff\":20"), 400, "annualDropOff");
        refused(system, claimed.formatted("").replace(",\"periodEnd\":\"2019-03-31\"", ""), 400, "periodEnd");
        as("project-lead", system).body(claimed.formatted(",\"recurrence\":\"ANNUAL\",\"annualDropOff\":20")
                        .replace(",\"periodEnd\":\"2019-03-31\"", "")).post("/api/v1/benefits").then().statusCode(201)
                .body("periodEnd", nullValue()).body("recurrence", equalTo("ANNUAL")).body("annualDropOff", equalTo(20));
        refused(system, claimed.formatted(",\"unitValue\":120,\"unitValueSource\":\"Reference costs\""), 400, "unitValue");
        refused(system, claimed.formatted("").replace("4000000", "3600").replace("GBP", "bed nights")
                .replace("}", ",\"unitValue\":350}"), 400, "unitValueSource");
        refused(system, claimed.formatted("").replace("4000000", "3600").replace("GBP", "bed nights")
                .replace("}", ",\"unitValue\":0,\"unitValueSource\":\"Reference costs\"}"), 400, "unitValue");
        as("project-lead", system).body(claimed.formatted("").replace("4000000", "3600").replace("GBP", "bed nights")
                        .replace("}", ",\"unitValue\":350,\"unitValueSource\":\"NHS reference costs: excess bed day\"}"))
                .post("/api/v1/benefits").then().statusCode(201).body("unitValue", equalTo(350));

        refused(system, derived(project, measure, ",\"value\":5"), 400, "value");
        refused(system, derived(project, measure, ",\"unit\":\"bed nights\""), 400, "unit");
        refused(system, derived(project, measure, "").replace("\"unitValue\":120,", "")
                .replace(",\n \"unitValueSource\":\"NHS reference costs 2018-19: £120 per outpatient referral avoided\"", ""), 400, "unitValue");
        refused(system, claimed.formatted(",\"unitValueSource\":\"Reference costs\""), 400, "unitValueSource");
        refused(system, derived(project, elsewhere, ""), 422, "derivedFromMeasureId");
        String withdrawn = measure(system, project, "DECREASE", "");
        as("project-lead", system).body("{\"reason\":\"Defined twice\"}").post("/api/v1/measures/" + withdrawn + "/withdrawal")
                .then().statusCode(200);
        refused(system, derived(project, withdrawn, ""), 422, "derivedFromMeasureId");
        refused(system, claimed.formatted(",\"derivedFromMeasureId\":\"" + measure + "\"").replace(",\"value\":4000000", "")
                .replace("}", ",\"unitValue\":120,\"unitValueSource\":\"x\"}"), 201, null);
    }

    private static void refused(String system, String body, int status, String field) {
        var response = as("project-lead", system).body(body).post("/api/v1/benefits").then().statusCode(status);
        if (field != null) {
            response.contentType(PROBLEM).body("violations.field", contains(field));
        }
    }
}
