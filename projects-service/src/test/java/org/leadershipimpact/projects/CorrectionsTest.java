package org.leadershipimpact.projects;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.projects.service.MeasureService;
import org.leadershipimpact.testsupport.HeldRows;
import org.leadershipimpact.testsupport.TopicReader;

import java.time.Duration;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadershipimpact.projects.BenefitTest.benefit;
import static org.leadershipimpact.projects.MeasureAndSpcTest.JANUARY;
import static org.leadershipimpact.projects.MeasureAndSpcTest.json;
import static org.leadershipimpact.projects.ProjectFixtures.PROBLEM;
import static org.leadershipimpact.projects.ProjectFixtures.announce;
import static org.leadershipimpact.projects.ProjectFixtures.as;
import static org.leadershipimpact.projects.ProjectFixtures.measure;
import static org.leadershipimpact.projects.ProjectFixtures.newProject;
import static org.leadershipimpact.projects.ProjectFixtures.newSystem;
import static org.leadershipimpact.projects.ProjectFixtures.project;

/** Every record a user makes can be corrected or withdrawn, and every such change is announced for the figures to follow. */
@QuarkusTest
class CorrectionsTest {

    /** Monthly points of an INCREASE measure whose last point is far above the upper limit (issue 14's example). */
    static final double[] LAST_POINT_HIGH = {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 30};

    private static TopicReader events;

    @BeforeAll
    static void readEvents() {
        events = new TopicReader("projects.events");
    }

    @AfterAll
    static void stopReading() {
        events.close();
    }

    /** The {@code n}th (from 1) event of {@code type} about {@code key}, waiting for it. */
    static JsonNode nth(int n, String type, String key) {
        List<TopicReader.Message> seen = events.await(m -> m.key().equals(key)
                && m.value().path("type").asText().equals("org.leadershipimpact.projects." + type + ".v1"), n, Duration.ofSeconds(30));
        return seen.get(n - 1).value().path("data");
    }

    private static String withdrawal(String reason) {
        return "{\"reason\":\"" + reason + "\"}";
    }

    @Test
    void correctingThePointThatMadeASignalAnnouncesAChartWithoutIt() {
        String system = newSystem();
        String measure = measure(system, newProject(system, announce(system)), "INCREASE", "");
        as("project-lead", system).body(json(LAST_POINT_HIGH)).post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        JsonNode before = nth(1, "MeasureChartChanged", measure);
        assertEquals("SPECIAL_CAUSE_IMPROVEMENT", before.path("variation").asText());
        assertEquals("ABOVE_UPPER_LIMIT", before.path("signals").get(before.path("signals").size() - 1).path("signal").asText());

        String last = JANUARY.plusMonths(LAST_POINT_HIGH.length - 1).toString();
        as("project-lead", system).body("{\"points\":[{\"date\":\"" + last + "\",\"value\":10.5}]}")
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        as("analyst", system).get("/api/v1/measures/" + measure + "/spc").then().statusCode(200)
                .body("variation", equalTo("COMMON_CAUSE")).body("signals", hasSize(0));
        JsonNode after = nth(2, "MeasureChartChanged", measure);
        assertEquals("COMMON_CAUSE", after.path("variation").asText());
        assertEquals(0, after.path("signals").size(), "the corrected chart shows no signal, and says so");
    }

    @Inject
    MeasureService measures;

    @Inject
    EntityManager entityManager;

    @Test
    void aChartNeverAnnouncedWholeIsAnnouncedAtStart() {
        String system = newSystem();
        String measure = measure(system, newProject(system, announce(system)), "INCREASE", "");
        as("project-lead", system).body(json(LAST_POINT_HIGH)).post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        JsonNode first = nth(1, "MeasureChartChanged", measure);
        // as a measure from before charts were announced whole would be
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("DELETE FROM announced_chart WHERE measure_id = :m")
                .setParameter("m", java.util.UUID.fromString(measure)).executeUpdate());
        measures.announceUnannouncedCharts();
        assertEquals(first, nth(2, "MeasureChartChanged", measure));
    }

    @Test
    void changingAMeasuresDirectionAnnouncesTheMeasureAndItsChartReadTheOtherWay() {
        String system = newSystem();
        String project = newProject(system, announce(system));
        String measure = measure(system, project, "INCREASE", "");
        as("project-lead", system).body(json(LAST_POINT_HIGH)).post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        nth(1, "MeasureChartChanged", measure);
        String etag = as("analyst", system).get("/api/v1/measures/" + measure).then().extract().header("ETag");
        as("project-lead", system).header("If-Match", etag).body("""
                {"projectId":"%s","name":"Readmissions within 30 days (all causes)","kind":"OUTCOME","unit":"patients","direction":"DECREASE"}"""
                .formatted(project)).put("/api/v1/measures/" + measure).then().statusCode(200);
        JsonNode updated = nth(1, "MeasureUpdated", measure);
        assertEquals("DECREASE", updated.path("direction").asText());
        assertEquals("Readmissions within 30 days (all causes)", updated.path("name").asText());
        JsonNode chart = nth(2, "MeasureChartChanged", measure);
        assertEquals("SPECIAL_CAUSE_CONCERN", chart.path("variation").asText());
        assertEquals("SPECIAL_CAUSE_CONCERN", chart.path("signals").get(chart.path("signals").size() - 1).path("pointType").asText());
    }

    @Test
    void withdrawnPointsLeaveTheChartAllTogetherOrNoneAndComeBackWhenRecordedAgain() {
        String system = newSystem();
        String measure = measure(system, newProject(system, announce(system)), "INCREASE", "");
        as("project-lead", system).body(json(LAST_POINT_HIGH)).post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        String last = JANUARY.plusMonths(LAST_POINT_HIGH.length - 1).toString();
        as("project-lead", system).body("{\"periods\":[\"" + last + "\",\"2031-01-01\"],\"reason\":\"Entered against the wrong measure\"}")
                .post("/api/v1/measures/" + measure + "/data-points/withdrawal").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("periods[1]"));
        as("analyst", system).get("/api/v1/measures/" + measure + "/data-points").then().body("points", hasSize(LAST_POINT_HIGH.length));

        as("project-lead", system).body("{\"periods\":[\"" + last + "\"],\"reason\":\"Entered against the wrong measure\"}")
                .post("/api/v1/measures/" + measure + "/data-points/withdrawal").then().statusCode(200)
                .body("[0].part", equalTo(last)).body("[0].reason", equalTo("Entered against the wrong measure"));
        as("analyst", system).get("/api/v1/measures/" + measure + "/data-points").then().body("points", hasSize(LAST_POINT_HIGH.length - 1));
        JsonNode withdrawn = nth(1, "DataPointsWithdrawn", measure);
        assertEquals(last, withdrawn.path("periods").get(0).asText());
        assertEquals(0, nth(2, "MeasureChartChanged", measure).path("signals").size());
        as("admin").get("/api/v1/measures/" + measure + "/data-points/withdrawals").then().statusCode(200)
                .body("", hasSize(1)).body("[0].withdrawnBy", notNullValue());
        as("project-lead", system).get("/api/v1/measures/" + measure + "/data-points/withdrawals").then().statusCode(403);

        as("project-lead", system).body("{\"points\":[{\"date\":\"" + last + "\",\"value\":30}]}")
                .post("/api/v1/measures/" + measure + "/data-points").then().statusCode(200);
        as("analyst", system).get("/api/v1/measures/" + measure + "/data-points").then().body("points", hasSize(LAST_POINT_HIGH.length));
        JsonNode again = nth(3, "MeasureChartChanged", measure).path("signals");
        assertEquals("ABOVE_UPPER_LIMIT", again.get(again.size() - 1).path("signal").asText());
    }

    @Test
    void aBenefitIsCorrectedWithItsETagAndWithdrawnWithAReasonThatIsAudited() {
        String system = newSystem();
        var announced = announce(system);
        String project = newProject(system, announced);
        String benefit = as("project-lead", system).body(benefit(project, "FINANCIAL", "40000000", "GBP", true, "AUDITED"))
                .post("/api/v1/benefits").then().statusCode(201).extract().path("id");
        String etag = as("analyst", system).get("/api/v1/benefits/" + benefit).then().extract().header("ETag");

        as("project-lead", system).header("If-Match", "\"99\"").body(benefit(project, "FINANCIAL", "4000000", "GBP", true, "AUDITED"))
                .put("/api/v1/benefits/" + benefit).then().statusCode(412).contentType(PROBLEM);
        as("project-lead", system).header("If-Match", etag).body(benefit(newProject(system, announced), "FINANCIAL", "4000000", "GBP", true, "AUDITED"))
                .put("/api/v1/benefits/" + benefit).then().statusCode(400).body("violations.field", contains("projectId"));
        as("project-lead", system).header("If-Match", etag).body(benefit(project, "FINANCIAL", "4000000", "GBP", true, "AUDITED"))
                .put("/api/v1/benefits/" + benefit).then().statusCode(200).body("value", equalTo(4000000)).header("ETag", not(etag));
        assertEquals(4000000, nth(1, "BenefitCorrected", benefit).path("value").asInt());
        as("analyst", system).get("/api/v1/benefits/totals?programme=" + announced.programmeId()).then()
                .body("totals[0].value", equalTo(4000000.0f));

        String when = as("project-lead", system).body(withdrawal("Counted twice: the same money is in the system's return"))
                .post("/api/v1/benefits/" + benefit + "/withdrawal").then().statusCode(200)
                .body("recordType", equalTo("Benefit")).body("reason", containsString("Counted twice"))
                .extract().path("withdrawnAt");
        as("project-lead", system).body(withdrawal("again"))
                .post("/api/v1/benefits/" + benefit + "/withdrawal").then().statusCode(200)
                .body("withdrawnAt", equalTo(when)).body("reason", containsString("Counted twice"));
        nth(1, "BenefitWithdrawn", benefit);
        as("analyst", system).get("/api/v1/benefits/" + benefit).then().statusCode(410).contentType(PROBLEM)
                .body("reason", containsString("Counted twice")).body("withdrawnAt", equalTo(when));
        as("analyst", system).get("/api/v1/benefits?project=" + project).then().body("items", hasSize(0));
        as("analyst", system).get("/api/v1/benefits/totals?programme=" + announced.programmeId()).then().body("totals", hasSize(0));
        as("admin").get("/api/v1/benefits/" + benefit + "/withdrawal").then().statusCode(200)
                .body("withdrawnBy", notNullValue()).body("withdrawnAt", equalTo(when));
        as("programme-manager", system).get("/api/v1/benefits/" + benefit + "/withdrawal").then().statusCode(403);
        as("project-lead", system).header("If-Match", "*").body(benefit(project, "FINANCIAL", "1", "GBP", true, "AUDITED"))
                .put("/api/v1/benefits/" + benefit).then().statusCode(410);
    }

    @Inject
    AgroalDataSource database;

    @Test
    void aBenefitRecordedWhileItsProjectIsBeingWithdrawnIsRefusedOnceItIs() throws Exception {
        String system = newSystem();
        String project = newProject(system, announce(system));
        int status = HeldRows.whileHeld(database, "SELECT id FROM improvement_project WHERE id = '" + project + "' FOR UPDATE",
                "UPDATE improvement_project SET withdrawn_at = now() WHERE id = '" + project + "'",
                () -> as("project-lead", system).body(benefit(project, "CAPACITY", "10", "bed nights", false, "AUDITED"))
                        .post("/api/v1/benefits").statusCode());
        assertEquals(410, status, "a benefit recorded for a project withdrawn meanwhile");
    }

    @Test
    void aProjectBeingAddedToIsNotWithdrawnUnderIt() throws Exception {
        String system = newSystem();
        String project = newProject(system, announce(system));
        int status = HeldRows.whileHeld(database, "SELECT id FROM improvement_project WHERE id = '" + project + "' FOR SHARE",
                """
                INSERT INTO benefit (id, system_code, project_id, category, description, value, unit, period_start, period_end,
                                     cashable, evidence_level, created_at)
                VALUES ('%s', '%s', '%s', 'CAPACITY', 'Nights', 10, 'bed nights', '2025-01-01', '2025-12-31', false, 'AUDITED', now())"""
                        .formatted(java.util.UUID.randomUUID(), system, project),
                () -> as("project-lead", system).body(withdrawal("Abandoned")).post("/api/v1/projects/" + project + "/withdrawal")
                        .statusCode());
        assertEquals(409, status, "withdrawn while a benefit was being recorded for it");
    }

    @Test
    void aWithdrawalRetriedWithItsIdempotencyKeyIsAnsweredAsTheFirstTime() {
        String system = newSystem();
        String project = newProject(system, announce(system));
        String benefit = as("project-lead", system).body(benefit(project, "CAPACITY", "10", "bed nights", false, "AUDITED"))
                .post("/api/v1/benefits").then().statusCode(201).extract().path("id");
        String first = as("project-lead", system).header("Idempotency-Key", "withdraw-" + benefit).body(withdrawal("Entered twice"))
                .post("/api/v1/benefits/" + benefit + "/withdrawal").then().statusCode(200).extract().path("withdrawnAt");
        as("project-lead", system).header("Idempotency-Key", "withdraw-" + benefit).body(withdrawal("Entered twice"))
                .post("/api/v1/benefits/" + benefit + "/withdrawal").then().statusCode(200)
                .header("Idempotency-Replayed", "true").body("withdrawnAt", equalTo(first));
    }

    @Test
    void aMilestoneIsCorrectedWithItsETag() {
        String system = newSystem();
        String project = newProject(system, announce(system));
        String path = "/api/v1/projects/" + project + "/milestones/" + as("project-lead", system)
                .body("{\"title\":\"Busines case\",\"dueOn\":\"2026-03-01\"}")
                .post("/api/v1/projects/" + project + "/milestones").then().statusCode(201).extract().path("id");
        String etag = as("analyst", system).get(path).then().statusCode(200).extract().header("ETag");
        as("project-lead", system).header("If-Match", "\"7\"").body("{\"title\":\"Business case\",\"dueOn\":\"2026-04-01\"}")
                .put(path).then().statusCode(412);
        as("project-lead", system).header("If-Match", etag).body("{\"title\":\"Business case\",\"dueOn\":\"2026-04-01\"}")
                .put(path).then().statusCode(200).body("title", equalTo("Business case")).body("dueOn", equalTo("2026-04-01"));
        as("project-lead", system).get("/api/v1/projects/" + project + "/milestones").then().body("[0].title", equalTo("Business case"));
    }

    @Test
    void aProjectIsCorrectedAndAnnouncedAndIsWithdrawnOnlyOnceNothingOfItStands() {
        String system = newSystem();
        var announced = announce(system);
        String project = newProject(system, announced);
        String etag = as("analyst", system).get("/api/v1/projects/" + project).then().extract().header("ETag");
        as("project-lead", system).header("If-Match", etag)
                .body(project(system, announced.programmeId(), announced.cohortId(), announced.participantId())
                        .replace("Community heart failure service", "Heart failure at home"))
                .put("/api/v1/projects/" + project).then().statusCode(200);
        assertEquals("Heart failure at home", nth(1, "ProjectUpdated", project).path("title").asText());

        String benefit = as("project-lead", system).body(benefit(project, "CAPACITY", "10", "bed nights", false, "AUDITED"))
                .post("/api/v1/benefits").then().statusCode(201).extract().path("id");
        String milestone = as("project-lead", system).body("{\"title\":\"Business case agreed\",\"dueOn\":\"2026-03-01\"}")
                .post("/api/v1/projects/" + project + "/milestones").then().statusCode(201).extract().path("id");
        as("project-lead", system).body(withdrawal("Abandoned before it started"))
                .post("/api/v1/projects/" + project + "/withdrawal").then().statusCode(409).contentType(PROBLEM)
                .body("dependants", contains("benefit " + benefit, "milestone " + milestone));

        as("project-lead", system).body(withdrawal("Entered twice"))
                .post("/api/v1/benefits/" + benefit + "/withdrawal").then().statusCode(200);
        as("project-lead", system).body(withdrawal("Not a milestone of this project"))
                .post("/api/v1/projects/" + project + "/milestones/" + milestone + "/withdrawal").then().statusCode(200);
        assertEquals(milestone, nth(1, "MilestoneWithdrawn", project).path("milestoneId").asText());
        as("analyst", system).get("/api/v1/projects/" + project + "/milestones").then().body("", hasSize(0));
        as("project-lead", system).body(withdrawal("Abandoned before it started"))
                .post("/api/v1/projects/" + project + "/withdrawal").then().statusCode(200);
        nth(1, "ProjectWithdrawn", project);
        as("analyst", system).get("/api/v1/projects/" + project).then().statusCode(410);
        as("analyst", system).get("/api/v1/projects?system=" + system).then()
                .body("items.id", not(org.hamcrest.Matchers.hasItem(project)));
    }
}
