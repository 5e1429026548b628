package org.leadershipimpact.programmes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.programmes.Fixtures.Person;
import org.leadershipimpact.testsupport.TestTokens;
import org.leadershipimpact.testsupport.TopicReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadershipimpact.programmes.Fixtures.PROBLEM;
import static org.leadershipimpact.programmes.Fixtures.as;
import static org.leadershipimpact.programmes.Fixtures.cohort;
import static org.leadershipimpact.programmes.Fixtures.enrol;
import static org.leadershipimpact.programmes.Fixtures.mark;
import static org.leadershipimpact.programmes.Fixtures.newSystem;
import static org.leadershipimpact.programmes.Fixtures.organisation;
import static org.leadershipimpact.programmes.Fixtures.programme;
import static org.leadershipimpact.programmes.Fixtures.session;

/**
 * A participant's right to erasure (UK GDPR Article 17): their names, e-mail and job title leave every
 * table, stored answer and event; the pseudonymous facts (ids, enrolments, attendance) and every figure
 * built on them stay exactly as they were.
 */
@QuarkusTest
class ErasureTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Inject
    AgroalDataSource database;

    /** A participant registered in a system of its own, with the data erasure must remove. */
    private record Registered(String system, String organisation, Person person, String id) {

        static Registered anew() {
            String system = newSystem();
            String organisation = Fixtures.organisation(system);
            Person person = Person.unique();
            return new Registered(system, organisation, person, register(system, person, organisation));
        }
    }

    private static String register(String system, Person person, String organisation) {
        return as("programme-manager", system).body(person.json(system, organisation))
                .post("/api/v1/participants").then().statusCode(201).extract().path("id");
    }

    /** As README shows it: a POST with no body and no Content-Type. */
    private static ExtractableResponse<Response> erase(String system, String participant) {
        return given().header("Authorization", TestTokens.bearer("programme-manager", system))
                .post("/api/v1/participants/" + participant + "/erasure").then().statusCode(200).extract();
    }

    @Test
    void erasureAnswersThePlaceholderAndTheDateAndKeepsThePseudonymousFacts() {
        Registered registered = Registered.anew();
        String participant = registered.id();

        LocalDate before = LocalDate.now(ENGLAND);
        var erased = erase(registered.system(), participant);
        LocalDate erasedOn = LocalDate.parse(erased.path("erasedOn"));
        assertTrue(!erasedOn.isBefore(before) && !erasedOn.isAfter(LocalDate.now(ENGLAND)), "erased today: " + erasedOn);

        for (var answer : List.of(erased, as("programme-manager", registered.system()).get("/api/v1/participants/" + participant)
                .then().statusCode(200).extract())) {
            assertEquals(participant, answer.path("id"));
            assertEquals("erased on " + erasedOn, answer.path("givenName"));
            assertEquals("erased on " + erasedOn, answer.path("familyName"));
            assertNull(answer.path("email"));
            assertNull(answer.path("jobTitle"));
            assertEquals(erasedOn.toString(), answer.path("erasedOn"));
            assertEquals("GP", answer.path("profession"));
            assertEquals("NHS_PRIMARY_CARE", answer.path("sector"));
            assertEquals(registered.organisation(), answer.path("organisationId"));
        }
    }

    @Test
    void aParticipantNotErasedReadsBackWithoutAnErasureDate() {
        Registered registered = Registered.anew();
        as("programme-manager", registered.system()).get("/api/v1/participants/" + registered.id()).then().statusCode(200)
                .body("email", equalTo(registered.person().email()))
                .body("$", hasKey("erasedOn"))
                .body("erasedOn", nullValue());
    }

    @Test
    void erasingTwiceChangesNothingAndAnswersTheSame() {
        Registered registered = Registered.anew();
        String participant = registered.id();
        var first = erase(registered.system(), participant);
        var second = as("admin").post("/api/v1/participants/" + participant + "/erasure").then().statusCode(200).extract();
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));

        try (TopicReader events = new TopicReader("programmes.events")) {
            events.await(erasedEvent(participant), 1, Duration.ofSeconds(30));
            assertEquals(1, events.readFor(erasedEvent(participant), Duration.ofSeconds(2)).size(), "one ParticipantErased, however often erased");
        }
    }

    @Test
    void concurrentErasuresAllAnswerTheErasedRecord() {
        Registered registered = Registered.anew();
        var attempts = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(() -> as("programme-manager", registered.system())
                .post("/api/v1/participants/" + registered.id() + "/erasure").then().extract())).toList();
        var answers = attempts.stream().map(CompletableFuture::join).map(r -> r.statusCode() + " " + r.asString()).distinct().toList();
        assertEquals(1, answers.size(), "one answer: " + answers);
        assertTrue(answers.get(0).startsWith("200 "), answers.get(0));
    }

    private static Predicate<TopicReader.Message> erasedEvent(String participant) {
        return m -> m.value().path("type").asText().endsWith(".ParticipantErased.v1")
                && participant.equals(m.value().path("data").path("participantId").asText());
    }

    @Test
    void anErasureNamedAfterThePersonIsCarriedOutAndKeepsNoKeyNamingThem() throws SQLException {
        Registered registered = Registered.anew();
        String key = "erasure/" + registered.person().email();
        String erasure = "/api/v1/participants/" + registered.id() + "/erasure";
        String first = as("programme-manager", registered.system()).header("Idempotency-Key", key).post(erasure)
                .then().statusCode(200).body("email", nullValue()).extract().asString();
        assertEquals(List.of(), findInEveryTable(registered.person().personalData()));
        // the key was forgotten with the e-mail, so a retry is carried out again: erasing again answers the same
        as("programme-manager", registered.system()).header("Idempotency-Key", key).post(erasure)
                .then().statusCode(200).body(equalTo(first));
    }

    @Test
    void theErasedEmailCanBeRegisteredAgain() {
        Registered registered = Registered.anew();
        String system = registered.system();
        String participant = registered.id();
        erase(system, participant);

        String again = register(system, registered.person(), registered.organisation());
        assertFalse(participant.equals(again), "a new registration, not the erased one back");
        as("programme-manager", system).get("/api/v1/participants/" + again).then().statusCode(200)
                .body("email", equalTo(registered.person().email()))
                .body("erasedOn", nullValue());
        as("programme-manager", system).get("/api/v1/participants/" + participant).then().statusCode(200)
                .body("email", nullValue());
    }

    @Test
    void aReplayOfTheRegistrationShowsTheErasedRecordAndRegistersNoOne() {
        String system = newSystem();
        String organisation = organisation(system);
        Person person = Person.unique();
        Person neighbour = Person.unique();
        String key = UUID.randomUUID().toString();
        String bulkKey = UUID.randomUUID().toString();
        String participant = as("programme-manager", system).header("Idempotency-Key", key).body(person.json(system, organisation))
                .post("/api/v1/participants").then().statusCode(201).extract().path("id");
        String bulk = "{\"participants\":[" + neighbour.json(system, organisation) + "," + Person.unique().json(system, organisation) + "]}";
        List<String> bulkIds = as("programme-manager", system).header("Idempotency-Key", bulkKey).body(bulk)
                .post("/api/v1/participants/bulk").then().statusCode(201).extract().path("participants.id");

        erase(system, participant);
        erase(system, bulkIds.get(0));

        String replay = as("programme-manager", system).header("Idempotency-Key", key).body(person.json(system, organisation))
                .post("/api/v1/participants").then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(participant))
                .body("email", nullValue())
                .body("erasedOn", not(nullValue()))
                .extract().asString();
        String bulkReplay = as("programme-manager", system).header("Idempotency-Key", bulkKey).body(bulk)
                .post("/api/v1/participants/bulk").then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("participants.id", equalTo(bulkIds))
                .body("participants[0].email", nullValue())
                .body("participants[1].email", not(nullValue()))
                .extract().asString();
        for (String value : person.personalData()) {
            assertFalse(replay.contains(value), "the replay shows " + value);
        }
        for (String value : neighbour.personalData()) {
            assertFalse(bulkReplay.contains(value), "the bulk replay shows " + value);
        }
        as("programme-manager", system).get("/api/v1/participants?system=" + system).then().body("items", hasSize(3));
    }

    @Test
    void enrolmentsAttendanceAndRatesAreExactlyAsTheyWere() {
        String system = newSystem();
        String organisation = organisation(system);
        String programme = programme(system).threshold(0).create();
        String cohort = cohort(system, programme, 10);
        String held = session(system, cohort, LocalDate.now().minusDays(20));
        String alsoHeld = session(system, cohort, LocalDate.now().minusDays(10));
        String participant = register(system, Person.unique(), organisation);
        String other = register(system, Person.unique(), organisation);
        String enrolment = enrol(system, participant, cohort, "CORE");
        String otherEnrolment = enrol(system, other, cohort, "CORE");
        mark(system, held, enrolment, "PRESENT");
        mark(system, alsoHeld, enrolment, "ABSENT");
        mark(system, held, otherEnrolment, "PRESENT");

        List<String> figures = List.of("/api/v1/cohorts/" + cohort + "/attendance", "/api/v1/enrolments/" + enrolment + "/attendance-rate",
                "/api/v1/enrolments?cohort=" + cohort, "/api/v1/enrolments/" + enrolment, "/api/v1/sessions/" + held + "/attendance",
                "/api/v1/enrolments?participant=" + participant);
        List<String> before = read(system, figures);
        as("programme-manager", system).get("/api/v1/enrolments/" + enrolment + "/attendance-rate").then()
                .body("present", equalTo(1)).body("absent", equalTo(1)).body("ratePercent", equalTo(50.0f));

        erase(system, participant);

        assertEquals(before, read(system, figures));
    }

    private static List<String> read(String system, List<String> paths) {
        return paths.stream().map(path -> as("programme-manager", system).get(path).then().statusCode(200).extract().asString()).toList();
    }

    @Test
    void aProgrammeManagerOfAnotherSystemIsToldThereIsNoSuchParticipant() {
        Registered registered = Registered.anew();
        String participant = registered.id();
        as("programme-manager", newSystem()).post("/api/v1/participants/" + participant + "/erasure").then()
                .statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://leadershipimpact.org/problems/not-found"))
                .body("detail", equalTo("Participant " + participant + " does not exist"));
        as("programme-manager", registered.system()).get("/api/v1/participants/" + participant).then().body("erasedOn", nullValue());
    }

    @Test
    void analystsProjectLeadsAndIntegratorsMayNotErase() {
        Registered registered = Registered.anew();
        for (String role : List.of("analyst", "project-lead", "integrator")) {
            as(role, registered.system()).post("/api/v1/participants/" + registered.id() + "/erasure").then().statusCode(403).contentType(PROBLEM);
        }
        as("programme-manager", registered.system()).get("/api/v1/participants/" + registered.id()).then().body("erasedOn", nullValue());
    }

    @Test
    void anErasedParticipantCannotBeGivenANameAgain() {
        Registered registered = Registered.anew();
        String system = registered.system();
        String etag = erase(system, registered.id()).header("ETag");
        as("programme-manager", system).header("If-Match", etag).body(registered.person().json(system, registered.organisation()))
                .put("/api/v1/participants/" + registered.id()).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://leadershipimpact.org/problems/erased"));
        as("programme-manager", system).get("/api/v1/participants/" + registered.id()).then().body("email", nullValue());
    }

    @Test
    void afterErasureNoTableNoEventAndNoLogHoldsTheNameOrEmail() throws SQLException {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (logged) {
                    logged.add(new SimpleFormatter().format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Person person = Person.unique();
        Person renamed = Person.unique();
        List<String> everything = new ArrayList<>(person.personalData());
        everything.addAll(renamed.personalData());
        Logger.getLogger("").addHandler(capture);
        try {
            // what the service's own loggers write reaches the handler
            org.jboss.logging.Logger.getLogger(org.leadershipimpact.programmes.service.ParticipantService.class).info("erasure test probe");
            String system = newSystem();
            String organisation = organisation(system);
            String programme = programme(system).threshold(0).create();
            String cohort = cohort(system, programme, 10);
            String held = session(system, cohort, LocalDate.now().minusDays(3));
            // registered in bulk under a key that names them, as the demo loader's keys do
            String participant = as("programme-manager", system).header("Idempotency-Key", "participants/" + system + "/" + person.email() + "/1")
                    .body("{\"participants\":[" + person.json(system, organisation) + "]}")
                    .post("/api/v1/participants/bulk").then().statusCode(201).extract().path("participants[0].id");
            String etag = as("programme-manager", system).get("/api/v1/participants/" + participant).then().extract().header("ETag");
            as("programme-manager", system).header("If-Match", etag).body(renamed.json(system, organisation))
                    .put("/api/v1/participants/" + participant).then().statusCode(200);
            String enrolment = enrol(system, participant, cohort, "CORE");
            mark(system, held, enrolment, "PRESENT");
            // refused requests that carry the person's data are not logged either
            as("programme-manager", system).body(renamed.json(system, organisation)).post("/api/v1/participants").then().statusCode(422);
            as("programme-manager", system).body(renamed.json(system, organisation).replace("\"GP\"", "\"ASTRONAUT\""))
                    .post("/api/v1/participants").then().statusCode(400);

            List<String> beforeErasure = findInEveryTable(everything);
            assertTrue(beforeErasure.containsAll(List.of("participant.email: " + renamed.email(),
                    "idempotency_record.idempotency_key: " + person.email(), "idempotency_record.body: " + person.familyName())),
                    "the search finds what is there: " + beforeErasure);

            erase(system, participant);

            assertEquals(List.of(), findInEveryTable(everything));

            try (TopicReader events = new TopicReader("programmes.events")) {
                assertEquals(participant, events.await(erasedEvent(participant), 1, Duration.ofSeconds(30)).get(0).key());
                // the whole outbox of this system reached the topic; every message read so far is searched
                int published = outboxRows(system);
                events.await(m -> system.equals(m.value().path("data").path("systemCode").asText()), published, Duration.ofSeconds(30));
                for (TopicReader.Message message : events.readFor(m -> true, Duration.ZERO)) {
                    for (String value : everything) {
                        assertFalse(message.value().toString().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)),
                                "a message on programmes.events holds " + value);
                    }
                }
            }
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        synchronized (logged) {
            assertTrue(logged.stream().anyMatch(line -> line.contains("erasure test probe")), "the handler hears the service's loggers");
            for (String line : logged) {
                for (String value : everything) {
                    assertFalse(line.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)), "logged: " + line);
                }
            }
        }
    }

    /** Every column of every table, read as text, searched for each value regardless of case: "table.column: value". */
    private List<String> findInEveryTable(List<String> values) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("""
                    SELECT c.table_name, c.column_name FROM information_schema.columns c
                    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'""")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            assertTrue(columns.size() > 50, "every column of every table: " + columns.size());
            for (String[] column : columns) {
                String sql = "SELECT count(*) FROM \"%s\" WHERE strpos(lower(\"%s\"::text), lower(?)) > 0".formatted(column[0], column[1]);
                for (String value : values) {
                    try (PreparedStatement search = connection.prepareStatement(sql)) {
                        search.setString(1, value);
                        try (ResultSet count = search.executeQuery()) {
                            count.next();
                            if (count.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + ": " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private int outboxRows(String system) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM outbox_event WHERE (payload::jsonb -> 'data' ->> 'systemCode') = ?")) {
            count.setString(1, system);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
