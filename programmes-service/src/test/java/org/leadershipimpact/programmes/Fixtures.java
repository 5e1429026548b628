package org.leadershipimpact.programmes;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.leadershipimpact.testsupport.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Builds the world a test needs through the public API, each test in a system of its own so tests
 * never see each other's data.
 */
final class Fixtures {

    static final String PROBLEM = "application/problem+json";

    private Fixtures() {
    }

    static RequestSpecification as(String role, String... systems) {
        return given().header("Authorization", TestTokens.bearer(role, systems)).contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as("admin");
    }

    /** A newly registered system with a code no other test uses. */
    static String newSystem() {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        admin().body("""
                {"code":"%s","name":"Test system %s","kind":"ICS","region":"London"}""".formatted(code, code))
                .post("/api/v1/systems").then().statusCode(201);
        return code;
    }

    static String organisation(String system) {
        return as("programme-manager", system).body("""
                {"systemCode":"%s","name":"Stepney and Whitechapel Network","type":"PRIMARY_CARE_NETWORK"}""".formatted(system))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }

    static ProgrammeBuilder programme(String system) {
        return new ProgrammeBuilder(system);
    }

    static final class ProgrammeBuilder {
        private final String system;
        private int threshold = 75;
        private String accreditation = "";
        private Integer capacity;
        private String status = "OPEN";

        ProgrammeBuilder(String system) {
            this.system = system;
        }

        ProgrammeBuilder threshold(int percent) {
            threshold = percent;
            return this;
        }

        /** The Tower Hamlets award: 40 CATS credits at FHEQ level 7, 80% attendance, project required. */
        ProgrammeBuilder accredited() {
            accreditation = """
                    ,"accreditation":{"award":"Certificate in Postgraduate Development in Effective Leadership for Health Service Improvement",
                     "credits":{"value":40,"level":7,"scheme":"CATS"},"minimumAttendancePercent":80,"projectRequired":true}""";
            return this;
        }

        ProgrammeBuilder capacity(int places) {
            capacity = places;
            return this;
        }

        ProgrammeBuilder draft() {
            status = "DRAFT";
            return this;
        }

        String create() {
            String id = as("programme-manager", system).body("""
                    {"systemCode":"%s","title":"Clinical leadership programme","kind":"CLINICAL_LEADERSHIP",
                     "completionThresholdPercent":%d%s%s}""".formatted(system, threshold,
                    capacity == null ? "" : ",\"capacity\":" + capacity, accreditation))
                    .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
            if (status.equals("OPEN")) {
                as("programme-manager", system).body("{\"status\":\"OPEN\"}").put("/api/v1/programmes/" + id + "/status")
                        .then().statusCode(200);
            }
            return id;
        }
    }

    static String cohort(String system, String programmeId, int capacity) {
        return as("programme-manager", system).body("""
                {"programmeId":"%s","name":"Stepney and Whitechapel Network","capacity":%d}""".formatted(programmeId, capacity))
                .post("/api/v1/cohorts").then().statusCode(201).extract().path("id");
    }

    static String session(String system, String cohortId, LocalDate date) {
        return as("programme-manager", system).body("""
                {"cohortId":"%s","title":"Leadership Insight Day","kind":"LEADERSHIP_INSIGHT_DAY","date":"%s"}""".formatted(cohortId, date))
                .post("/api/v1/sessions").then().statusCode(201).extract().path("id");
    }

    static String participant(String system, String organisationId) {
        return as("programme-manager", system).body(participantJson(system, organisationId, UUID.randomUUID() + "@example.nhs.uk"))
                .post("/api/v1/participants").then().statusCode(201).extract().path("id");
    }

    static String participantJson(String system, String organisationId, String email) {
        return """
                {"systemCode":"%s","givenName":"Asha","familyName":"Rahman","email":"%s","profession":"GP",
                 "sector":"NHS_PRIMARY_CARE","organisationId":"%s"}""".formatted(system, email, organisationId);
    }

    /** Someone whose names, e-mail and job title appear nowhere else: what a test looks for afterwards. */
    record Person(String givenName, String familyName, String email, String jobTitle) {

        static Person unique() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Person("Ottoline-" + tag, "Featherstonehaugh-" + tag, "o.featherstonehaugh." + tag + "@example.nhs.uk",
                    "Clinical director " + tag);
        }

        String json(String system, String organisationId) {
            return """
                    {"systemCode":"%s","givenName":"%s","familyName":"%s","email":"%s","profession":"GP",
                     "sector":"NHS_PRIMARY_CARE","organisationId":"%s","jobTitle":"%s"}""".formatted(system, givenName, familyName,
                    email, organisationId, jobTitle);
        }

        /** What erasure must remove, each as it would be searched for. */
        List<String> personalData() {
            return List.of(givenName, familyName, email, jobTitle);
        }
    }

    static String enrol(String system, String participantId, String cohortId, String pathway) {
        return as("programme-manager", system).body("""
                {"participantId":"%s","cohortId":"%s","pathway":"%s"}""".formatted(participantId, cohortId, pathway))
                .post("/api/v1/enrolments").then().statusCode(201).extract().path("id");
    }

    /** Records one mark for one enrolment at one session. */
    static void mark(String system, String sessionId, String enrolmentId, String mark) {
        as("programme-manager", system).body("""
                {"marks":[{"enrolmentId":"%s","mark":"%s"}]}""".formatted(enrolmentId, mark))
                .put("/api/v1/sessions/" + sessionId + "/attendance").then().statusCode(200);
    }
}
