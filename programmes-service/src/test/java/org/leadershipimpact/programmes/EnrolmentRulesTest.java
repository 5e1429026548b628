package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;
import static org.leadershipimpact.programmes.Fixtures.as;
import static org.leadershipimpact.programmes.Fixtures.cohort;
import static org.leadershipimpact.programmes.Fixtures.enrol;
import static org.leadershipimpact.programmes.Fixtures.newSystem;
import static org.leadershipimpact.programmes.Fixtures.organisation;
import static org.leadershipimpact.programmes.Fixtures.participant;
import static org.leadershipimpact.programmes.Fixtures.participantJson;
import static org.leadershipimpact.programmes.Fixtures.programme;

@QuarkusTest
class EnrolmentRulesTest {

    @Test
    void aFullCohortRefusesTheNextEnrolment() {
        String system = newSystem();
        String organisation = organisation(system);
        String cohort = cohort(system, programme(system).create(), 2);
        enrol(system, participant(system, organisation), cohort, "CORE");
        enrol(system, participant(system, organisation), cohort, "CORE");
        as("programme-manager", system).body(enrolment(participant(system, organisation), cohort, "CORE"))
                .post("/api/v1/enrolments").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://leadershipimpact.org/problems/cohort-full"))
                .body("capacity", equalTo(2));
    }

    @Test
    void aWithdrawalFreesAPlace() {
        String system = newSystem();
        String organisation = organisation(system);
        String cohort = cohort(system, programme(system).create(), 1);
        String first = enrol(system, participant(system, organisation), cohort, "CORE");
        as("programme-manager", system).body("{\"status\":\"WITHDRAWN\"}").put("/api/v1/enrolments/" + first + "/status").then().statusCode(200);
        enrol(system, participant(system, organisation), cohort, "CORE");
    }

    @Test
    void aParticipantHoldsOnePlaceOnAProgramme() {
        String system = newSystem();
        String programme = programme(system).create();
        String person = participant(system, organisation(system));
        String first = enrol(system, person, cohort(system, programme, 10), "CORE");
        as("programme-manager", system).body(enrolment(person, cohort(system, programme, 10), "CORE"))
                .post("/api/v1/enrolments").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://leadershipimpact.org/problems/already-enrolled"))
                .body("enrolmentId", equalTo(first));
    }

    @Test
    void aProgrammeThatIsNotOpenTakesNoEnrolments() {
        String system = newSystem();
        String cohort = cohort(system, programme(system).draft().create(), 5);
        as("programme-manager", system).body(enrolment(participant(system, organisation(system)), cohort, "CORE"))
                .post("/api/v1/enrolments").then().statusCode(409)
                .body("type", equalTo("https://leadershipimpact.org/problems/programme-not-open"));
    }

    @Test
    void theProgrammesOwnCapacityHoldsAcrossItsCohorts() {
        String system = newSystem();
        String organisation = organisation(system);
        String programme = programme(system).capacity(1).create();
        enrol(system, participant(system, organisation), cohort(system, programme, 5), "CORE");
        as("programme-manager", system).body(enrolment(participant(system, organisation), cohort(system, programme, 5), "CORE"))
                .post("/api/v1/enrolments").then().statusCode(409)
                .body("type", equalTo("https://leadershipimpact.org/problems/programme-full"));
    }

    @Test
    void theAccreditedPathwayNeedsAnAccreditedProgramme() {
        String system = newSystem();
        String cohort = cohort(system, programme(system).create(), 5);
        as("programme-manager", system).body(enrolment(participant(system, organisation(system)), cohort, "ACCREDITED"))
                .post("/api/v1/enrolments").then().statusCode(422).body("violations.field", contains("pathway"));
    }

    @Test
    void aParticipantOfAnotherSystemIsUnknownHere() {
        String system = newSystem();
        String other = newSystem();
        String cohort = cohort(system, programme(system).create(), 5);
        String stranger = participant(other, organisation(other));
        as("programme-manager", system).body(enrolment(stranger, cohort, "CORE"))
                .post("/api/v1/enrolments").then().statusCode(422).body("violations.field", contains("participantId"));
    }

    @Test
    void anEnrolmentMovesOnOnlyAsItsLifecycleAllows() {
        String system = newSystem();
        String id = enrol(system, participant(system, organisation(system)), cohort(system, programme(system).create(), 5), "CORE");
        as("programme-manager", system).body("{\"status\":\"DEFERRED\"}").put("/api/v1/enrolments/" + id + "/status")
                .then().statusCode(200).body("allowedTransitions", containsInAnyOrder("ACTIVE", "WITHDRAWN"));
        as("programme-manager", system).body("{\"status\":\"WITHDRAWN\"}").put("/api/v1/enrolments/" + id + "/status").then().statusCode(200);
        as("programme-manager", system).body("{\"status\":\"ACTIVE\"}").put("/api/v1/enrolments/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM).body("from", equalTo("WITHDRAWN")).body("allowed", hasSize(0));
    }

    @Test
    void completingThroughAStatusChangeIsRedirectedToTheCompletionOperation() {
        String system = newSystem();
        String id = enrol(system, participant(system, organisation(system)), cohort(system, programme(system).create(), 5), "CORE");
        as("programme-manager", system).body("{\"status\":\"COMPLETED\"}").put("/api/v1/enrolments/" + id + "/status")
                .then().statusCode(409).body("detail", containsString("/completion"));
    }

    @Test
    void aCohortOfFiveHundredIsRegisteredAndEnrolledInTwoRequests() {
        String system = newSystem();
        String organisation = organisation(system);
        String cohort = cohort(system, programme(system).create(), 500);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(participantJson(system, organisation, "leader" + i + "." + UUID.randomUUID() + "@example.nhs.uk"));
        }
        List<String> people = as("programme-manager", system).body("{\"participants\":[" + String.join(",", rows) + "]}")
                .post("/api/v1/participants/bulk").then().statusCode(201)
                .body("participants", hasSize(500)).extract().path("participants.id");
        List<String> enrolments = new ArrayList<>();
        people.forEach(p -> enrolments.add(enrolment(p, cohort, "CORE")));
        as("programme-manager", system).body("{\"enrolments\":[" + String.join(",", enrolments) + "]}")
                .post("/api/v1/enrolments/bulk").then().statusCode(201).body("enrolments", hasSize(500));
        as("programme-manager", system).get("/api/v1/enrolments?cohort=" + cohort + "&limit=500").then().body("items", hasSize(500));
    }

    @Test
    void aBulkRegistrationWithBadRowsRegistersNobodyAndNamesEachBadRow() {
        String system = newSystem();
        String organisation = organisation(system);
        String taken = "taken." + UUID.randomUUID() + "@example.nhs.uk";
        as("programme-manager", system).body(participantJson(system, organisation, taken)).post("/api/v1/participants").then().statusCode(201);
        String good = participantJson(system, organisation, UUID.randomUUID() + "@example.nhs.uk");
        String twice = participantJson(system, organisation, "twice." + UUID.randomUUID() + "@example.nhs.uk");
        as("programme-manager", system).body("{\"participants\":[" + String.join(",", good, participantJson(system, organisation, taken),
                        twice, twice, participantJson(system, UUID.randomUUID().toString(), UUID.randomUUID() + "@x.uk")) + "]}")
                .post("/api/v1/participants/bulk").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("participants[1].email", "participants[3].email",
                        "participants[4].organisationId"));
        as("programme-manager", system).get("/api/v1/participants?system=" + system).then().body("items", hasSize(1));
    }

    @Test
    void aBulkEnrolmentThatOverfillsTheCohortEnrolsNobody() {
        String system = newSystem();
        String organisation = organisation(system);
        String cohort = cohort(system, programme(system).create(), 2);
        List<String> rows = List.of(enrolment(participant(system, organisation), cohort, "CORE"),
                enrolment(participant(system, organisation), cohort, "CORE"),
                enrolment(participant(system, organisation), cohort, "CORE"));
        as("programme-manager", system).body("{\"enrolments\":[" + String.join(",", rows) + "]}")
                .post("/api/v1/enrolments/bulk").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("enrolments[2]"))
                .body("violations[0].message", containsString("full"));
        as("programme-manager", system).get("/api/v1/enrolments?cohort=" + cohort).then().body("items", hasSize(0));
    }

    @Test
    void aBulkRequestOfMoreThanFiveHundredRowsIsRefused() {
        String system = newSystem();
        String row = participantJson(system, UUID.randomUUID().toString(), "x@example.nhs.uk");
        as("programme-manager", system).body("{\"participants\":[" + String.join(",", java.util.Collections.nCopies(501, row)) + "]}")
                .post("/api/v1/participants/bulk").then().statusCode(400).body("violations.field", contains("participants"));
    }

    @Test
    void aParticipantsProfessionMustComeFromTheVocabulary() {
        String system = newSystem();
        as("programme-manager", system).body(participantJson(system, organisation(system), "p@example.nhs.uk").replace("\"GP\"", "\"WIZARD\""))
                .post("/api/v1/participants").then().statusCode(400).body("violations.field", contains("profession"));
    }

    @Test
    void analystsCannotReadParticipantsPersonalData() {
        String system = newSystem();
        String id = participant(system, organisation(system));
        as("analyst", system).get("/api/v1/participants/" + id).then().statusCode(403).contentType(PROBLEM);
    }

    static String enrolment(String participantId, String cohortId, String pathway) {
        return "{\"participantId\":\"%s\",\"cohortId\":\"%s\",\"pathway\":\"%s\"}".formatted(participantId, cohortId, pathway);
    }
}
