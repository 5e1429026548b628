package org.leadershipimpact.projects;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TopicReader;

import java.time.Duration;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.leadershipimpact.projects.ProjectFixtures.PROBLEM;
import static org.leadershipimpact.projects.ProjectFixtures.announce;
import static org.leadershipimpact.projects.ProjectFixtures.as;
import static org.leadershipimpact.projects.ProjectFixtures.newProject;
import static org.leadershipimpact.projects.ProjectFixtures.newSystem;
import static org.leadershipimpact.projects.ProjectFixtures.project;
import static org.leadershipimpact.projects.ProjectFixtures.withPartners;

@QuarkusTest
class ProjectRulesTest {

    private static TopicReader events;

    @BeforeAll
    static void readEvents() {
        events = new TopicReader("projects.events");
    }

    @AfterAll
    static void stopReading() {
        events.close();
    }

    @Test
    void aProjectLinksToAProgrammeCohortAndLeadThisServiceHasHeardOf() {
        String system = newSystem();
        var announced = announce(system);
        String id = newProject(system, announced);
        as("analyst", system).get("/api/v1/projects/" + id).then().statusCode(200)
                .body("stage", equalTo("IDEA"))
                .body("originProgrammeId", equalTo(announced.programmeId()))
                .body("leadParticipantIds", contains(announced.participantId()))
                .body("stakeholders[0].role", equalTo("Clinical sponsor"));
        var registered = events.await(m -> m.key().equals(id), 1, Duration.ofSeconds(30));
        org.junit.jupiter.api.Assertions.assertEquals("org.leadershipimpact.projects.ProjectRegistered.v1",
                registered.get(0).value().path("type").asText());
    }

    @Test
    void unknownReferencesAreUnprocessableAndNamed() {
        String system = newSystem();
        var announced = announce(system);
        as("project-lead", system).body(project(system, UUID.randomUUID().toString(), announced.cohortId(), UUID.randomUUID().toString()))
                .post("/api/v1/projects").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("originProgrammeId", "originCohortId", "leadParticipantIds"));
    }

    @Test
    void partnersMustBeOrganisationsOfTheProjectsSystem() {
        String system = newSystem();
        String other = newSystem();
        var announced = announce(system);
        var elsewhere = announce(other);
        String unknown = UUID.randomUUID().toString();
        as("project-lead", system).body(withPartners(project(system, announced.programmeId(), announced.cohortId(), announced.participantId()),
                        unknown, elsewhere.organisationId()))
                .post("/api/v1/projects").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("partnerOrganisationIds", "partnerOrganisationIds"))
                .body("violations.message", containsInAnyOrder(
                        unknown + " is not a known organisation of system " + system,
                        elsewhere.organisationId() + " is not a known organisation of system " + system));
    }

    @Test
    void aWithdrawnOrganisationStaysAPartnerButCannotBecomeOne() {
        String system = newSystem();
        var announced = announce(system);
        String body = withPartners(project(system, announced.programmeId(), announced.cohortId(), announced.participantId()),
                announced.organisationId());
        String id = as("project-lead", system).body(body).post("/api/v1/projects").then().statusCode(201).extract().path("id");
        try (var kafka = new org.leadershipimpact.testsupport.TopicWriter()) {
            kafka.send("programmes.events", announced.organisationId(), ProjectFixtures.event("OrganisationWithdrawn", """
                    {"organisationId":"%s","systemCode":"%s"}""".formatted(announced.organisationId(), system)));
        }
        org.leadershipimpact.testsupport.Eventually.await(
                () -> as("project-lead", system).body(body).post("/api/v1/projects").statusCode(), status -> status == 422,
                Duration.ofSeconds(30));
        String etag = as("project-lead", system).get("/api/v1/projects/" + id).then().statusCode(200).extract().header("ETag");
        as("project-lead", system).header("If-Match", etag).body(body.replace("Community heart failure service", "Heart failure at home"))
                .put("/api/v1/projects/" + id).then().statusCode(200)
                .body("partnerOrganisationIds", contains(announced.organisationId()));
    }

    @Test
    void aProgrammeOfAnotherSystemCannotBeTheOrigin() {
        String system = newSystem();
        var elsewhere = announce(newSystem());
        as("project-lead", system).body(project(system, elsewhere.programmeId(), null, null))
                .post("/api/v1/projects").then().statusCode(422).body("violations.field", contains("originProgrammeId"));
    }

    @Test
    void aProjectMovesThroughItsStagesAndIllegalMovesSayWhatIsAllowed() {
        String system = newSystem();
        String id = newProject(system, announce(system));
        as("project-lead", system).body("{\"stage\":\"IMPLEMENTATION\"}").put("/api/v1/projects/" + id + "/stage")
                .then().statusCode(409).contentType(PROBLEM).body("allowed", containsInAnyOrder("SCOPING", "ABANDONED"));
        for (String stage : new String[] {"SCOPING", "BUSINESS_CASE", "IMPLEMENTATION", "SUSTAINING"}) {
            as("project-lead", system).body("{\"stage\":\"" + stage + "\"}").put("/api/v1/projects/" + id + "/stage")
                    .then().statusCode(200).body("stage", equalTo(stage));
        }
        events.await(m -> m.key().equals(id) && m.value().path("type").asText().contains("ProjectStageChanged"), 4, Duration.ofSeconds(30));
        as("analyst", system).get("/api/v1/projects?system=" + system + "&stage=SUSTAINING&theme=HEART_FAILURE")
                .then().body("items.id", contains(id));
        as("analyst", system).get("/api/v1/projects?system=" + system + "&stage=IDEA").then().body("items", hasSize(1));
    }

    @Test
    void anotherSystemsProjectDoesNotExistForTheCaller() {
        String system = newSystem();
        String id = newProject(system, announce(system));
        as("project-lead", "SOMEWHERE-ELSE").get("/api/v1/projects/" + id).then().statusCode(404).contentType(PROBLEM);
        as("analyst", system).body("{\"stage\":\"SCOPING\"}").put("/api/v1/projects/" + id + "/stage").then().statusCode(403);
    }

    @Test
    void milestonesAreReachedOnceAndPdsaCyclesCompleteWhenTheTeamActs() {
        String system = newSystem();
        String id = newProject(system, announce(system));
        String milestone = as("project-lead", system).body("{\"title\":\"Business case to the board\",\"dueOn\":\"2026-06-30\"}")
                .post("/api/v1/projects/" + id + "/milestones").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 2; i++) {
            as("project-lead", system).body("{\"achievedOn\":\"2026-06-12\"}")
                    .put("/api/v1/projects/" + id + "/milestones/" + milestone + "/achievement")
                    .then().statusCode(200).body("achievedOn", equalTo("2026-06-12"));
        }
        String cycle = as("project-lead", system).body("""
                {"title":"Nurse call at 48 hours","plan":"Call every discharged patient","prediction":"Half need no GP visit"}""")
                .post("/api/v1/projects/" + id + "/pdsa-cycles").then().statusCode(201).extract().path("id");
        as("project-lead", system).body("""
                {"title":"Nurse call at 48 hours","plan":"Call every discharged patient","prediction":"Half need no GP visit","act":"ADOPT"}""")
                .put("/api/v1/projects/" + id + "/pdsa-cycles/" + cycle).then().statusCode(400)
                .body("violations.field", contains("studyNotes"));
        as("project-lead", system).body("""
                {"title":"Nurse call at 48 hours","plan":"Call every discharged patient","prediction":"Half need no GP visit",
                 "doNotes":"Called 40 patients","studyNotes":"31 needed no visit: better than predicted","act":"ADOPT"}""")
                .put("/api/v1/projects/" + id + "/pdsa-cycles/" + cycle).then().statusCode(200).body("act", equalTo("ADOPT"));
        as("project-lead", system).body("""
                {"title":"Changed","plan":"p","prediction":"p","studyNotes":"s","act":"ABANDON"}""")
                .put("/api/v1/projects/" + id + "/pdsa-cycles/" + cycle).then().statusCode(409);
        var projectEvents = events.await(m -> m.key().equals(id) && (m.value().path("type").asText().contains("MilestoneAchieved")
                || m.value().path("type").asText().contains("PdsaCycleCompleted")), 2, Duration.ofSeconds(30));
        org.junit.jupiter.api.Assertions.assertEquals(2, events.readFor(m -> m.key().equals(id)
                && (m.value().path("type").asText().contains("MilestoneAchieved") || m.value().path("type").asText().contains("PdsaCycleCompleted")),
                Duration.ofSeconds(1)).size(), "one event each: " + projectEvents);
    }
}
