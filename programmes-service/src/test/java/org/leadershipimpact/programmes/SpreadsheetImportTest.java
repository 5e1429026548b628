package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;
import static org.leadershipimpact.programmes.Fixtures.as;
import static org.leadershipimpact.programmes.Fixtures.cohort;
import static org.leadershipimpact.programmes.Fixtures.enrol;
import static org.leadershipimpact.programmes.Fixtures.newSystem;
import static org.leadershipimpact.programmes.Fixtures.organisation;
import static org.leadershipimpact.programmes.Fixtures.participant;
import static org.leadershipimpact.programmes.Fixtures.programme;
import static org.leadershipimpact.programmes.Fixtures.session;

/**
 * The bulk operations read spreadsheets saved as CSV, as Excel writes them, into the same requests as
 * JSON: the same rules, all or nothing, and every refused cell named by the row and column the user
 * sees in the spreadsheet (the header is row 1).
 */
@QuarkusTest
class SpreadsheetImportTest {

    private static final String BOM = "\uFEFF";
    private static final String PARTICIPANTS_HEADER = "systemCode,givenName,familyName,email,profession,sector,organisationId,jobTitle\r\n";

    @Test
    void anExcelFileWithItsByteOrderMarkCrlfAndQuotedCellsIsRegisteredAsTyped() {
        String system = newSystem();
        String organisation = organisation(system);
        String csv = BOM + PARTICIPANTS_HEADER
                + row(system, "José", "O'Brien", fresh(), "GP", "NHS_PRIMARY_CARE", organisation, "\"GP partner, Stepney\"")
                + row(system, "Asha", "\"Rahman \"\"Ash\"\"\"", fresh(), "NURSE", "NHS_ACUTE", organisation, "\"Clinical lead\r\nrespiratory, COPD\"")
                + row(system, "Ben", "Okafor", fresh(), "PRACTICE_MANAGER", "NHS_PRIMARY_CARE", organisation, "");
        List<String> ids = postCsv("/api/v1/participants/bulk", system, csv).statusCode(201)
                .body("participants", hasSize(3)).extract().path("participants.id");
        as("programme-manager", system).get("/api/v1/participants/" + ids.get(0)).then()
                .body("givenName", equalTo("José")).body("familyName", equalTo("O'Brien")).body("jobTitle", equalTo("GP partner, Stepney"));
        as("programme-manager", system).get("/api/v1/participants/" + ids.get(1)).then()
                .body("familyName", equalTo("Rahman \"Ash\"")).body("jobTitle", equalTo("Clinical lead\r\nrespiratory, COPD"));
        as("programme-manager", system).get("/api/v1/participants/" + ids.get(2)).then()
                .body("profession", equalTo("PRACTICE_MANAGER")).body("jobTitle", nullValue());
    }

    @Test
    void twentyBadRowsAreAnsweredWithTwentyViolationsByRowAndColumnAndNobodyIsRegistered() {
        String system = newSystem();
        String organisation = organisation(system);
        StringBuilder csv = new StringBuilder(PARTICIPANTS_HEADER);
        // a cell with a line break first: rows are counted as the spreadsheet shows them, not as lines
        csv.append(row(system, "Asha", "Rahman", fresh(), "GP", "NHS_PRIMARY_CARE", organisation, "\"Lead\nGP\""));
        List<Integer> badRows = new ArrayList<>();
        List<Integer> badColumns = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int kind = i % 5;
            csv.append(row(system, "Given" + i, kind == 0 ? " " : "Family" + i, kind == 1 ? "not-an-email" : fresh(),
                    kind == 2 ? "SURGEON" : "GP", "NHS_PRIMARY_CARE", kind == 3 ? "42" : organisation, kind == 4 ? "x".repeat(201) : ""));
            badRows.add(3 + i * 2);
            badColumns.add(List.of(3, 4, 5, 7, 8).get(kind));
            csv.append(row(system, "Good" + i, "Row", fresh(), "NURSE", "NHS_ACUTE", organisation, ""));
        }
        ValidatableResponse refused = postCsv("/api/v1/participants/bulk", system, BOM + csv).statusCode(400).contentType(PROBLEM)
                .body("violations", hasSize(20));
        assertEquals(badRows, refused.extract().path("violations.row"));
        assertEquals(badColumns, refused.extract().path("violations.column"));
        refused.body("violations[0].field", equalTo("participants[1].familyName"))
                .body("violations[1].field", equalTo("participants[3].email"))
                .body("violations[2].message", equalTo("must be one of " + java.util.Arrays.toString(Profession.values())))
                .body("detail", startsWith("20 problems in the file; the first: row 3, column 3, participants[1].familyName: "));
        as("programme-manager", system).get("/api/v1/participants?system=" + system).then().body("items", hasSize(0));
    }

    @Test
    void rowsTheServiceRefusesAreNamedByRowAndColumnAsTheJsonOnesAreByIndex() {
        String system = newSystem();
        String organisation = organisation(system);
        String programme = programme(system).create();
        String cohort = cohort(system, programme, 10);
        String enrolled = participant(system, organisation);
        enrol(system, enrolled, cohort, "CORE");
        String free = participant(system, organisation);
        String csv = "pathway,cohortId,participantId\r\n"
                + "CORE," + cohort + "," + free + "\r\n"
                + "," + cohort + "," + enrolled + "\r\n"
                + "CORE," + UUID.randomUUID() + "," + participant(system, organisation) + "\r\n";
        ValidatableResponse refused = postCsv("/api/v1/enrolments/bulk", system, csv).statusCode(422).contentType(PROBLEM)
                .body("violations.row", contains(3, 4))
                .body("violations.field", contains("enrolments[1]", "enrolments[2].cohortId"));
        assertEquals(java.util.Arrays.asList(null, 2), refused.extract().path("violations.column"), "the whole row, then the cell");
        as("programme-manager", system).get("/api/v1/enrolments?participant=" + free).then().body("items", hasSize(0));
        postCsv("/api/v1/enrolments/bulk", system, "participantId,cohortId,pathway\n" + free + "," + cohort + ",\n").statusCode(201)
                .body("enrolments[0].pathway", equalTo("CORE"));
    }

    @Test
    void aRegisterIsRecordedFromASpreadsheet() {
        String system = newSystem();
        String organisation = organisation(system);
        String cohort = cohort(system, programme(system).create(), 10);
        String session = session(system, cohort, LocalDate.of(2026, 1, 15));
        String first = enrol(system, participant(system, organisation), cohort, "CORE");
        String second = enrol(system, participant(system, organisation), cohort, "CORE");
        as("programme-manager", system).contentType("text/csv")
                .body((BOM + "enrolmentId,mark\r\n" + first + ",PRESENT\r\n" + second + ",APOLOGIES\r\n").getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/sessions/" + session + "/attendance").then().statusCode(200).body("marks.mark", contains("PRESENT", "APOLOGIES"));
    }

    @Test
    void malformedFilesAreProblemsAndStoreNothing() {
        String system = newSystem();
        String organisation = organisation(system);
        String good = row(system, "Asha", "Rahman", fresh(), "GP", "NHS_PRIMARY_CARE", organisation, "");
        postCsv("/api/v1/participants/bulk", system, PARTICIPANTS_HEADER + good + good.replace("GP,", "\"GP,"))
                .statusCode(400).contentType(PROBLEM)
                .body("violations[0].message", equalTo("has a quoted cell that is never closed")).body("violations[0].row", equalTo(3));
        postCsv("/api/v1/participants/bulk", system, PARTICIPANTS_HEADER.replace("email", "e-mail") + good)
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("email", "e-mail"))
                .body("violations.row", contains(1, 1)).body("violations[1].column", equalTo(4));
        postCsv("/api/v1/participants/bulk", system, PARTICIPANTS_HEADER + good.replace("\r\n", ",extra\r\n"))
                .statusCode(400).contentType(PROBLEM).body("violations[0].row", equalTo(2)).body("violations[0].column", equalTo(9));
        postCsv("/api/v1/participants/bulk", system, PARTICIPANTS_HEADER + good.repeat(501))
                .statusCode(400).contentType(PROBLEM).body("violations[0].row", equalTo(502))
                .body("violations[0].message", equalTo("holds at most 500 rows besides the header"));
        postCsv("/api/v1/participants/bulk", system, "").statusCode(400).contentType(PROBLEM)
                .body("violations[0].message", containsString("has no header row"));
        as("programme-manager", system).contentType("text/csv")
                .body((PARTICIPANTS_HEADER + good.replace("Asha", "Zoë")).getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/v1/participants/bulk").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].message", containsString("is not UTF-8"));
        String tooLarge = PARTICIPANTS_HEADER + good.replace(",\r\n", "," + "x".repeat(1024 * 1024) + "\r\n");
        postCsv("/api/v1/participants/bulk", system, tooLarge).statusCode(413).contentType(PROBLEM);
        as("programme-manager", system).get("/api/v1/participants?system=" + system).then().body("items", hasSize(0));
    }

    @Test
    void eachTemplateIsAHeaderAndAnExampleRowThatTheImportReads() {
        String system = newSystem();
        for (String template : List.of("/api/v1/participants/bulk/template", "/api/v1/enrolments/bulk/template",
                "/api/v1/sessions/" + session(system, cohort(system, programme(system).create(), 10), LocalDate.of(2026, 2, 1))
                        + "/attendance/template")) {
            String file = as("integrator", system).accept("text/csv").get(template).then().statusCode(200)
                    .contentType(startsWith("text/csv")).header("Content-Disposition", startsWith("attachment; filename="))
                    .extract().asString();
            String[] lines = file.split("\r\n");
            assertEquals(2, lines.length, template);
            assertEquals(BOM, lines[0].substring(0, 1), template);
        }
        String header = as("integrator", system).accept("text/csv").get("/api/v1/participants/bulk/template").asString().split("\r\n")[0];
        assertEquals(BOM + PARTICIPANTS_HEADER.strip(), header);
        as("integrator", system).accept("text/csv").get("/api/v1/sessions/" + UUID.randomUUID() + "/attendance/template")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theOpenApiDocumentShowsTheCsvFormWithItsExample() {
        io.restassured.path.json.JsonPath doc = io.restassured.RestAssured.given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String operation : List.of("'/api/v1/participants/bulk'.post", "'/api/v1/enrolments/bulk'.post",
                "'/api/v1/sessions/{id}/attendance'.put")) {
            String path = "paths." + operation + ".requestBody.content";
            assertEquals(true, doc.getMap(path).containsKey("application/json"), operation);
            assertEquals(true, doc.getMap(path).containsKey("text/csv"), operation);
            assertEquals(true, doc.getString("paths." + operation + ".description").contains("As text/csv"), operation + " says so");
        }
        String documented = doc.getString("paths.'/api/v1/participants/bulk'.post.requestBody.content.'text/csv'.examples.participants.value");
        String template = as("integrator", newSystem()).accept("text/csv").get("/api/v1/participants/bulk/template").asString();
        assertEquals(BOM + documented, template);
    }

    private static ValidatableResponse postCsv(String path, String system, String csv) {
        return as("programme-manager", system).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(path).then();
    }

    private static String row(String... cells) {
        return String.join(",", cells) + "\r\n";
    }

    private static String fresh() {
        return UUID.randomUUID() + "@example.nhs.uk";
    }
}
