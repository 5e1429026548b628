package org.leadershipimpact.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.evaluation.report.Wording;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicWriter;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 end to end: benefits published as projects-service publishes them (docs/events/asyncapi.yaml)
 * are valued in the report as docs/design/credible-value.md says. The figures are worked by hand.
 *
 * <p>The {@link Story}'s programme costs £150,000 (15,000,000p) and starts on 1 January 2026. Its £4m
 * (AUDITED, 2026) comes from an event of before issue 16, with no attribution: not isolated. Beside it:
 * £100,000 a year from 2026 with a 20 % annual drop-off, 60 % of it the programme's by participants'
 * estimate at 70 % confidence; £8,640 derived from the COPD chart, isolated by its trend line; and 240
 * referrals avoided at £120 each, half the programme's by experts' estimate at 50 % confidence.
 */
@QuarkusTest
class ValueReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TopicWriter kafka;

    @BeforeAll
    static void connect() {
        kafka = new TopicWriter();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    private record Told(Story story, UUID isolated, UUID derived, UUID referrals) {
    }

    private static Told told() {
        Story story = Fixtures.told(kafka);
        story.messages.clear();
        Told told = new Told(story, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        benefit(story, "BenefitRecorded", told.isolated(), "100000", "GBP", "2026-01-01", null, "ANNUAL", 20,
                attribution(60, "PARTICIPANTS_ESTIMATE", 70), null, null);
        benefit(story, "BenefitRecorded", told.derived(), "8640", "GBP", "2026-01-01", "2026-12-31", "ONCE", null,
                attribution(100, "TREND_LINE_ANALYSIS", 100), derivation(story, "DERIVED"), null);
        benefit(story, "BenefitRecorded", told.referrals(), "240", "referrals", "2026-01-01", "2026-12-31", "ONCE", null,
                attribution(50, "EXPERTS_ESTIMATE", 50), null, 120);
        Fixtures.send(kafka, story.messages);
        Fixtures.awaitApplied();
        return told;
    }

    private static void benefit(Story story, String type, UUID id, String value, String unit, String start, String end, String recurrence,
            Integer dropOff, ObjectNode attribution, ObjectNode derivation, Integer unitValue) {
        story.projects("benefit", id, type, "benefitId", id, "projectId", story.project, "programmeId", story.programme,
                "category", "FINANCIAL", "value", new java.math.BigDecimal(value), "unit", unit, "periodStart", start, "periodEnd", end,
                "cashable", true, "evidenceLevel", "AUDITED", "attribution", attribution, "recurrence", recurrence,
                "annualDropOff", dropOff, "unitValue", unitValue, "unitValueSource", unitValue == null ? null : "NHS reference costs 2018-19",
                "derivation", derivation);
    }

    private static ObjectNode attribution(int share, String method, int confidence) {
        ObjectNode node = JSON.createObjectNode().put("share", share).put("method", method).put("confidence", confidence)
                .put("estimatedBy", "Project team").put("estimatedOn", "2026-06-30");
        return node;
    }

    private static ObjectNode derivation(Story story, String status) {
        ObjectNode node = JSON.createObjectNode().put("measureId", story.measure.toString()).put("status", status);
        boolean derived = "DERIVED".equals(status);
        return node.put("beforeMean", 31.0).put("afterMean", 24.5).put("change", derived ? 6.5 : null).put("months", 12)
                .put("rebaseDate", "2026-02-01");
    }

    private static RequestSpecification analyst(Story story) {
        return given().header("Authorization", TestTokens.bearer("analyst", story.system));
    }

    private static JsonPath report(Story story, Object... query) {
        RequestSpecification request = analyst(story);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get("/api/v1/evaluation/programmes/" + story.programme + "/report").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> benefit(JsonPath report, UUID id) {
        return report.getMap("roi.benefits.find { it.benefitId == '" + id + "' }");
    }

    @Test
    void eachBenefitCountsForTheShareTheProgrammeCausedAndNothingUnisolated() {
        Told told = told();
        JsonPath report = report(told.story());

        // the £4m: present value 400,000,000p, nobody isolated it, so £0
        Map<String, Object> legacy = benefit(report, told.story().money);
        assertEquals("NOT_ISOLATED", legacy.get("status"));
        assertEquals(400_000_000, legacy.get("claimedPresentValuePence"));
        assertEquals(0, legacy.get("countedPence"));
        assertEquals("ONCE", legacy.get("recurrence"));
        assertNull(legacy.get("attribution"));
        // £100,000 in the first year, × 60 % × 70 % = 42 %: 4,200,000p
        Map<String, Object> isolated = benefit(report, told.isolated());
        assertEquals("COUNTED", isolated.get("status"));
        assertEquals(10_000_000, isolated.get("claimedPresentValuePence"));
        assertEquals(42.0f, isolated.get("countedSharePercent"));
        assertEquals(4_200_000, isolated.get("countedPence"));
        assertEquals("PARTICIPANTS_ESTIMATE", report.getString("roi.benefits.find { it.benefitId == '" + told.isolated() + "' }.attribution.method"));
        assertNull(isolated.get("periodEnd"));
        // derived from the chart, isolated by its trend line (projects-service records 100 % for it): 864,000p
        Map<String, Object> derived = benefit(report, told.derived());
        assertEquals("COUNTED", derived.get("status"));
        assertEquals(864_000, derived.get("countedPence"));
        assertEquals(told.story().measure.toString(),
                report.getString("roi.benefits.find { it.benefitId == '" + told.derived() + "' }.derivation.measureId"));
        // referrals are not money and not monetised unless asked
        assertEquals("INTANGIBLE", benefit(report, told.referrals()).get("status"));
        assertEquals(List.of(Map.of("unit", "bed nights", "benefits", 1, "value", 3600.0f),
                        Map.of("unit", "referrals", "benefits", 1, "value", 240.0f)),
                report.getList("roi.intangibles"));

        // counted 4,200,000 + 864,000 = 5,064,000 of 410,864,000 claimed, against 15,000,000:
        // ROI (5,064,000 − 15,000,000) / 15,000,000 = −66.24 %, BCR 0.34; break-even 15,000,000 / 410,864,000 = 3.65 % → 3.7 %
        assertEquals(5_064_000L, report.getLong("roi.benefitsCountedPence"));
        assertEquals(410_864_000L, report.getLong("roi.benefitsClaimedPence"));
        assertEquals(15_000_000L, report.getLong("roi.costPence"));
        assertEquals(-66.2f, report.getFloat("roi.roiPercent"));
        assertEquals(0.34f, report.getFloat("roi.benefitCostRatio"));
        assertEquals(3.7f, report.getFloat("roi.sensitivity.breakEvenAttributionPercent"));
        assertEquals(9, report.getList("roi.sensitivity.rows").size());
        assertTrue(report.getString("roi.statement").startsWith("ROI -66.2 % and benefit–cost ratio 0.34 : 1"), report.getString("roi.statement"));
        assertEquals(Map.of("evidenceLevel", "AUDITED", "benefitsFrom", "2026-01-01", "benefitsUntil", "2027-01-01", "benefitMonths", 12,
                "discountRate", 3.5f, "attribution", "ADJUSTED", "monetiseUnitValues", false, "costOptimismBias", 0, "benefitOptimismBias", 0),
                report.getMap("parameters"));
    }

    @Test
    void asClaimedEverythingInMoneyCounts() {
        Told told = told();
        JsonPath report = report(told.story(), "attribution", "CLAIMED");
        // 410,864,000 against 15,000,000: ROI 2639.09 %, BCR 27.39
        assertEquals(410_864_000L, report.getLong("roi.benefitsCountedPence"));
        assertEquals(2639.1f, report.getFloat("roi.roiPercent"));
        assertEquals(27.39f, report.getFloat("roi.benefitCostRatio"));
        assertEquals("COUNTED", benefit(report, told.story().money).get("status"));
        assertEquals("CLAIMED", report.getString("parameters.attribution"));
        // the sensitivity table's audited first-year row shows both, whatever was chosen
        Map<String, Object> row = report.getMap("roi.sensitivity.rows.find { it.evidenceLevel == 'AUDITED' && it.benefitMonths == 12 }");
        assertEquals(5_064_000, row.get("adjustedBenefitsPence"));
        assertEquals(-66.2f, row.get("adjustedRoiPercent"));
        assertEquals(410_864_000, row.get("claimedBenefitsPence"));
        assertEquals(2639.1f, row.get("claimedRoiPercent"));
    }

    @Test
    void laterYearsAreDiscountedAtTheChosenRate() {
        Told told = told();
        // over 3 years at 3.5 %: £100,000 + £80,000 / 1.035 + £64,000 / 1.035² = 23,703,937p, × 42 % = 9,955,653p; + 864,000p
        // = 10,819,653p; ROI (10,819,653 − 15,000,000) / 15,000,000 = −27.87 %
        JsonPath discounted = report(told.story(), "benefitMonths", 36);
        assertEquals(23_703_937, benefit(discounted, told.isolated()).get("claimedPresentValuePence"));
        assertEquals(10_819_653L, discounted.getLong("roi.benefitsCountedPence"));
        assertEquals(-27.9f, discounted.getFloat("roi.roiPercent"));
        // undiscounted: 24,400,000p × 42 % = 10,248,000p, + 864,000p = 11,112,000p; ROI −25.92 %
        JsonPath flat = report(told.story(), "benefitMonths", 36, "discountRate", 0);
        assertEquals(11_112_000L, flat.getLong("roi.benefitsCountedPence"));
        assertEquals(-25.9f, flat.getFloat("roi.roiPercent"));
        assertEquals(0, flat.getInt("parameters.discountRate"));
    }

    @Test
    void unitValuesMonetiseOnlyWhenAsked() {
        Told told = told();
        JsonPath report = report(told.story(), "monetiseUnitValues", true);
        // 240 referrals × £120 = £28,800, × 50 % × 50 % = 720,000p; 5,064,000 + 720,000 = 5,784,000p
        Map<String, Object> referrals = benefit(report, told.referrals());
        assertEquals("COUNTED", referrals.get("status"));
        assertEquals(2_880_000, referrals.get("claimedValuePence"));
        assertEquals(720_000, referrals.get("countedPence"));
        assertEquals("NHS reference costs 2018-19",
                report.getString("roi.benefits.find { it.benefitId == '" + told.referrals() + "' }.monetised.source"));
        assertEquals(5_784_000L, report.getLong("roi.benefitsCountedPence"));
        assertEquals(List.of("bed nights"), report.getList("roi.intangibles.unit"), "bed nights carry no unit value: never pounds");
    }

    @Test
    void aCorrectionWithAnAttributionOrADerivationThatNoLongerHoldsMovesTheReport() {
        Told told = told();
        Story story = told.story();
        story.messages.clear();
        // managers now say 25 % of the £4m was the programme's, at 80 % confidence: + 80,000,000p
        story.projects("benefit", story.money, "BenefitCorrected", "benefitId", story.money, "projectId", story.project,
                "programmeId", story.programme, "category", "FINANCIAL", "value", 4000000, "unit", "GBP", "periodStart", "2026-01-01",
                "periodEnd", "2026-12-31", "cashable", true, "evidenceLevel", "AUDITED", "attribution", attribution(25, "MANAGERS_ESTIMATE", 80),
                "recurrence", "ONCE", "annualDropOff", null, "unitValue", null, "unitValueSource", null, "derivation", null);
        Fixtures.send(kafka, story.messages);
        Fixtures.awaitApplied();
        // 85,064,000 against 15,000,000: ROI 467.09 %, BCR 5.67
        JsonPath isolated = report(story);
        assertEquals("COUNTED", benefit(isolated, story.money).get("status"));
        assertEquals(85_064_000L, isolated.getLong("roi.benefitsCountedPence"));
        assertEquals(467.1f, isolated.getFloat("roi.roiPercent"));
        assertEquals(5.67f, isolated.getFloat("roi.benefitCostRatio"));

        // corrected points show the change was noise: the derived benefit counts £0; 84,200,000: ROI 461.33 %
        story.messages.clear();
        benefit(story, "BenefitCorrected", told.derived(), "0", "GBP", "2026-01-01", "2026-12-31", "ONCE", null,
                attribution(100, "TREND_LINE_ANALYSIS", 100), derivation(story, "NO_IMPROVEMENT"), null);
        Fixtures.send(kafka, story.messages);
        Fixtures.awaitApplied();
        JsonPath noise = report(story);
        assertEquals("NOT_DERIVED", benefit(noise, told.derived()).get("status"));
        assertEquals("NO_IMPROVEMENT", noise.getString("roi.benefits.find { it.benefitId == '" + told.derived() + "' }.derivation.status"));
        assertEquals(84_200_000L, noise.getLong("roi.benefitsCountedPence"));
        assertEquals(461.3f, noise.getFloat("roi.roiPercent"));
    }

    @Test
    void theAnalystsExportCarriesHowEachBenefitWasValued() {
        Told told = told();
        List<String> lines = analyst(told.story()).accept("text/csv").get("/api/v1/evaluation/exports/benefits?system=" + told.story().system)
                .then().statusCode(200).extract().asString().lines().toList();
        assertEquals("benefit_id,project_id,system_code,programme_id,cohort_id,category,value,unit,period_start,period_end,cashable,"
                + "evidence_level,attribution_share,attribution_method,attribution_confidence,attribution_estimated_by,"
                + "attribution_estimated_on,recurrence,annual_drop_off,unit_value,unit_value_source,derived_from_measure_id,"
                + "derivation_status", lines.get(0));
        String isolated = lines.stream().filter(l -> l.startsWith(told.isolated().toString())).findFirst().orElseThrow();
        assertTrue(isolated.endsWith(",60,PARTICIPANTS_ESTIMATE,70,Project team,2026-06-30,ANNUAL,20,,,,"), isolated);
        String derived = lines.stream().filter(l -> l.startsWith(told.derived().toString())).findFirst().orElseThrow();
        assertTrue(derived.endsWith(",ONCE,,,," + told.story().measure + ",DERIVED"), derived);
        String legacy = lines.stream().filter(l -> l.startsWith(told.story().money.toString())).findFirst().orElseThrow();
        assertTrue(legacy.endsWith(",,,,,,ONCE,,,,,"), legacy);
    }

    @Test
    void thePrintablePageShowsTheValueOfEachBenefitAndTheSensitivityInWords() {
        Told told = told();
        JsonPath report = analyst(told.story()).get("/api/v1/evaluation/programmes/" + told.story().programme + "/report")
                .then().statusCode(200).extract().jsonPath();
        String page = PageText.of(analyst(told.story()).accept("text/html")
                .get("/api/v1/evaluation/programmes/" + told.story().programme + "/report")
                .then().statusCode(200).extract().asString());
        for (String words : List.of("Value of each benefit", "Participants' estimate by Project team, 30 June 2026", "Not isolated",
                "Not isolated: counts £0", "Sensitivity", "Break-even attribution: 3.7 % of the benefits claimed",
                "Discount rate 3.5 % a year", "Benefits counted adjusted for the programme's share and the confidence in it",
                "Data as of", "Generated at", "Platform version",
                "Return on investment " + Wording.percent(report.getDouble("roi.roiPercent")),
                "Net benefit " + Wording.pounds(report.getLong("roi.netBenefitPence")))) {
            assertTrue(page.contains(words), "the page says \"" + words + "\"");
        }
        assertFalse(page.contains("PARTICIPANTS_ESTIMATE"), "codes are shown in words");
    }

    @Test
    void choicesOutOfRangeAreProblemsNamingTheParameter() {
        Story story = told().story();
        Object[][] wrong = {{"discountRate", 10.5}, {"discountRate", -1}, {"discountRate", "cheap"}, {"attribution", "HOPEFUL"},
                {"costOptimismBias", 201}, {"benefitOptimismBias", 101}, {"benefitOptimismBias", -5}, {"benefitMonths", 121}, {"monetiseUnitValues", "perhaps"}};
        for (Object[] choice : wrong) {
            for (String path : List.of("/api/v1/evaluation/programmes/" + story.programme + "/report",
                    "/api/v1/evaluation/cohorts/" + story.cohort1 + "/report")) {
                analyst(story).queryParam((String) choice[0], choice[1]).get(path)
                        .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(choice[0]));
            }
        }
        analyst(story).queryParam("discountRate", 10).queryParam("costOptimismBias", 200).queryParam("benefitOptimismBias", 100)
                .get("/api/v1/evaluation/programmes/" + story.programme + "/report").then().statusCode(200);
    }

    @Test
    void aChoiceGivenTwiceIsAProblemNamingIt() {
        Story story = told().story();
        // which rate would count? JAX-RS would take the first and drop the other without a word
        analyst(story).queryParam("discountRate", "3.5", "4").get("/api/v1/evaluation/programmes/" + story.programme + "/report")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("discountRate")).body("violations[0].message", containsString("2 times"));
    }
}
