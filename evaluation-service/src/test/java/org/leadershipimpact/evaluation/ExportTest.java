package org.leadershipimpact.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicWriter;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ExportTest {

    private static final String SECRET = "test-only-pseudonym-secret-not-for-real-data";
    private static TopicWriter kafka;

    @Inject
    AgroalDataSource database;

    @BeforeAll
    static void connect() {
        kafka = new TopicWriter();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }


    private static String export(String role, String system, String dataset, String accept, String query) {
        return given().header("Authorization", TestTokens.bearer(role, system)).accept(accept)
                .get("/api/v1/evaluation/exports/" + dataset + query).then().statusCode(200).extract().asString();
    }

    @Test
    void participantsLeaveAsStablePseudonymsKeyedWithTheDeploymentSecret() throws Exception {
        Story story = Fixtures.told(kafka);
        String csv = export("analyst", story.system, "participants", "text/csv", "");
        List<String> lines = csv.lines().toList();
        assertEquals("participant_pseudonym,system_code,profession,sector,organisation_id,organisation,organisation_type,registered_at",
                lines.get(0));
        assertEquals(5, lines.size(), csv);
        Set<String> pseudonyms = lines.stream().skip(1).map(l -> l.split(",")[0]).collect(Collectors.toSet());
        Set<String> expected = Arrays.stream(story.participants).map(ExportTest::hmac).collect(Collectors.toSet());
        assertEquals(expected, pseudonyms);
        for (UUID participant : story.participants) {
            assertFalse(csv.contains(participant.toString()), "no participant id leaves the service");
        }
        assertEquals(csv, export("analyst", story.system, "participants", "text/csv", ""), "the same pseudonyms every time");

        String ndjson = export("analyst", story.system, "enrolments", "application/x-ndjson", "");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = ndjson.lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
        assertEquals(4, rows.size());
        assertTrue(expected.contains(rows.get(0).get("participant_pseudonym").asText()), "the same pseudonym in every dataset");
        JsonNode completed = rows.stream().filter(r -> r.get("status").asText().equals("COMPLETED")).findFirst().orElseThrow();
        assertEquals(40, completed.get("credits").asInt());
        assertTrue(completed.get("attendance_rate_percent").isNumber());
    }

    @Test
    void filtersNarrowTheRowsAndAnotherSystemSeesNone() {
        Story story = Fixtures.told(kafka);
        assertEquals(3, export("analyst", story.system, "enrolments", "text/csv", "?cohort=" + story.cohort1).lines().count());
        assertEquals(5, export("analyst", story.system, "enrolments", "text/csv", "?programme=" + story.programme).lines().count());
        assertEquals(6, export("analyst", story.system, "attendance", "text/csv", "?programme=" + story.programme).lines().count());
        // sessions on 1, 2 and 3 March 2026: from the 2nd leaves the marks at sessions 2 and 3
        assertEquals(4, export("analyst", story.system, "attendance", "text/csv",
                "?programme=" + story.programme + "&from=2026-03-02&to=2026-03-31").lines().count());
        assertEquals(3, export("analyst", story.system, "data-points", "text/csv", "?system=" + story.system).lines().count());
        assertEquals(3, export("analyst", story.system, "benefits", "text/csv", "").lines().count());
        assertEquals(2, export("analyst", story.system, "projects", "text/csv", "").lines().count());
        assertEquals(2, export("analyst", story.system, "measures", "text/csv", "").lines().count());
        assertEquals(1, export("analyst", "ELSEWHERE", "enrolments", "text/csv", "?programme=" + story.programme).lines().count());
        assertEquals(1, export("analyst", "ELSEWHERE", "enrolments", "text/csv", "?system=" + story.system).lines().count());
        assertEquals("", export("analyst", "ELSEWHERE", "enrolments", "application/x-ndjson", ""));
    }

    @Test
    void responsesLeaveWithoutFreeTextWhichMayNamePeople() {
        Story story = Fixtures.told(kafka);
        String instrument = given().header("Authorization", TestTokens.bearer("programme-manager", story.system)).contentType("application/json")
                .body("""
                        {"programmeId":"%s","title":"Follow-up","kirkpatrickLevel":3,"audience":"LINE_MANAGERS","timing":"FOLLOW_UP",
                         "respondents":"IDENTIFIED","questions":[{"code":"B1","text":"Leads change across organisations","type":"LIKERT_5"},
                         {"code":"B2","text":"Example","type":"FREE_TEXT"}]}""".formatted(story.programme))
                .post("/api/v1/evaluation/instruments").then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearer("integrator", story.system)).contentType("application/json")
                .body("{\"enrolmentId\":\"" + story.enrolments[0] + "\",\"answers\":[{\"question\":\"B1\",\"number\":4},"
                        + "{\"question\":\"B2\",\"text\":\"Dr Jane Example, jane@example.org, now chairs the network\"}]}")
                .post("/api/v1/evaluation/instruments/" + instrument + "/responses").then().statusCode(201);
        String csv = export("analyst", story.system, "responses", "text/csv", "?programme=" + story.programme);
        assertEquals(3, csv.lines().count(), csv);
        assertFalse(csv.contains("Jane"), csv);
        assertFalse(csv.contains("example.org"), csv);
        assertTrue(csv.contains(hmac(story.participants[0])), "the respondent appears by pseudonym");
    }

    @Test
    void badRequestsAreProblems() {
        given().header("Authorization", TestTokens.bearer("analyst", "ANY")).accept("text/csv")
                .get("/api/v1/evaluation/exports/salaries").then().statusCode(404).contentType("application/problem+json")
                .body("datasets", org.hamcrest.Matchers.hasItem("data-points"));
        given().header("Authorization", TestTokens.bearer("analyst", "ANY")).accept("text/csv")
                .get("/api/v1/evaluation/exports/enrolments?from=2026-02-01&to=2026-01-01").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("analyst", "ANY")).accept("text/csv")
                .get("/api/v1/evaluation/exports/enrolments?from=yesterday").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("integrator", "ANY")).accept("text/csv")
                .get("/api/v1/evaluation/exports/enrolments").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("analyst", "ANY")).accept("application/xml")
                .get("/api/v1/evaluation/exports/enrolments").then().statusCode(406)
                .contentType(containsString("application/problem+json"));
    }

    /**
     * A million data points: the first rows arrive while the rest are still in the database (the query
     * is open in pg_stat_activity and the heap holds no more than a batch), and the heap does not grow
     * with the export. Reading all rows before sending, as a driver does without a fetch size, fails
     * both (measured: 220 MiB).
     */
    @Test
    void aMillionRowExportStreamsInConstantMemory() throws Exception {
        String system = Fixtures.newSystem();
        int rows = 1_000_000;
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO data_point_fact (measure_id, period, value, system_code, event_time)
                     SELECT m.id, DATE '2000-01-01' + d, d * 0.5, ?, now()
                     FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, ?)) m, generate_series(0, 999) d
                     """)) {
            insert.setString(1, system);
            insert.setInt(2, rows / 1000);
            assertEquals(rows, insert.executeUpdate());
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = heapAfterCollection(memory);
        HttpURLConnection http = (HttpURLConnection) URI.create("http://localhost:" + RestAssured.port
                + "/api/v1/evaluation/exports/data-points?system=" + system).toURL().openConnection();
        http.setRequestProperty("Authorization", TestTokens.bearer("analyst", system));
        http.setRequestProperty("Accept", "text/csv");
        long lines = 0;
        long highest = 0;
        long firstBytes;
        try (BufferedReader body = new BufferedReader(new InputStreamReader(http.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals(200, http.getResponseCode());
            assertTrue(body.readLine().startsWith("measure_id,"), "the header comes first");
            firstBytes = System.nanoTime();
            // the query's transaction is open, and the rows are not in this JVM: they are still in the database
            assertEquals(1, runningExports(), "the first rows arrived while the export query was still open");
            long atFirstRow = heapAfterCollection(memory) - baseline;
            assertTrue(atFirstRow < 48L * 1024 * 1024, "when the first row arrived the heap had grown by "
                    + atFirstRow / (1024 * 1024) + " MiB: the rows were read before any was sent");
            highest = atFirstRow;
            String line;
            while ((line = body.readLine()) != null) {
                lines++;
                if (lines % 200_000 == 0) {
                    highest = Math.max(highest, heapAfterCollection(memory) - baseline);
                }
                if (lines == 1) {
                    assertTrue(line.endsWith(",0"), "a data point row: " + line);
                }
            }
        }
        long lastBytes = System.nanoTime();
        assertEquals(rows, lines);
        assertEquals(0, runningExports(), "the query ended with the export");
        long mebibytes = highest / (1024 * 1024);
        // informational only (no timed assertions in tests): recorded in the issue notes
        System.out.printf("1,000,000-row export: heap grew at most %d MiB; the rest of the rows took %d ms after the first%n",
                mebibytes, (lastBytes - firstBytes) / 1_000_000);
        // the export is over 80 MB of text; held in memory it would be several times that as Java strings
        assertTrue(mebibytes < 48, "heap grew by " + mebibytes + " MiB during the export");
    }

    private long runningExports() throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT count(*) FROM pg_stat_activity
                     WHERE query LIKE '/* export:data-points */%' AND state IN ('active', 'idle in transaction') AND pid <> pg_backend_pid()
                     """);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long heapAfterCollection(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    static String hmac(UUID participant) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] id = ByteBuffer.allocate(16).putLong(participant.getMostSignificantBits())
                    .putLong(participant.getLeastSignificantBits()).array();
            return HexFormat.of().formatHex(mac.doFinal(id));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
