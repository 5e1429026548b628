package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;
import static org.leadershipimpact.programmes.Fixtures.admin;
import static org.leadershipimpact.programmes.Fixtures.as;
import static org.leadershipimpact.programmes.Fixtures.newSystem;

@QuarkusTest
class SystemsAndOrganisationsTest {

    @Test
    void onlyTheNationalAdminRegistersSystems() {
        as("programme-manager", "SURREY").body("{\"code\":\"NEWCO\",\"name\":\"New\",\"kind\":\"ICS\"}")
                .post("/api/v1/systems").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aSystemCodeIsRegisteredOnce() {
        String code = newSystem();
        admin().body("{\"code\":\"" + code + "\",\"name\":\"Again\",\"kind\":\"STP\"}")
                .post("/api/v1/systems").then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void aManagerSeesOnlyTheSystemsTheyActFor() {
        String mine = newSystem();
        String other = newSystem();
        as("programme-manager", mine).get("/api/v1/systems").then().statusCode(200)
                .body("code", contains(mine));
        as("programme-manager", mine).get("/api/v1/systems/" + other).then().statusCode(404).contentType(PROBLEM);
        admin().get("/api/v1/systems").then().body("code", hasItem(other));
    }

    @Test
    void aStaleWriteIsRefusedWithTheCurrentETag() {
        String code = newSystem();
        String etag = admin().get("/api/v1/systems/" + code).then().statusCode(200).extract().header("ETag");
        String change = "{\"code\":\"" + code + "\",\"name\":\"Renamed\",\"kind\":\"ICS\"}";
        String newEtag = admin().header("If-Match", etag).body(change).put("/api/v1/systems/" + code)
                .then().statusCode(200).body("name", equalTo("Renamed")).extract().header("ETag");
        admin().header("If-Match", etag).body(change).put("/api/v1/systems/" + code)
                .then().statusCode(412).contentType(PROBLEM).body("currentETag", equalTo(newEtag));
    }

    @Test
    void odsCodesAreCheckedForShapeOnly() {
        String system = newSystem();
        String organisation = "{\"systemCode\":\"%s\",\"name\":\"A trust\",\"type\":\"NHS_TRUST\",\"odsCode\":\"%s\"}";
        as("programme-manager", system).body(organisation.formatted(system, "RVR")).post("/api/v1/organisations")
                .then().statusCode(201).body("odsCode", equalTo("RVR"));
        as("programme-manager", system).body(organisation.formatted(system, "QXU7Z9")).post("/api/v1/organisations")
                .then().statusCode(201);
        for (String bad : new String[] {"rvr", "R1", "ABCDEFG", "RV-R"}) {
            as("programme-manager", system).body(organisation.formatted(system, bad)).post("/api/v1/organisations")
                    .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("odsCode"));
        }
    }

    @Test
    void anOrganisationTypeOutsideTheVocabularyIsAProblemListingTheTypes() {
        String system = newSystem();
        as("programme-manager", system).body("{\"systemCode\":\"" + system + "\",\"name\":\"X\",\"type\":\"HOSPITAL\"}")
                .post("/api/v1/organisations").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("type"))
                .body("violations[0].message", containsString("NHS_TRUST"));
    }

    @Test
    void recordsInAnUnregisteredSystemCannotBeMade() {
        as("admin").body("{\"systemCode\":\"NOSUCHSYSTEM\",\"name\":\"X\",\"type\":\"OTHER\"}")
                .post("/api/v1/organisations").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void organisationListsCanBeFilteredByType() {
        String system = newSystem();
        as("programme-manager", system).body("{\"systemCode\":\"" + system + "\",\"name\":\"Police\",\"type\":\"POLICE\"}")
                .post("/api/v1/organisations").then().statusCode(201);
        as("programme-manager", system).body("{\"systemCode\":\"" + system + "\",\"name\":\"Army\",\"type\":\"ARMED_FORCES\"}")
                .post("/api/v1/organisations").then().statusCode(201);
        as("programme-manager", system).get("/api/v1/organisations?system=" + system + "&type=POLICE").then().statusCode(200)
                .body("items.name", contains("Police"))
                .body("items.type", everyItem(equalTo("POLICE")))
                .body("items.name", not(hasItem("Army")));
    }
}
