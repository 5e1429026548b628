package org.leadershipimpact.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.localinfra.PostgresServer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A participant's erasure across the whole running platform: after they took part (registered,
 * enrolled, attended, led a project, answered a survey) and were exported, their names, e-mail and job
 * title are in no table of any service's database, no message on any topic, no export and no log of
 * any process; and every figure the platform reports is what it was.
 */
class ErasureAcrossThePlatformIT {

    private static final String SYSTEM = "SURREY";
    private static RunningStack stack;
    private static Map<String, String> tokens;

    @BeforeAll
    static void startThePlatform() throws IOException {
        // the topics' reader would otherwise print its whole configuration into the build's output
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        stack = RunningStack.start();
        tokens = stack.tokens();
        as("ADMIN_TOKEN").body("{\"code\":\"SURREY\",\"name\":\"Surrey Heartlands Health and Care Partnership\",\"kind\":\"ICS\"}")
                .post("/api/v1/systems").then().statusCode(201);
    }

    @AfterAll
    static void stopThePlatform() throws Exception {
        stack.stop();
        stack.close();
    }

    private static RequestSpecification as(String token) {
        return stack.as(tokens.get(token)).contentType(ContentType.JSON);
    }

    private static String created(ExtractableResponse<Response> answer) {
        assertEquals(201, answer.statusCode(), answer.asString());
        return answer.path("id");
    }

    @Test
    void anErasedParticipantIsFoundNowhereAndEveryFigureStaysAsItWas() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> personalData = List.of("Perpetua-" + tag, "Quennell-" + tag, "perpetua.quennell." + tag + "@example.org",
                "Head of nursing " + tag);

        String organisation = created(as("MANAGER_TOKEN").body("""
                {"systemCode":"SURREY","name":"Surrey Downs Health and Care","type":"PRIMARY_CARE_NETWORK"}""")
                .post("/api/v1/organisations").then().extract());
        String programme = created(as("MANAGER_TOKEN").body("""
                {"systemCode":"SURREY","title":"Surrey 500","kind":"SYSTEM_LEADERSHIP","completionThresholdPercent":0}""")
                .post("/api/v1/programmes").then().extract());
        as("MANAGER_TOKEN").body("{\"status\":\"OPEN\"}").put("/api/v1/programmes/" + programme + "/status").then().statusCode(200);
        String cohort = created(as("MANAGER_TOKEN").body("{\"programmeId\":\"%s\",\"name\":\"Cohort 1\",\"capacity\":20}".formatted(programme))
                .post("/api/v1/cohorts").then().extract());
        String session = created(as("MANAGER_TOKEN").body("""
                {"cohortId":"%s","title":"Leading across boundaries","kind":"LEADERSHIP_INSIGHT_DAY","date":"%s"}"""
                .formatted(cohort, LocalDate.now().minusDays(7))).post("/api/v1/sessions").then().extract());
        // registered under a key that names them, as the demo loader names its keys
        String participant = created(as("MANAGER_TOKEN").header("Idempotency-Key", "participants/SURREY/" + personalData.get(2))
                .body("""
                        {"systemCode":"SURREY","givenName":"%s","familyName":"%s","email":"%s","profession":"NURSE",
                         "sector":"NHS_COMMUNITY","organisationId":"%s","jobTitle":"%s"}"""
                        .formatted(personalData.get(0), personalData.get(1), personalData.get(2), organisation, personalData.get(3)))
                .post("/api/v1/participants").then().extract());
        String enrolment = created(as("MANAGER_TOKEN").body("{\"participantId\":\"%s\",\"cohortId\":\"%s\"}".formatted(participant, cohort))
                .post("/api/v1/enrolments").then().extract());
        as("MANAGER_TOKEN").body("{\"marks\":[{\"enrolmentId\":\"%s\",\"mark\":\"PRESENT\"}]}".formatted(enrolment))
                .put("/api/v1/sessions/" + session + "/attendance").then().statusCode(200);
        // the other services learn of the participant, programme and enrolment from events: retried until they have
        created(retried(() -> as("MANAGER_TOKEN").body("""
                {"systemCode":"SURREY","title":"Advice and guidance","theme":"PRIMARY_CARE_ACCESS","originProgrammeId":"%s",
                 "leadParticipantIds":["%s"]}""".formatted(programme, participant)).post("/api/v1/projects").then().extract()));
        String instrument = created(retried(() -> as("MANAGER_TOKEN").body("""
                {"programmeId":"%s","title":"End of day feedback","kirkpatrickLevel":1,"audience":"PARTICIPANTS","timing":"AFTER_SESSION",
                 "respondents":"IDENTIFIED","questions":[{"code":"Q1","text":"The day was a good use of my time","type":"LIKERT_5"},
                 {"code":"Q2","text":"What will you do differently?","type":"FREE_TEXT"}]}""".formatted(programme))
                .post("/api/v1/evaluation/instruments").then().extract()));
        created(retried(() -> as("MANAGER_TOKEN").body("""
                {"enrolmentId":"%s","answers":[{"question":"Q1","number":4},{"question":"Q2","text":"Ask the team first"}]}"""
                .formatted(enrolment)).post("/api/v1/evaluation/instruments/" + instrument + "/responses").then().extract()));

        Map<String, String> before = awaited(() -> figures(programme, cohort),
                f -> f.get("export attendance").contains("PRESENT") && f.get("export participants").contains("NURSE"));

        List<String> beforeErasure = inEveryDatabase(personalData);
        assertTrue(beforeErasure.contains("programmes.participant.email: " + personalData.get(2)), "the search finds what is there: " + beforeErasure);

        as("MANAGER_TOKEN").post("/api/v1/participants/" + participant + "/erasure").then().statusCode(200);
        for (String database : List.of("projects", "evaluation")) {
            awaited(() -> appliedErasures(database), applied -> applied == 1);
        }

        Map<String, String> after = figures(programme, cohort);
        assertEquals(before, after, "every figure and export is what it was");
        List<String> found = new ArrayList<>();
        found.addAll(inEveryDatabase(personalData));
        found.addAll(onEveryTopic(personalData));
        found.addAll(in("export", after, personalData));
        found.addAll(in("log", stack.logs(), personalData));
        assertEquals(List.of(), found);
    }

    /** What the platform reports about the programme: its evaluation report, its register, and every analyst export. */
    private static Map<String, String> figures(String programme, String cohort) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("report", as("ANALYST_TOKEN").get("/api/v1/evaluation/programmes/" + programme + "/report").then().statusCode(200)
                .extract().asString());
        figures.put("summary", as("ANALYST_TOKEN").get("/api/v1/evaluation/systems/SURREY/summary").then().statusCode(200)
                .extract().asString());
        figures.put("register", as("MANAGER_TOKEN").get("/api/v1/cohorts/" + cohort + "/attendance").then().statusCode(200)
                .extract().asString());
        for (String dataset : List.of("participants", "enrolments", "attendance", "projects", "responses")) {
            figures.put("export " + dataset, as("ANALYST_TOKEN").accept("text/csv").get("/api/v1/evaluation/exports/" + dataset + "?system=" + SYSTEM)
                    .then().statusCode(200).extract().asString());
        }
        return figures;
    }

    private static <T> T awaited(Supplier<T> ask, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        T answer = ask.get();
        while (!done.test(answer)) {
            assertTrue(Instant.now().isBefore(deadline), "still " + answer);
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            answer = ask.get();
        }
        return answer;
    }

    /** A write that waits for what another service has heard: 422 until it has. */
    private static ExtractableResponse<Response> retried(Supplier<ExtractableResponse<Response>> write) {
        return awaited(write, answer -> answer.statusCode() != 422);
    }

    private static Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + stack.postgresPort + "/" + name, PostgresServer.USER, "");
    }

    private static int appliedErasures(String database) {
        try (Connection connection = database(database);
             ResultSet count = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM applied_event WHERE type LIKE '%.ParticipantErased.v1'")) {
            count.next();
            return count.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every column of every table of every database on the server, read as text: "database.table.column: value". */
    private static List<String> inEveryDatabase(List<String> values) throws SQLException {
        List<String> databases = new ArrayList<>();
        try (Connection connection = database("postgres");
             ResultSet rows = connection.createStatement().executeQuery("SELECT datname FROM pg_database WHERE NOT datistemplate")) {
            while (rows.next()) {
                databases.add(rows.getString(1));
            }
        }
        assertTrue(databases.containsAll(List.of("programmes", "projects", "evaluation")), "every service's database: " + databases);
        List<String> found = new ArrayList<>();
        for (String name : databases) {
            try (Connection connection = database(name)) {
                List<String[]> columns = new ArrayList<>();
                try (ResultSet rows = connection.createStatement().executeQuery("""
                        SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
                        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND t.table_type = 'BASE TABLE'""")) {
                    while (rows.next()) {
                        columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                    }
                }
                for (String[] column : columns) {
                    String sql = "SELECT count(*) FROM \"%s\".\"%s\" WHERE strpos(lower(\"%s\"::text), lower(?)) > 0"
                            .formatted(column[0], column[1], column[2]);
                    for (String value : values) {
                        try (PreparedStatement search = connection.prepareStatement(sql)) {
                            search.setString(1, value);
                            try (ResultSet count = search.executeQuery()) {
                                count.next();
                                if (count.getLong(1) > 0) {
                                    found.add(name + "." + column[1] + "." + column[2] + ": " + value);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every message on the services' topics, from the beginning to the end each partition has now. */
    private static List<String> onEveryTopic(List<String> values) {
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + stack.kafkaPort,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of("programmes.events", "projects.events")) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long total = ends.values().stream().mapToLong(Long::longValue).sum();
            assertTrue(total > 10, "the topics hold the events: " + ends);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            long read = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertTrue(Instant.now().isBefore(deadline), "read " + read + " of " + total + " messages");
                for (ConsumerRecord<String, String> message : consumer.poll(Duration.ofMillis(500))) {
                    read++;
                    for (String value : values) {
                        if (String.valueOf(message.value()).toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))) {
                            found.add(message.topic() + "@" + message.offset() + ": " + value);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> in(String kind, Map<String, String> texts, List<String> values) {
        List<String> found = new ArrayList<>();
        texts.forEach((name, text) -> values.stream().filter(v -> text.toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT)))
                .forEach(v -> found.add(kind + " " + name + ": " + v)));
        return found;
    }
}
