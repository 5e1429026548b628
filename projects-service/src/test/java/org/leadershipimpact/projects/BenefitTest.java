package org.leadershipimpact.projects;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.leadershipimpact.projects.ProjectFixtures.PROBLEM;
import static org.leadershipimpact.projects.ProjectFixtures.announce;
import static org.leadershipimpact.projects.ProjectFixtures.as;
import static org.leadershipimpact.projects.ProjectFixtures.newProject;
import static org.leadershipimpact.projects.ProjectFixtures.newSystem;

/** Surrey Heartlands' over-65s team: 3,600 hospital nights avoided and about £4m freed to be reinvested. */
@QuarkusTest
class BenefitTest {

    static String benefit(String project, String category, String value, String unit, boolean cashable, String evidence) {
        return """
                {"projectId":"%s","category":"%s","description":"Seeing over-65s earlier at home","value":%s,"unit":"%s",
                 "periodStart":"2018-04-01","periodEnd":"2019-03-31","cashable":%s,"evidenceLevel":"%s"}"""
                .formatted(project, category, value, unit, cashable, evidence);
    }

    @Test
    void benefitsAreTotalledPerProjectAndProgrammeWithoutAddingUnlikeUnits() {
        String system = newSystem();
        var announced = announce(system);
        String project = newProject(system, announced);
        as("project-lead", system).body(benefit(project, "CAPACITY", "2000", "bed nights", false, "AUDITED"))
                .post("/api/v1/benefits").then().statusCode(201).body("value", equalTo(2000));
        as("project-lead", system).body(benefit(project, "CAPACITY", "1600", "bed nights", false, "AUDITED"))
                .post("/api/v1/benefits").then().statusCode(201);
        as("project-lead", system).body(benefit(project, "FINANCIAL", "4000000.00", "GBP", false, "SELF_REPORTED"))
                .post("/api/v1/benefits").then().statusCode(201);
        as("analyst", system).get("/api/v1/projects/" + project + "/benefit-totals").then().statusCode(200)
                .body("totals", hasSize(2))
                .body("totals.unit", contains("bed nights", "GBP"))
                .body("totals[0].value", equalTo(3600.0f))
                .body("totals[0].benefits", equalTo(2))
                .body("totals[1].value", equalTo(4000000.00f));
        as("analyst", system).get("/api/v1/benefits/totals?programme=" + announced.programmeId()).then().statusCode(200)
                .body("totals[0].value", equalTo(3600.0f));
        as("analyst", "ELSEWHERE").get("/api/v1/benefits/totals?programme=" + announced.programmeId()).then().statusCode(200)
                .body("totals", hasSize(0));
    }

    @Test
    void aBenefitNeedsAValidPeriodAndAKnownCategory() {
        String system = newSystem();
        String project = newProject(system, announce(system));
        as("project-lead", system).body(benefit(project, "CAPACITY", "5", "x", true, "AUDITED").replace("2019-03-31", "2017-01-01"))
                .post("/api/v1/benefits").then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("periodEnd"));
        as("project-lead", system).body(benefit(project, "HAPPINESS", "5", "x", true, "AUDITED"))
                .post("/api/v1/benefits").then().statusCode(400).body("violations.field", contains("category"));
        as("project-lead", system).body(benefit(project, "CAPACITY", "-5", "x", true, "AUDITED"))
                .post("/api/v1/benefits").then().statusCode(400).body("violations.field", contains("value"));
        as("analyst", system).get("/api/v1/benefits/totals").then().statusCode(400).body("violations.field", contains("programme"));
    }
}
