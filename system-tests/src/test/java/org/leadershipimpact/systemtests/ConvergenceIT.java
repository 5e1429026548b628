package org.leadershipimpact.systemtests;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Read models converge: random sequences of at least 200 operations through the gateway (creates,
 * corrections, withdrawals, status changes, points that make and remove SPC signals, changes of
 * direction), each in a system of its own; then, once the events are applied, every figure evaluation
 * serves for the system equals the figure computed from the producers' records
 * ({@code GET /api/v1/evaluation/consistency}), every programme's report counts as improving exactly
 * the measures whose charts show improvement, and the benefits export holds exactly the benefits that
 * stand. jqwik prints each run's seed; a failing sequence is shrunk and printed, and run first next
 * time (its seed is kept in target/jqwik-database), or replay one with {@code @Property(seed = "...")}.
 */
class ConvergenceIT {

    /** jqwik draws chains of up to this many operations, most of them this long or nearly: at least 200 a run, as measured. */
    static final int OPERATIONS = 240;
    private static RunningStack stack;
    private static String admin;

    @BeforeContainer
    static void startThePlatform() throws IOException {
        // a run makes about a thousand calls a minute as one client: more than the gateway's default allows
        stack = RunningStack.start(Map.of("LIP_GATEWAY_RATE_LIMIT_REQUESTS", "1000000"));
        admin = stack.tokens().get("ADMIN_TOKEN");
    }

    @AfterContainer
    static void stopThePlatform() throws InterruptedException {
        if (stack != null) {
            stack.stop();
            stack.close();
        }
    }

    @Property(tries = 2, shrinking = ShrinkingMode.BOUNDED)
    void everyFigureFollowsTheRecordsAfterAnySequenceOfChanges(@ForAll("changes") ActionChain<World> chain) {
        World world = chain.run();
        System.out.println(world);
        world.awaitConsistent(Duration.ofSeconds(60));
        world.checkReportsAndExports();
    }

    /**
     * Issue 14's examples as a user meets them through the gateway: a point corrected, a direction turned, a
     * project renamed and a benefit corrected and withdrawn, each followed by the report and the exports.
     */
    @Example
    void aCorrectedPointTakesItsSignalOutOfTheReportAndCorrectionsReachTheExports() {
        World world = new World(stack, admin);
        String project = world.projects.get(0);
        String programme = world.programmes.get(0);
        String measure = world.id(world.call("POST", "/api/v1/measures", """
                {"projectId":"%s","name":"Referrals seen","kind":"OUTCOME","unit":"referrals","direction":"INCREASE"}"""
                .formatted(project), 201));
        double[] values = {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 30};
        List<String> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add("{\"date\":\"%s\",\"value\":%s}".formatted(LocalDate.of(2024, 1, 1).plusMonths(i), values[i]));
        }
        world.call("POST", "/api/v1/measures/" + measure + "/data-points", "{\"points\":[" + String.join(",", points) + "]}", 200);
        world.awaitReport(programme, "level4.measuresImproving", 1L);

        world.call("POST", "/api/v1/measures/" + measure + "/data-points", "{\"points\":[{\"date\":\"2025-02-01\",\"value\":10.5}]}", 200);
        world.awaitReport(programme, "level4.measuresImproving", 0L);
        world.awaitReport(programme, "level4.spcSignalsByPointType.SPECIAL_CAUSE_IMPROVEMENT", null);

        world.call("POST", "/api/v1/measures/" + measure + "/data-points", "{\"points\":[{\"date\":\"2025-02-01\",\"value\":30}]}", 200);
        world.awaitReport(programme, "level4.measuresImproving", 1L);
        world.call("PUT", "/api/v1/measures/" + measure, """
                {"projectId":"%s","name":"Referrals seen","kind":"OUTCOME","unit":"referrals","direction":"DECREASE"}"""
                .formatted(project), world.etag("/api/v1/measures/" + measure), 200);
        // read the other way, the high point is a concern, and the runs the chart showed as concerns are improvements
        Map<String, Long> shown = new TreeMap<>();
        world.call("GET", "/api/v1/measures/" + measure + "/spc", null, 200).jsonPath().getList("signals.pointType", String.class)
                .forEach(type -> shown.merge(type, 1L, Long::sum));
        assertEquals(1L, shown.get("SPECIAL_CAUSE_CONCERN"), "the high point reads as a concern: " + shown);
        shown.forEach((type, count) -> world.awaitReport(programme, "level4.spcSignalsByPointType." + type, count));

        String benefit = world.id(world.call("POST", "/api/v1/benefits", """
                {"projectId":"%s","category":"FINANCIAL","description":"Released","value":40000000,"unit":"GBP",
                 "periodStart":"2025-04-01","periodEnd":"2026-03-31","cashable":true,"evidenceLevel":"AUDITED"}""".formatted(project), 201));
        world.awaitReport(programme, "level4.benefits[0].value", 40000000);
        world.call("PUT", "/api/v1/benefits/" + benefit, """
                {"projectId":"%s","category":"FINANCIAL","description":"Released","value":4000000,"unit":"GBP",
                 "periodStart":"2025-04-01","periodEnd":"2026-03-31","cashable":true,"evidenceLevel":"AUDITED"}""".formatted(project),
                world.etag("/api/v1/benefits/" + benefit), 200);
        world.awaitReport(programme, "level4.benefits[0].value", 4000000);
        world.call("POST", "/api/v1/benefits/" + benefit + "/withdrawal", "{\"reason\":\"Counted in the system return\"}", 200);
        world.awaitReport(programme, "level4.benefits.size()", 0);

        world.call("PUT", "/api/v1/projects/" + project, world.project(7, world.cohorts.get(0)).replace("Project 7", "Renamed project"),
                world.etag("/api/v1/projects/" + project), 200);
        world.awaitConsistent(Duration.ofSeconds(30));
        String projects = world.call("GET", "/api/v1/evaluation/exports/projects?system=" + world.system, null, "text/csv", 200).asString();
        assertTrue(projects.contains("Renamed project"), projects);
    }

    @Provide
    Arbitrary<ActionChain<World>> changes() {
        return ActionChain.startWith(() -> new World(stack, admin))
                .withAction(3, act("register a project", w -> true, (w, i) -> w.registerProject(i)))
                .withAction(2, act("correct a project", w -> !w.projects.isEmpty(), (w, i) -> w.correctProject(i)))
                .withAction(2, act("move a project on", w -> !w.projects.isEmpty(), (w, i) -> w.moveProjectOn(i)))
                .withAction(1, act("withdraw a project", w -> !w.projects.isEmpty(), (w, i) -> w.withdrawProject(i)))
                .withAction(3, act("define a measure", w -> !w.projects.isEmpty(), (w, i) -> w.defineMeasure(i)))
                .withAction(6, act("record points", w -> !w.measures.isEmpty(), (w, i) -> w.recordPoints(i)))
                .withAction(3, act("correct a point", w -> w.anyPoints(), (w, i) -> w.correctPoint(i)))
                .withAction(2, act("withdraw a point", w -> w.anyPoints(), (w, i) -> w.withdrawPoint(i)))
                .withAction(2, act("turn a measure's direction", w -> !w.measures.isEmpty(), (w, i) -> w.turnMeasure(i)))
                .withAction(1, act("withdraw a measure", w -> !w.measures.isEmpty(), (w, i) -> w.withdrawMeasure(i)))
                .withAction(3, act("record a benefit", w -> !w.projects.isEmpty(), (w, i) -> w.recordBenefit(i)))
                .withAction(2, act("correct a benefit", w -> !w.benefits.isEmpty(), (w, i) -> w.correctBenefit(i)))
                .withAction(1, act("withdraw a benefit", w -> !w.benefits.isEmpty(), (w, i) -> w.withdrawBenefit(i)))
                .withAction(3, act("mark attendance", w -> true, (w, i) -> w.markAttendance(i)))
                .withAction(2, act("move an enrolment on", w -> true, (w, i) -> w.moveEnrolmentOn(i)))
                .withAction(1, act("correct a participant", w -> true, (w, i) -> w.correctParticipant(i)))
                .withMaxTransformations(OPERATIONS);
    }

    /**
     * An operation on the {@code i}th thing of its kind (counted round the list), drawn with a number that
     * also chooses its values: drawn as numbers, not ids, so that a shrunk sequence replays in a fresh system.
     */
    private static Action.Dependent<World> act(String name, java.util.function.Predicate<World> possible,
            BiFunction<World, Integer, String> operation) {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(World world) {
                return possible.test(world);
            }

            @Override
            public Arbitrary<Transformer<World>> transformer(World world) {
                return Arbitraries.integers().between(0, 1_000_000)
                        .map(i -> Transformer.mutate(name + " #" + i, w -> w.log(operation.apply(w, i))));
            }
        };
    }

    /** One system and what the run has made in it, by id, as the API answered. */
    static final class World {

        private static final String[] THEMES = {"COPD", "HEART_FAILURE", "DIABETES", "FRAILTY"};
        private static final String[] PROFESSIONS = {"GP", "NURSE", "PHARMACIST", "MANAGER"};
        private static final String[] CATEGORIES = {"FINANCIAL", "CAPACITY", "ACTIVITY"};
        private static final String[] UNITS = {"GBP", "bed nights", "referrals"};
        private static final String[] EVIDENCE = {"SELF_REPORTED", "AUDITED"};
        private static final List<String> STAGES = List.of("IDEA", "SCOPING", "IMPLEMENTATION", "SUSTAINING", "CLOSED");
        private static final LocalDate JANUARY = LocalDate.of(2024, 1, 1);

        record Measure(String id, String projectId, Map<LocalDate, Double> points) {
        }

        private final RunningStack stack;
        private final String token;
        final String system = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        final List<String> programmes = new ArrayList<>();
        final List<String[]> cohorts = new ArrayList<>();
        final List<String> participants = new ArrayList<>();
        final List<String> enrolments = new ArrayList<>();
        final Map<String, String> enrolmentStatus = new HashMap<>();
        final List<String[]> sessions = new ArrayList<>();
        final List<String> projects = new ArrayList<>();
        final List<Measure> measures = new ArrayList<>();
        final List<String> benefits = new ArrayList<>();
        private String organisation;
        private final List<String> done = new ArrayList<>();

        World(RunningStack stack, String token) {
            this.stack = stack;
            this.token = token;
            call("POST", "/api/v1/systems", "{\"code\":\"%s\",\"name\":\"Convergence %s\",\"kind\":\"ICS\"}".formatted(system, system), 201);
            organisation = id(call("POST", "/api/v1/organisations",
                    "{\"systemCode\":\"%s\",\"name\":\"Trust\",\"type\":\"NHS_TRUST\"}".formatted(system), 201));
            for (int p = 0; p < 2; p++) {
                String programme = id(call("POST", "/api/v1/programmes", """
                        {"systemCode":"%s","title":"Programme %d","kind":"SYSTEM_LEADERSHIP","capacity":100,
                         "funding":{"amountPence":%d,"currency":"GBP","source":"Fund %d"}}""".formatted(system, p, 1_000_000 * (p + 1), p), 201));
                call("PUT", "/api/v1/programmes/" + programme + "/status", "{\"status\":\"OPEN\"}", 200);
                programmes.add(programme);
            }
            for (int c = 0; c < 3; c++) {
                String programme = programmes.get(c < 2 ? 0 : 1);
                String cohort = id(call("POST", "/api/v1/cohorts",
                        "{\"programmeId\":\"%s\",\"name\":\"Cohort %d\",\"capacity\":50}".formatted(programme, c), 201));
                cohorts.add(new String[] {programme, cohort});
                sessions.add(new String[] {cohort, id(call("POST", "/api/v1/sessions", """
                        {"cohortId":"%s","title":"Day %d","kind":"WORKSHOP","date":"2026-03-0%d"}""".formatted(cohort, c, c + 1), 201))});
            }
            List<String> people = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                people.add("""
                        {"systemCode":"%s","givenName":"Fictional","familyName":"Person %d","email":"p%d.%s@example.org",
                         "profession":"%s","sector":"NHS_ACUTE","organisationId":"%s"}"""
                        .formatted(system, i, i, system.toLowerCase(Locale.ROOT), PROFESSIONS[i % PROFESSIONS.length], organisation));
            }
            participants.addAll(call("POST", "/api/v1/participants/bulk", "{\"participants\":[" + String.join(",", people) + "]}", 201)
                    .jsonPath().getList("participants.id"));
            List<String> places = new ArrayList<>();
            for (int i = 0; i < participants.size(); i++) {
                places.add("{\"participantId\":\"%s\",\"cohortId\":\"%s\",\"pathway\":\"CORE\"}"
                        .formatted(participants.get(i), cohorts.get(i % cohorts.size())[1]));
            }
            enrolments.addAll(call("POST", "/api/v1/enrolments/bulk", "{\"enrolments\":[" + String.join(",", places) + "]}", 201)
                    .jsonPath().getList("enrolments.id"));
            enrolments.forEach(e -> enrolmentStatus.put(e, "ENROLLED"));
            // projects-service learns of programmes, cohorts and people from their events: wait until it knows the last of them
            Instant deadline = Instant.now().plusSeconds(30);
            while (registerProject(0).startsWith("refused")) {
                if (Instant.now().isAfter(deadline)) {
                    fail("projects-service did not learn of system " + system + "'s programmes within 30 s");
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }

        void log(String what) {
            done.add(what);
        }

        @Override
        public String toString() {
            return "system " + system + " after " + done.size() + " operations";
        }

        // ---- projects-service

        String registerProject(int i) {
            String[] cohort = cohorts.get(i % cohorts.size());
            Response answer = call("POST", "/api/v1/projects", project(i, cohort), 201, 422);
            if (answer.statusCode() == 422) {
                return "refused: " + answer.asString();
            }
            projects.add(id(answer));
            return "registered project " + projects.get(projects.size() - 1);
        }

        String project(int i, String[] cohort) {
            return """
                    {"systemCode":"%s","title":"Project %d","theme":"%s","originProgrammeId":"%s","originCohortId":"%s",
                     "leadParticipantIds":["%s"]}""".formatted(system, i, THEMES[i % THEMES.length], cohort[0], cohort[1],
                    participants.get(i % participants.size()));
        }

        String correctProject(int i) {
            String project = pick(projects, i);
            String[] cohort = cohorts.get(i / 7 % cohorts.size());
            call("PUT", "/api/v1/projects/" + project, project(i / 3, cohort), etag("/api/v1/projects/" + project), 200);
            return "corrected project " + project + " into cohort " + cohort[1];
        }

        String moveProjectOn(int i) {
            String project = pick(projects, i);
            String stage = call("GET", "/api/v1/projects/" + project, null, 200).jsonPath().getString("stage");
            int at = STAGES.indexOf(stage);
            if (at < 0 || at == STAGES.size() - 1) {
                return "project " + project + " at " + stage + " stays";
            }
            call("PUT", "/api/v1/projects/" + project + "/stage", "{\"stage\":\"" + STAGES.get(at + 1) + "\"}", 200);
            return "moved project " + project + " to " + STAGES.get(at + 1);
        }

        String withdrawProject(int i) {
            String project = pick(projects, i);
            Response answer = call("POST", "/api/v1/projects/" + project + "/withdrawal", reason(), 200, 409);
            if (answer.statusCode() == 200) {
                projects.remove(project);
            }
            return "withdrew project " + project + ": " + answer.statusCode();
        }

        String defineMeasure(int i) {
            String project = pick(projects, i);
            String measure = id(call("POST", "/api/v1/measures", """
                    {"projectId":"%s","name":"Measure %d","kind":"OUTCOME","unit":"patients","direction":"%s","target":%d}"""
                    .formatted(project, i, i % 2 == 0 ? "INCREASE" : "DECREASE", 8 + i % 6), 201));
            measures.add(new Measure(measure, project, new TreeMap<>()));
            return "defined measure " + measure;
        }

        /** Points mostly around 10, now and then far off: enough to make signals, and corrections to take them away. */
        String recordPoints(int i) {
            Measure measure = pick(measures, i);
            int count = 1 + i % 12;
            int start = measure.points().size();
            List<String> points = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                LocalDate period = JANUARY.plusMonths(start + k);
                double value = value(i, k);
                points.add("{\"date\":\"%s\",\"value\":%s}".formatted(period, value));
                measure.points().put(period, value);
            }
            call("POST", "/api/v1/measures/" + measure.id() + "/data-points", "{\"points\":[" + String.join(",", points) + "]}", 200);
            return "recorded " + count + " points of " + measure.id();
        }

        private static double value(int i, int k) {
            int draw = (i / 13 + k * 7919) % 20;
            return draw == 0 ? 30 : draw == 1 ? 0.5 : 10 + (draw % 3) * 0.5;
        }

        boolean anyPoints() {
            return measures.stream().anyMatch(m -> !m.points().isEmpty());
        }

        String correctPoint(int i) {
            Measure measure = pick(measures.stream().filter(m -> !m.points().isEmpty()).toList(), i);
            LocalDate period = pick(new ArrayList<>(measure.points().keySet()), i / 5);
            double value = value(i / 3, 1);
            call("POST", "/api/v1/measures/" + measure.id() + "/data-points",
                    "{\"points\":[{\"date\":\"%s\",\"value\":%s}]}".formatted(period, value), 200);
            measure.points().put(period, value);
            return "corrected " + period + " of " + measure.id() + " to " + value;
        }

        String withdrawPoint(int i) {
            Measure measure = pick(measures.stream().filter(m -> !m.points().isEmpty()).toList(), i);
            LocalDate period = pick(new ArrayList<>(measure.points().keySet()), i / 5);
            call("POST", "/api/v1/measures/" + measure.id() + "/data-points/withdrawal",
                    "{\"periods\":[\"%s\"],\"reason\":\"Recorded by mistake\"}".formatted(period), 200);
            measure.points().remove(period);
            return "withdrew " + period + " of " + measure.id();
        }

        String turnMeasure(int i) {
            Measure measure = pick(measures, i);
            JsonPath current = call("GET", "/api/v1/measures/" + measure.id(), null, 200).jsonPath();
            String direction = current.getString("direction").equals("INCREASE") ? "DECREASE" : "INCREASE";
            call("PUT", "/api/v1/measures/" + measure.id(), """
                    {"projectId":"%s","name":"Measure %d","kind":"OUTCOME","unit":"patients","direction":"%s","target":%d}"""
                    .formatted(measure.projectId(), i, direction, 8 + i % 6), etag("/api/v1/measures/" + measure.id()), 200);
            return "turned " + measure.id() + " to " + direction;
        }

        String withdrawMeasure(int i) {
            Measure measure = pick(measures, i);
            call("POST", "/api/v1/measures/" + measure.id() + "/withdrawal", reason(), 200);
            measures.remove(measure);
            return "withdrew measure " + measure.id();
        }

        String recordBenefit(int i) {
            String project = pick(projects, i);
            benefits.add(id(call("POST", "/api/v1/benefits", benefit(project, i), 201)));
            return "recorded a benefit of " + project;
        }

        private static String benefit(String project, int i) {
            return """
                    {"projectId":"%s","category":"%s","description":"What it achieved","value":%d,"unit":"%s",
                     "periodStart":"2025-04-01","periodEnd":"2026-03-31","cashable":%s,"evidenceLevel":"%s"}"""
                    .formatted(project, CATEGORIES[i % 3], 1000 + i % 50_000, UNITS[i % 3], i % 2 == 0, EVIDENCE[i / 3 % 2]);
        }

        String correctBenefit(int i) {
            String benefit = pick(benefits, i);
            String project = call("GET", "/api/v1/benefits/" + benefit, null, 200).jsonPath().getString("projectId");
            call("PUT", "/api/v1/benefits/" + benefit, benefit(project, i / 7), etag("/api/v1/benefits/" + benefit), 200);
            return "corrected benefit " + benefit;
        }

        String withdrawBenefit(int i) {
            String benefit = pick(benefits, i);
            call("POST", "/api/v1/benefits/" + benefit + "/withdrawal", reason(), 200);
            benefits.remove(benefit);
            return "withdrew benefit " + benefit;
        }

        // ---- programmes-service

        String markAttendance(int i) {
            String[] session = pick(sessions, i);
            String mark = List.of("PRESENT", "ABSENT", "APOLOGIES").get(i / 3 % 3);
            List<String> marks = new ArrayList<>();
            for (int e = 0; e < enrolments.size(); e++) {
                if (e % cohorts.size() == sessions.indexOf(session) && !enrolmentStatus.get(enrolments.get(e)).equals("WITHDRAWN")) {
                    marks.add("{\"enrolmentId\":\"%s\",\"mark\":\"%s\"}".formatted(enrolments.get(e), mark));
                }
            }
            if (marks.isEmpty()) {
                return "no one to mark at " + session[1];
            }
            Response answer = call("PUT", "/api/v1/sessions/" + session[1] + "/attendance", "{\"marks\":[" + String.join(",", marks) + "]}",
                    200, 409, 422);
            return "marked " + marks.size() + " " + mark + " at " + session[1] + ": " + answer.statusCode();
        }

        String moveEnrolmentOn(int i) {
            String enrolment = pick(enrolments, i);
            String to = List.of("ACTIVE", "DEFERRED", "WITHDRAWN", "ACTIVE").get(i / 11 % 4);
            Response answer = call("PUT", "/api/v1/enrolments/" + enrolment + "/status", "{\"status\":\"" + to + "\"}", 200, 409);
            if (answer.statusCode() == 200) {
                enrolmentStatus.put(enrolment, to);
            }
            return "moved " + enrolment + " to " + to + ": " + answer.statusCode();
        }

        String correctParticipant(int i) {
            String participant = pick(participants, i);
            int at = participants.indexOf(participant);
            call("PUT", "/api/v1/participants/" + participant, """
                    {"systemCode":"%s","givenName":"Fictional","familyName":"Person %d","email":"p%d.%s@example.org",
                     "profession":"%s","sector":"%s","organisationId":"%s"}"""
                    .formatted(system, at, at, system.toLowerCase(Locale.ROOT), PROFESSIONS[i % PROFESSIONS.length],
                            i % 2 == 0 ? "NHS_ACUTE" : "NHS_COMMUNITY", organisation), etag("/api/v1/participants/" + participant), 200);
            return "corrected participant " + participant;
        }

        // ---- the checks

        /** Waits until the programme's report shows {@code expected} at {@code path} (null: nothing there). */
        void awaitReport(String programme, String path, Object expected) {
            Instant deadline = Instant.now().plusSeconds(30);
            Object shown;
            do {
                shown = call("GET", "/api/v1/evaluation/programmes/" + programme + "/report", null, 200).jsonPath().get(path);
                if (expected == null ? shown == null : shown != null && new java.math.BigDecimal(shown.toString())
                        .compareTo(new java.math.BigDecimal(expected.toString())) == 0) {
                    return;
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            } while (Instant.now().isBefore(deadline));
            fail("the report of " + programme + " shows " + shown + " at " + path + ", not " + expected);
        }

        void awaitConsistent(Duration patience) {
            Instant deadline = Instant.now().plus(patience);
            List<Map<String, Object>> differences;
            do {
                differences = call("GET", "/api/v1/evaluation/consistency?system=" + system, null, 200)
                        .jsonPath().getList("[0].differences");
                if (differences.isEmpty()) {
                    return;
                }
                LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            } while (Instant.now().isBefore(deadline));
            fail("evaluation's figures for " + system + " did not converge within " + patience + ": " + differences
                    + "\nafter: " + String.join("\n  ", done));
        }

        /** Reports count as improving the measures whose charts show improvement; the export holds the benefits that stand. */
        void checkReportsAndExports() {
            for (String programme : programmes) {
                long improving = 0;
                for (Measure measure : measures) {
                    String origin = call("GET", "/api/v1/projects/" + measure.projectId(), null, 200).jsonPath().getString("originProgrammeId");
                    List<String> types = call("GET", "/api/v1/measures/" + measure.id() + "/spc", null, 200).jsonPath()
                            .getList("signals.pointType");
                    if (programme.equals(origin) && types.contains("SPECIAL_CAUSE_IMPROVEMENT")) {
                        improving++;
                    }
                }
                assertEquals(improving, call("GET", "/api/v1/evaluation/programmes/" + programme + "/report", null, 200)
                        .jsonPath().getLong("level4.measuresImproving"), "measures improving in programme " + programme);
            }
            List<String> exported = call("GET", "/api/v1/evaluation/exports/benefits?system=" + system, null, "application/x-ndjson", 200)
                    .asString().lines().map(line -> JsonPath.from(line).getString("benefit_id")).sorted().toList();
            assertEquals(benefits.stream().sorted().toList(), exported, "the benefits exported are those that stand");
        }

        // ---- calls

        private static <T> T pick(List<T> things, int i) {
            return things.get(i % things.size());
        }

        private static String reason() {
            return "{\"reason\":\"Entered in error\"}";
        }

        static String id(Response answer) {
            return answer.jsonPath().getString("id");
        }

        String etag(String path) {
            return call("GET", path, null, 200).header("ETag");
        }

        Response call(String method, String path, String body, int... expected) {
            return call(method, path, body, null, expected);
        }

        Response call(String method, String path, String body, String ifMatchOrAccept, int... expected) {
            var request = stack.as(token).contentType("application/json");
            if (ifMatchOrAccept != null) {
                request = ifMatchOrAccept.startsWith("\"") ? request.header("If-Match", ifMatchOrAccept) : request.accept(ifMatchOrAccept);
            }
            if (body != null) {
                request = request.body(body);
            }
            Response answer = request.request(method, path);
            for (int status : expected) {
                if (answer.statusCode() == status) {
                    return answer;
                }
            }
            throw new AssertionError(method + " " + path + " answered " + answer.statusCode() + ": " + answer.asString()
                    + "\nafter: " + String.join("\n  ", done));
        }
    }
}
