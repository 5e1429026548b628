package org.leadershipimpact.systemtests;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * A system of its own with one open programme and one cohort, filled through the bulk endpoints: a
 * quick way to put thousands of events on the stream (each person registered, each enrolment and each
 * attendance mark is one event), counted apart from every other system's.
 */
final class BulkCohort {

    static final int PEOPLE_PER_CALL = 500;
    static final int MARKS_PER_CALL = 1000;

    final String system;
    final String cohort;
    final List<String> sessions = new ArrayList<>();
    private final RunningStack stack;
    private final String token;
    private final String organisation;

    private BulkCohort(RunningStack stack, String token, String system, int capacity, int sessions) {
        this.stack = stack;
        this.token = token;
        this.system = system;
        post("/api/v1/systems", "{\"code\":\"%s\",\"name\":\"Fault scenario %s\",\"kind\":\"ICS\"}".formatted(system, system));
        organisation = id(post("/api/v1/organisations", "{\"systemCode\":\"%s\",\"name\":\"Trust\",\"type\":\"NHS_TRUST\"}".formatted(system)));
        String programme = id(post("/api/v1/programmes", """
                {"systemCode":"%s","title":"Programme","kind":"SYSTEM_LEADERSHIP","capacity":%d}""".formatted(system, capacity)));
        request().body("{\"status\":\"OPEN\"}").put("/api/v1/programmes/" + programme + "/status").then().statusCode(200);
        cohort = id(post("/api/v1/cohorts", "{\"programmeId\":\"%s\",\"name\":\"Cohort\",\"capacity\":%d}".formatted(programme, capacity)));
        for (int s = 0; s < sessions; s++) {
            this.sessions.add(id(post("/api/v1/sessions", """
                    {"cohortId":"%s","title":"Day %d","kind":"WORKSHOP","date":"2026-03-%02d"}""".formatted(cohort, s + 1, s + 1))));
        }
    }

    static BulkCohort register(RunningStack stack, String token, String system, int capacity, int sessions) {
        return new BulkCohort(stack, token, system, capacity, sessions);
    }

    /** Registers {@code count} people, 500 a call; their ids in order. */
    List<String> registerPeople(int count) {
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < count; from += PEOPLE_PER_CALL) {
            ids.addAll(post("/api/v1/participants/bulk", "{\"participants\":[" + String.join(",", people(from, Math.min(count, from + PEOPLE_PER_CALL)))
                    + "]}").jsonPath().getList("participants.id"));
        }
        return ids;
    }

    /** The JSON of people {@code from} (inclusive) to {@code to}, named by their number so that they can be found again. */
    List<String> people(int from, int to) {
        List<String> people = new ArrayList<>();
        for (int i = from; i < to; i++) {
            people.add("""
                    {"systemCode":"%s","givenName":"Fictional","familyName":"Person %d","email":"p%d.%s@example.org",
                     "profession":"%s","sector":"NHS_ACUTE","organisationId":"%s"}"""
                    .formatted(system, i, i, system.toLowerCase(Locale.ROOT), i % 2 == 0 ? "GP" : "NURSE", organisation));
        }
        return people;
    }

    /** The body enrolling {@code participants} in the cohort. */
    String enrolments(List<String> participants) {
        List<String> places = participants.stream()
                .map(p -> "{\"participantId\":\"%s\",\"cohortId\":\"%s\",\"pathway\":\"CORE\"}".formatted(p, cohort)).toList();
        return "{\"enrolments\":[" + String.join(",", places) + "]}";
    }

    /** Enrols {@code participants}, 500 a call; the enrolments' ids in order. */
    List<String> enrol(List<String> participants) {
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < participants.size(); from += PEOPLE_PER_CALL) {
            ids.addAll(post("/api/v1/enrolments/bulk", enrolments(participants.subList(from, Math.min(participants.size(), from + PEOPLE_PER_CALL))))
                    .jsonPath().getList("enrolments.id"));
        }
        return ids;
    }

    /** The body of a register marking {@code enrolments} present. */
    static String marksPresent(List<String> enrolments) {
        List<String> marks = enrolments.stream().map(e -> "{\"enrolmentId\":\"%s\",\"mark\":\"PRESENT\"}".formatted(e)).toList();
        return "{\"marks\":[" + String.join(",", marks) + "]}";
    }

    /** Marks {@code enrolments} present at every session, 1,000 marks a call. */
    void markEverySession(List<String> enrolments) {
        for (String session : sessions) {
            for (int from = 0; from < enrolments.size(); from += MARKS_PER_CALL) {
                request().body(marksPresent(enrolments.subList(from, Math.min(enrolments.size(), from + MARKS_PER_CALL))))
                        .put("/api/v1/sessions/" + session + "/attendance").then().statusCode(200);
            }
        }
    }

    /** People registered, enrolments and attendance marks evaluation has counted: the events of the stream it applied. */
    long eventsCounted() {
        JsonPath summary = summary();
        return summary == null ? -1 : summary.getLong("participants.total") + summary.getLong("enrolments.total")
                + summary.getLong("attendance.marks");
    }

    /** The system's summary as evaluation serves it, or null while evaluation does not answer (it is restarting). */
    JsonPath summary() {
        String body = summaryText();
        return body == null ? null : JsonPath.from(body);
    }

    String summaryText() {
        try {
            Response answer = request().get("/api/v1/evaluation/systems/" + system + "/summary");
            return answer.statusCode() == 200 ? answer.asString() : null;
        } catch (RuntimeException notAnswering) {
            return null;
        }
    }

    /** Waits until evaluation counts exactly these figures and finds no difference with the producers' records. */
    void awaitExactly(long people, long enrolments, long marks, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        String seen = "nothing yet";
        do {
            JsonPath summary = summary();
            if (summary != null) {
                seen = Map.of("participants", summary.getLong("participants.total"), "enrolments", summary.getLong("enrolments.total"),
                        "marks", summary.getLong("attendance.marks")).toString();
                if (summary.getLong("participants.total") == people && summary.getLong("enrolments.total") == enrolments
                        && summary.getLong("attendance.marks") == marks && differences().isEmpty()) {
                    return;
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("evaluation did not count %d people, %d enrolments and %d marks of %s within %s: it counts %s; differences %s"
                .formatted(people, enrolments, marks, system, patience, seen, differences()));
    }

    /** Where evaluation's figures for the system differ from those the producers compute from their records. */
    List<Object> differences() {
        try {
            Response answer = request().get("/api/v1/evaluation/consistency?system=" + system);
            return answer.statusCode() == 200 ? answer.jsonPath().getList("[0].differences") : List.of("consistency answered " + answer.statusCode());
        } catch (RuntimeException notAnswering) {
            return List.of("evaluation does not answer: " + notAnswering.getMessage());
        }
    }

    RequestSpecification request() {
        return stack.as(token).contentType("application/json");
    }

    private Response post(String path, String body) {
        Response answer = request().body(body).post(path);
        if (answer.statusCode() != 201) {
            throw new AssertionError("POST " + path + " answered " + answer.statusCode() + ": " + answer.asString());
        }
        return answer;
    }

    private static String id(Response answer) {
        return answer.jsonPath().getString("id");
    }
}
