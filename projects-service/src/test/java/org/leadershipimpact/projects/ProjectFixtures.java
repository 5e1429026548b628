package org.leadershipimpact.projects;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.leadershipimpact.testsupport.Eventually;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicWriter;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Builds a project's world: programmes and participants announced on Kafka as programmes-service would, then projects through the API. */
final class ProjectFixtures {

    static final String PROBLEM = "application/problem+json";

    private ProjectFixtures() {
    }

    static RequestSpecification as(String role, String... systems) {
        return given().header("Authorization", TestTokens.bearer(role, systems)).contentType(ContentType.JSON);
    }

    static String newSystem() {
        return "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    /**
     * Announces a programme with one cohort, one organisation and one participant of it, and waits until this service has heard
     * of them: until a project naming all three is accepted (that first project, made once thanks to its
     * Idempotency-Key, stays at stage IDEA in the system).
     */
    record Announced(String programmeId, String cohortId, String participantId, String organisationId) {
    }

    static Announced announce(String system) {
        String programme = UUID.randomUUID().toString();
        String cohort = UUID.randomUUID().toString();
        String participant = UUID.randomUUID().toString();
        String organisation = UUID.randomUUID().toString();
        try (TopicWriter kafka = new TopicWriter()) {
            kafka.send("programmes.events", organisation, event("OrganisationRegistered", """
                    {"organisationId":"%s","systemCode":"%s","name":"Riverside Surgery","type":"GP_PRACTICE","odsCode":null}"""
                    .formatted(organisation, system)));
            kafka.send("programmes.events", programme, event("ProgrammeCreated", """
                    {"programmeId":"%s","systemCode":"%s","programme":{"title":"Surrey 500","kind":"SYSTEM_LEADERSHIP","status":"DRAFT",
                     "startDate":null,"endDate":null,"fundingPence":null,"fundingCurrency":null,"fundingSource":null,"capacity":null,
                     "completionThresholdPercent":75,"accredited":false,"accreditationCredits":null}}"""
                    .formatted(programme, system)));
            kafka.send("programmes.events", cohort, event("CohortCreated", """
                    {"cohortId":"%s","programmeId":"%s","systemCode":"%s","name":"Cohort 1","capacity":100,
                     "startDate":"2026-01-12","endDate":"2026-12-18"}""".formatted(cohort, programme, system)));
            kafka.send("programmes.events", participant, event("ParticipantRegistered", """
                    {"participantId":"%s","systemCode":"%s","profession":"GP","sector":"NHS_PRIMARY_CARE","organisationId":"%s"}"""
                    .formatted(participant, system, organisation)));
        }
        Eventually.await(() -> as("project-lead", system).body(withPartners(project(system, programme, cohort, participant), organisation))
                .header("Idempotency-Key", "probe-" + participant)
                .post("/api/v1/projects").statusCode(), status -> status == 201, Duration.ofSeconds(30));
        return new Announced(programme, cohort, participant, organisation);
    }

    static String event(String name, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/programmes","type":"org.leadershipimpact.programmes.%s.v1",
                 "time":"2026-11-25T10:00:00Z","datacontenttype":"application/json","data":%s}""".formatted(UUID.randomUUID(), name, data);
    }

    static String project(String system, String programme, String cohort, String lead) {
        return """
                {"systemCode":"%s","title":"Community heart failure service","theme":"HEART_FAILURE",
                 "problem":"Repeat admissions after discharge","aim":"Halve 30-day readmissions",
                 "originProgrammeId":%s,"originCohortId":%s,"leadParticipantIds":[%s],
                 "stakeholders":[{"name":"Consultant cardiologist","role":"Clinical sponsor"}]}"""
                .formatted(system, quoted(programme), quoted(cohort), lead == null ? "" : quoted(lead));
    }

    static String withPartners(String project, String... organisations) {
        return project.replace("\"stakeholders\"", "\"partnerOrganisationIds\":[\"" + String.join("\",\"", organisations)
                + "\"],\"stakeholders\"");
    }

    static String newProject(String system, Announced announced) {
        return as("project-lead", system).body(project(system, announced.programmeId(), announced.cohortId(), announced.participantId()))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    static String measure(String system, String project, String direction, String extra) {
        return as("project-lead", system).body("""
                {"projectId":"%s","name":"Readmissions within 30 days","kind":"OUTCOME","unit":"patients","direction":"%s"%s}"""
                .formatted(project, direction, extra))
                .post("/api/v1/measures").then().statusCode(201).extract().path("id");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
