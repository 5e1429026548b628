package org.leadershipimpact.systemtests;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.leadershipimpact.kafkabroker.KafkaBroker;
import org.leadershipimpact.localinfra.FreePorts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The faults a platform of record must survive, each against the running platform and each in a system
 * of its own so that their counts never mix (docs/RELIABILITY.md describes them and what they measured).
 * They share one start of the platform; redelivery of every event comes last, so that it replays the
 * streams of all the others. Every consumer of the stack heartbeats within a 10 s session here (the
 * Kafka client's default is 45 s), so that a killed consumer's partitions move on within the test's patience.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultScenariosIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> SYSTEMS = Collections.synchronizedList(new ArrayList<>());
    private static RunningStack stack;
    private static String admin;
    private static KafkaBroker kafkaStartedAgain;

    @BeforeAll
    static void startThePlatform() throws IOException {
        stack = RunningStack.start(Map.of(
                // the scenarios write and poll far more than one client may by default
                "LIP_GATEWAY_RATE_LIMIT_REQUESTS", "1000000",
                "KAFKA_SESSION_TIMEOUT_MS", "10000",
                // scenario 3 freezes evaluation until Kafka has taken it out of its group: not a stall to restart
                "LIP_LOCAL_STACK_LIVENESS_FAILURES", "24"));
        admin = stack.tokens().get("ADMIN_TOKEN");
    }

    @AfterAll
    static void stopThePlatform() throws InterruptedException {
        if (stack == null) {
            return;
        }
        stack.stop();
        if (kafkaStartedAgain != null) {
            kafkaStartedAgain.close();
        }
        stack.close();
    }

    /** 1. Kafka stopped for 30 s while 1,000 enrolments and 1,000 attendance marks are written. */
    @Test
    @Order(1)
    void writesMadeWhileKafkaIsDownAreAllAcceptedAndCountedOnceItReturns() throws Exception {
        BulkCohort cohort = cohort("KAFKA-OUTAGE", 1000, 1);
        List<String> people = cohort.registerPeople(1000);
        cohort.awaitExactly(1000, 0, 0, PATIENCE);

        Instant stopped = Instant.now();
        killKafka();
        List<String> enrolments = new ArrayList<>();
        int marks = 0;
        int call = 0;
        for (int from = 0; from < 1000; from += 50, call++) {
            Response answer = acceptedOrUnavailable(cohort.request().body(cohort.enrolments(people.subList(from, from + 50)))
                    .post("/api/v1/enrolments/bulk"));
            if (answer.statusCode() == 201) {
                enrolments.addAll(answer.jsonPath().getList("enrolments.id"));
            }
            paceWithin(stopped, call, 30);
        }
        for (int from = 0; from < enrolments.size(); from += 100, call++) {
            List<String> register = enrolments.subList(from, Math.min(enrolments.size(), from + 100));
            if (acceptedOrUnavailable(cohort.request().body(BulkCohort.marksPresent(register))
                    .put("/api/v1/sessions/" + cohort.sessions.get(0) + "/attendance")).statusCode() == 200) {
                marks += register.size();
            }
            paceWithin(stopped, call, 30);
        }
        assertTrue(Instant.now().isBefore(stopped.plusSeconds(30)), "every write was made while Kafka was down");
        assertEquals(0, cohort.summary().getLong("enrolments.total"), "nothing reached evaluation while Kafka was down");
        LockSupport.parkNanos(Duration.between(Instant.now(), stopped.plusSeconds(30)).toNanos());

        // the same log folder and port: the broker the services knew comes back
        kafkaStartedAgain = KafkaBroker.start(stack.dataDir.resolve("kafka"), stack.kafkaPort, stack.kafkaPort + 1);
        Instant back = Instant.now();
        System.out.printf("Kafka killed, started again 30 s later and ready after %d s; accepted %d of 1000 enrolments and %d of 1000 marks%n",
                Duration.between(stopped, back).toSeconds(), enrolments.size(), marks);
        // the outbox keeps writes going without Kafka: everything is accepted, not merely refused cleanly
        assertEquals(1000, enrolments.size(), "enrolments accepted");
        assertEquals(1000, marks, "marks accepted");
        cohort.awaitExactly(1000, enrolments.size(), marks, PATIENCE);
        System.out.printf("evaluation counted them all %d ms after Kafka was back%n", Duration.between(back, Instant.now()).toMillis());
        // a relay that published but could not mark its rows sends them again: they must still count once
        holdsFor(Duration.ofSeconds(3), () -> cohort.awaitExactly(1000, 1000, 1000, Duration.ZERO));
    }

    /** 2. evaluation-service killed (kill -9) in the middle of a stream of 10,000 events; the launcher starts it again. */
    @Test
    @Order(2)
    void evaluationKilledMidStreamEndsExact() throws Exception {
        BulkCohort cohort = cohort("EVALUATION-KILLED", 2500, 2);
        List<String> enrolments = cohort.enrol(cohort.registerPeople(2500));
        long atKill = awaitCounted(cohort, 2000);
        ProcessHandle evaluation = StackProcesses.service(stack, "evaluation-service");
        evaluation.destroyForcibly();
        evaluation.onExit().get(30, TimeUnit.SECONDS);
        Instant killed = Instant.now();
        // the rest of the stream is written while evaluation is down and starting again
        cohort.markEverySession(enrolments);
        System.out.printf("evaluation-service killed with about %d of 10,000 events applied%n", atKill);

        cohort.awaitExactly(2500, 2500, 5000, PATIENCE);
        System.out.printf("exact %d ms after the kill%n", Duration.between(killed, Instant.now()).toMillis());
        assertTrue(stack.output().contains("evaluation-service stopped (exit"), "the launcher restarted it:\n" + stack.output());
        // anything applied before the kill but not committed arrives again, and must not count twice
        holdsFor(Duration.ofSeconds(3), () -> cohort.awaitExactly(2500, 2500, 5000, Duration.ZERO));
        assertEquals(Map.of("GP", 1250, "NURSE", 1250), cohort.summary().getMap("participants.byProfession"));
    }

    /** 4. Two evaluation-service instances share the consumer group; one is killed mid-stream and the other takes over. */
    @Test
    @Order(3)
    void oneOfTwoEvaluationInstancesKilledMidStreamEndsExact() throws Exception {
        int port = FreePorts.any();
        Process second = StackProcesses.anotherInstance(StackProcesses.service(stack, "evaluation-service"), port,
                stack.dataDir.resolve("logs/evaluation-service-second.log"));
        try (EvaluationGroup group = new EvaluationGroup(stack.kafkaPort)) {
            awaitReady(port, second);
            ConsumerGroupDescription shared = group.await("two members sharing programmes.events",
                    g -> EvaluationGroup.hasMembersEachReadingProgrammes(g, 2), PATIENCE);
            System.out.println("evaluation's group before the kill: " + shared.members());

            BulkCohort cohort = cohort("TWO-EVALUATIONS", 1000, 2);
            List<String> enrolments = cohort.enrol(cohort.registerPeople(1000));
            long atKill = awaitCounted(cohort, 500);
            second.destroyForcibly();
            assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the second instance died");
            Instant killed = Instant.now();
            cohort.markEverySession(enrolments);
            System.out.printf("the second evaluation-service killed with about %d of 4,000 events applied%n", atKill);

            cohort.awaitExactly(1000, 1000, 2000, PATIENCE);
            System.out.printf("exact %d ms after the kill%n", Duration.between(killed, Instant.now()).toMillis());
            group.await("one member with every partition", g -> EvaluationGroup.hasMembersEachReadingProgrammes(g, 1), PATIENCE);
            holdsFor(Duration.ofSeconds(3), () -> cohort.awaitExactly(1000, 1000, 2000, Duration.ZERO));
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * 5. The PostgreSQL server of programmes-service stopped for 20 s under write load (in the local stack
     * the three services share one server, a database each, so the others lose theirs too).
     */
    @Test
    @Order(4)
    void programmesDatabaseStoppedUnderLoadGivesCleanRefusalsAndRecovers() throws Exception {
        BulkCohort cohort = cohort("DATABASE-STOPPED", 100, 0);
        WriteLoad load = new WriteLoad(cohort);
        Readiness readiness = new Readiness(stack.gatewayPort + 1);
        load.start(4);
        readiness.start();
        Instant stopped;
        Instant started;
        try {
            load.awaitAccepted(5, PATIENCE);
            stopped = Instant.now();
            StackProcesses.stopPostgres(stack);
            LockSupport.parkNanos(Duration.ofSeconds(20).toNanos());
            StackProcesses.startPostgresAgain(stack);
            started = Instant.now();
            load.awaitAcceptedAfter(started, PATIENCE);
            readiness.awaitUpAfter(started, PATIENCE);
        } finally {
            load.stop();
            readiness.stop();
        }
        System.out.println("programmes-service under a 20 s database outage: " + load.summary(stopped, started));
        System.out.println("its readiness: " + readiness.summary(stopped, started));

        load.assertEveryAnswerCleanAndBounded(Duration.ofSeconds(10));
        assertTrue(load.refusedBetween(stopped, started) > 0, "writes during the outage were refused: " + load.summary(stopped, started));
        assertTrue(readiness.downBetween(stopped, started), "readiness reported the outage: " + readiness.summary(stopped, started));

        Map<Integer, Integer> stored = storedPerBatch(cohort);
        for (Map.Entry<Integer, Integer> batch : stored.entrySet()) {
            assertEquals(WriteLoad.BATCH, batch.getValue(), "batch " + batch.getKey() + " is stored whole or not at all");
        }
        for (int batch : load.accepted()) {
            assertTrue(stored.containsKey(batch), "accepted batch " + batch + " is stored");
        }
        List<Integer> landedThoughRefused = load.refused().stream().filter(stored::containsKey).toList();
        System.out.printf("%d batches accepted, %d refused, %d stored (of the refused, stored all the same: %s)%n",
                load.accepted().size(), load.refused().size(), stored.size(), landedThoughRefused);
        // each stored person's event left through the outbox with them: evaluation counts exactly what is stored
        cohort.awaitExactly((long) stored.size() * WriteLoad.BATCH, 0, 0, PATIENCE);
    }

    /**
     * 3. Every event delivered again: evaluation's consumer group set back to the first offset of every
     * partition while evaluation is stopped (frozen, so the launcher does not start another), as an operator
     * would with kafka-consumer-groups --reset-offsets --to-earliest. Last, so that it replays every stream above.
     */
    @Test
    @Order(5)
    void everyEventDeliveredAgainChangesNoFigure() throws Exception {
        // a stream of its own, so that the scenario stands alone too
        BulkCohort cohort = cohort("DELIVERED-AGAIN", 500, 1);
        cohort.markEverySession(cohort.enrol(cohort.registerPeople(500)));
        cohort.awaitExactly(500, 500, 500, PATIENCE);
        Map<String, String> before = summaries();
        ProcessHandle evaluation = StackProcesses.service(stack, "evaluation-service");
        try (EvaluationGroup group = new EvaluationGroup(stack.kafkaPort)) {
            group.awaitCaughtUp(PATIENCE);
            long messages = group.messages();
            StackProcesses.signal(evaluation, "STOP");
            try {
                group.await("empty", EvaluationGroup::isEmpty, PATIENCE);
                group.rewindToEarliest();
                assertEquals(messages, group.lag(), "every message is to be delivered again");
            } finally {
                StackProcesses.signal(evaluation, "CONT");
            }
            Instant rewound = Instant.now();
            System.out.printf("evaluation's group set back to the start of %d messages%n", messages);
            assertTrue(messages >= 1500, "at least the scenario's own stream is delivered again: " + messages);

            Instant deadline = Instant.now().plus(PATIENCE);
            while (group.lag() > 0) {
                assertTrue(Instant.now().isBefore(deadline), "evaluation re-read everything within " + PATIENCE + ": lag " + group.lag());
                assertEquals(before, summaries(), "no figure moves while events are delivered again");
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
            System.out.printf("%d messages delivered again in %d ms%n", messages, Duration.between(rewound, Instant.now()).toMillis());
        }
        assertEquals(before, summaries(), "every summary byte for byte as before");
        List<Map<String, Object>> checks = stack.as(admin).get("/api/v1/evaluation/consistency").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertEquals(List.of(), checks.stream().filter(c -> !((List<?>) c.get("differences")).isEmpty()).toList(),
                "no figure differs from the producers' records");
    }

    // ---- the scenarios' tools

    private static BulkCohort cohort(String system, int capacity, int sessions) {
        SYSTEMS.add(system);
        return BulkCohort.register(stack, admin, system, capacity, sessions);
    }

    /** Every scenario's system summary and the national one, as evaluation serves them. */
    private static Map<String, String> summaries() {
        Map<String, String> summaries = new LinkedHashMap<>();
        for (String system : SYSTEMS) {
            summaries.put(system, stack.as(admin).get("/api/v1/evaluation/systems/" + system + "/summary").then().statusCode(200)
                    .extract().asString());
        }
        summaries.put("national", stack.as(admin).get("/api/v1/evaluation/national/summary").then().statusCode(200).extract().asString());
        return summaries;
    }

    /** A write is accepted (2xx) or refused as a 503 problem; anything else is a defect. */
    private static Response acceptedOrUnavailable(Response answer) {
        boolean accepted = answer.statusCode() / 100 == 2;
        boolean unavailable = answer.statusCode() == 503 && answer.contentType().startsWith("application/problem+json");
        assertTrue(accepted || unavailable, "answered " + answer.statusCode() + ": " + answer.asString());
        return answer;
    }

    /** Spreads {@code calls} over the first 25 s of an outage of {@code seconds}: the writes keep coming while it lasts. */
    private static void paceWithin(Instant outageStarted, int call, int seconds) {
        Instant next = outageStarted.plusMillis((call + 1) * (seconds - 5) * 1000L / 30);
        Duration wait = Duration.between(Instant.now(), next);
        if (!wait.isNegative()) {
            LockSupport.parkNanos(wait.toNanos());
        }
    }

    /** The broker is the last process in the launcher's pids file; killed outright, it gets no chance to tidy up. */
    private static void killKafka() throws Exception {
        List<String> pids = java.nio.file.Files.readAllLines(stack.dataDir.resolve("pids")).stream().filter(l -> !l.isBlank()).toList();
        ProcessHandle kafka = ProcessHandle.of(Long.parseLong(pids.get(pids.size() - 1).trim())).orElseThrow();
        String command = kafka.info().commandLine().orElse("(unreadable)");
        assertTrue(command.contains(KafkaBroker.PROCESS_MARKER), "the last pid " + pids + " is the broker, not: " + command);
        kafka.destroyForcibly();
        kafka.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Waits until evaluation has counted at least {@code events} of the cohort's stream, and returns how many it had. */
    private static long awaitCounted(BulkCohort cohort, long events) {
        Instant deadline = Instant.now().plus(PATIENCE);
        long counted = cohort.eventsCounted();
        while (counted < events) {
            assertTrue(Instant.now().isBefore(deadline), "evaluation applied " + counted + " of " + events + " events within " + PATIENCE);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            counted = cohort.eventsCounted();
        }
        return counted;
    }

    private static void holdsFor(Duration duration, Runnable check) {
        Instant until = Instant.now().plus(duration);
        while (Instant.now().isBefore(until)) {
            check.run();
            LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
        }
    }

    private static void awaitReady(int port, Process instance) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (readiness(port) != 200) {
            assertTrue(instance.isAlive(), "the second evaluation-service stopped (exit " + (instance.isAlive() ? "" : instance.exitValue())
                    + "); see its log in " + stack.dataDir.resolve("logs"));
            assertTrue(Instant.now().isBefore(deadline), "the second evaluation-service was not ready within " + PATIENCE);
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    /** The status of the service's readiness check, or -1 when it does not answer within 5 s. */
    static int readiness(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notAnswering) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** How many people of each batch programmes-service holds for the cohort's system (people are numbered, five a batch). */
    private static Map<Integer, Integer> storedPerBatch(BulkCohort cohort) {
        Map<Integer, Integer> stored = new HashMap<>();
        String page = "/api/v1/participants?system=" + cohort.system + "&limit=500";
        while (page != null) {
            JsonPath answer = stack.as(admin).get(page).then().statusCode(200).extract().jsonPath();
            for (String name : answer.getList("items.familyName", String.class)) {
                stored.merge(Integer.parseInt(name.substring("Person ".length())) / WriteLoad.BATCH, 1, Integer::sum);
            }
            page = answer.getString("next");
        }
        return stored;
    }

    /**
     * Writers registering five people a call, as fast as answers come, straight at the gateway with a
     * bounded wait; every answer is kept with when it was asked and how long it took.
     */
    static final class WriteLoad {

        static final int BATCH = 5;
        private static final Duration TIMEOUT = Duration.ofSeconds(40);

        record Answer(int batch, Instant asked, long millis, int status, String contentType, String retryAfter, String body) {
        }

        private final BulkCohort cohort;
        private final AtomicInteger batches = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        private final List<Thread> writers = new ArrayList<>();

        WriteLoad(BulkCohort cohort) {
            this.cohort = cohort;
        }

        void start(int threads) {
            for (int t = 0; t < threads; t++) {
                Thread writer = new Thread(this::write, "write-load-" + t);
                writer.setDaemon(true);
                writer.start();
                writers.add(writer);
            }
        }

        private void write() {
            while (running.get()) {
                int batch = batches.getAndIncrement();
                String body = "{\"participants\":[" + String.join(",", cohort.people(batch * BATCH, (batch + 1) * BATCH)) + "]}";
                HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/participants/bulk"))
                        .timeout(TIMEOUT).header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                Instant asked = Instant.now();
                try {
                    HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                    answers.add(new Answer(batch, asked, Duration.between(asked, Instant.now()).toMillis(), answer.statusCode(),
                            answer.headers().firstValue("Content-Type").orElse(""), answer.headers().firstValue("Retry-After").orElse(null),
                            answer.body()));
                    if (answer.statusCode() != 201) {
                        // a client told to come back later does, rather than hammer the service
                        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                    }
                } catch (IOException | InterruptedException noAnswer) {
                    answers.add(new Answer(batch, asked, Duration.between(asked, Instant.now()).toMillis(), -1, "", null,
                            noAnswer.toString()));
                }
            }
        }

        void awaitAccepted(int count, Duration patience) {
            await(() -> accepted().size() >= count, "accepted " + count + " batches", patience);
        }

        void awaitAcceptedAfter(Instant moment, Duration patience) {
            await(() -> snapshot().stream().anyMatch(a -> a.status() == 201 && a.asked().isAfter(moment)),
                    "accepted a batch again after the database was back", patience);
        }

        private void await(java.util.function.BooleanSupplier done, String what, Duration patience) {
            Instant deadline = Instant.now().plus(patience);
            while (!done.getAsBoolean()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the service never " + what + " within " + patience + ": " + summary(deadline, deadline));
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread writer : writers) {
                writer.join(TIMEOUT.plusSeconds(5).toMillis());
            }
        }

        List<Answer> snapshot() {
            synchronized (answers) {
                return List.copyOf(answers);
            }
        }

        List<Integer> accepted() {
            return snapshot().stream().filter(a -> a.status() == 201).map(Answer::batch).toList();
        }

        List<Integer> refused() {
            return snapshot().stream().filter(a -> a.status() != 201).map(Answer::batch).toList();
        }

        long refusedBetween(Instant from, Instant to) {
            return snapshot().stream().filter(a -> a.status() == 503 && a.asked().isAfter(from) && a.asked().isBefore(to)).count();
        }

        /** 201, or a 503 problem with Retry-After; each within {@code bound}. */
        void assertEveryAnswerCleanAndBounded(Duration bound) {
            for (Answer answer : snapshot()) {
                boolean clean = answer.status() == 201 || answer.status() == 503 && answer.contentType().startsWith("application/problem+json")
                        && answer.retryAfter() != null;
                if (!clean) {
                    // the service's own account of it, before the stack and its logs are gone
                    fail("a clean answer, not " + answer + logsAbout(answer));
                }
                assertTrue(answer.millis() <= bound.toMillis(), "answered within " + bound + ": " + answer);
            }
        }

        private static String logsAbout(Answer answer) {
            java.util.regex.Matcher requestId = java.util.regex.Pattern.compile("\"requestId\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(answer.body() == null ? "" : answer.body());
            try {
                return requestId.find() ? stack.logsAbout(requestId.group(1)) : "\n(the answer names no request id)";
            } catch (IOException e) {
                return "\n(the logs could not be read: " + e + ")";
            }
        }

        String summary(Instant stopped, Instant started) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            long slowest = 0;
            for (Answer answer : snapshot()) {
                String phase = answer.asked().isBefore(stopped) ? "before" : answer.asked().isBefore(started) ? "during" : "after";
                String kind = answer.status() + (answer.status() == 503 ? " " + answer.body().replaceAll("(?s).*\"type\":\"[^\"]*/([^\"]*)\".*", "$1") : "");
                counts.merge(phase + " " + kind, 1, Integer::sum);
                slowest = Math.max(slowest, answer.millis());
            }
            String recovered = snapshot().stream().filter(a -> a.status() == 201 && a.asked().isAfter(started)).map(Answer::asked)
                    .min(Instant::compareTo).map(a -> Duration.between(started, a).toMillis() + " ms").orElse("never");
            return counts + ", slowest answer " + slowest + " ms, first accepted again " + recovered + " after the database was back";
        }
    }

    /** programmes-service's readiness, asked every 250 ms. */
    static final class Readiness {

        record Seen(Instant at, int status) {
        }

        private final int port;
        private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread watcher;

        Readiness(int port) {
            this.port = port;
            watcher = new Thread(this::watch, "readiness-watch");
            watcher.setDaemon(true);
        }

        void start() {
            watcher.start();
        }

        private void watch() {
            while (running.get()) {
                seen.add(new Seen(Instant.now(), readiness(port)));
                LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            watcher.join(10_000);
        }

        private List<Seen> snapshot() {
            synchronized (seen) {
                return List.copyOf(seen);
            }
        }

        boolean downBetween(Instant from, Instant to) {
            return snapshot().stream().anyMatch(s -> s.at().isAfter(from) && s.at().isBefore(to) && s.status() == 503);
        }

        void awaitUpAfter(Instant moment, Duration patience) {
            Instant deadline = Instant.now().plus(patience);
            while (snapshot().stream().noneMatch(s -> s.at().isAfter(moment) && s.status() == 200)) {
                assertTrue(Instant.now().isBefore(deadline), "readiness was UP again within " + patience + ": " + summary(moment, moment));
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }

        /** The statuses in order, each with how long after the database stopped it was first seen. */
        String summary(Instant stopped, Instant started) {
            List<String> changes = new ArrayList<>();
            int last = 0;
            for (Seen s : snapshot()) {
                if (s.status() != last) {
                    changes.add(s.status() + " at " + Duration.between(stopped, s.at()).toMillis() + " ms");
                    last = s.status();
                }
            }
            return changes + " (database back at " + Duration.between(stopped, started).toMillis() + " ms)";
        }
    }
}
