package org.leadershipimpact.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.leadershipimpact.systemtests.ApiOperations.Operation;
import org.leadershipimpact.systemtests.RawHttp.Answer;
import org.leadershipimpact.systemtests.RawHttp.Header;

import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform as an attacker and a careless client meet it: requests generated from the gateway's
 * merged OpenAPI document, valid ones (records made parent first, so deeper states are reached) and
 * hostile ones ({@link Hostility}), at least {@code fuzz.requests} (5,000 by default) across every
 * operation, sent through the gateway of the running platform. Every answer is held to the platform's
 * promises: no 5xx and no stall; every refusal a problem document whose status is the answer's; no
 * record of the other system in any answer (the fuzzer acts for system A; system B's records and
 * Idempotency-Keys were made first, by a caller of the same subject); and, at checkpoints, nothing
 * stored that was refused (every record listed for A was in a 2xx answer to a write) and evaluation's figures
 * for A agreeing with the producers'. Deterministic from {@code fuzz.seed}, which it prints: a seed makes the
 * same choices again, among records whose ids (and how soon projects-service hears of them) the platform decides.
 */
class ApiFuzzIT {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 5_000);
    private static final long SEED = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
    /** A run stops here whatever it has sent, so that a platform that stalls fails the run instead of holding CI. */
    private static final Duration BUDGET = Duration.ofMinutes(Long.getLong("fuzz.minutes", Math.max(8, REQUESTS / 600)));
    private static final int CHECKPOINT_EVERY = 1_000;
    private static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Collections listed per system, whose every record must have been answered with a 2xx. */
    private static final List<String> LISTED = List.of("organisations", "programmes", "cohorts", "sessions", "participants", "enrolments",
            "action-learning-sets", "projects", "measures", "benefits", "evaluation/instruments");
    /** The order that makes parents before children. */
    private static final List<String> SEEDING = List.of("POST /api/v1/organisations", "POST /api/v1/programmes",
            "PUT /api/v1/programmes/{id}/status", "POST /api/v1/cohorts", "POST /api/v1/sessions", "POST /api/v1/participants",
            "POST /api/v1/participants/bulk", "POST /api/v1/enrolments", "POST /api/v1/enrolments/bulk", "POST /api/v1/action-learning-sets",
            "POST /api/v1/projects", "POST /api/v1/projects/{id}/milestones", "POST /api/v1/projects/{id}/pdsa-cycles",
            "POST /api/v1/measures", "POST /api/v1/measures/{id}/data-points", "POST /api/v1/benefits", "POST /api/v1/evaluation/instruments",
            "POST /api/v1/evaluation/instruments/healthcare-leadership-model", "PUT /api/v1/evaluation/instruments/{id}/status",
            "POST /api/v1/evaluation/instruments/{id}/responses", "POST /api/v1/evaluation/programmes/{id}/costs",
            "POST /api/v1/evaluation/programmes/{id}/independent-evaluations");

    /**
     * Operations the fuzzer's requests cannot be counted on to get a 2xx from, each for its reason; every other operation must
     * be answered with a 2xx at least once in a run, so that none is probed only with refusals.
     */
    private static final Set<String> NEVER_ACCEPTED = Set.of(
            // completing needs the enrolment's attendance at its programme's threshold (0 to 100 %) over every session of its
            // cohort held so far: a sequence of registers that requests drawn one at a time reach only by chance
            "POST /api/v1/enrolments/{id}/completion");

    private static final int TRIES_TO_ACCEPT = 30;

    private static final String CALLERS = """

            The curl lines name tokens by variable: ADMIN_TOKEN as in tokens.env; MANAGER_A, ANALYST_A, PROJECT_LEAD_A and
            INTEGRATOR_A act for FUZZ-A, MANAGER_B for FUZZ-B, all with the subject dev-programme-manager (sign one with
            java -jar local-stack/target/local-stack.jar token --roles programme-manager --systems FUZZ-A); EXPIRED_TOKEN expired
            two days ago, FUTURE_TOKEN is issued a year ahead; SYSTEMS_1, SYSTEMS_NULL, SYSTEMS_NESTED, SYSTEMS_STRING and SYSTEMS_OBJECT
            are signed with the dev key and carry systems [1], [null], [["X"]], "FUZZ-A" and {"code":"FUZZ-A"}; UNSIGNED_TOKEN has
            alg none, BAD_SIGNATURE a broken signature, GARBAGE_TOKEN is not a JWT and HUGE_TOKEN is 100,000 characters.
            """;

    private static RunningStack stack;
    private static RawHttp http;
    private static List<Operation> operations;

    private final Random random = new Random(SEED);
    private final FuzzRecords own = new FuzzRecords("FUZZ-A");
    private final FuzzRecords other = new FuzzRecords("FUZZ-B");
    private final Map<String, List<Probe>> otherRequests = new HashMap<>();
    private final Set<String> answered = new HashSet<>();
    private final Set<String> uncertain = new HashSet<>();
    private FuzzFindings findings;

    @BeforeContainer
    static void startThePlatform() throws IOException {
        System.out.printf("ApiFuzzIT: seed %d, %d requests. Replay: ./mvnw -o verify -pl system-tests -am -Dtest=none"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ApiFuzzIT -Dfuzz.seed=%d -Dfuzz.requests=%d%n", SEED, REQUESTS, SEED, REQUESTS);
        // thousands of requests a minute from one client: far more than the gateway's default rate limit allows
        stack = RunningStack.start(Map.of("LIP_GATEWAY_RATE_LIMIT_REQUESTS", "100000000"));
        http = new RawHttp("localhost", stack.gatewayPort, Duration.ofSeconds(15));
        Answer document = http.exchange("GET", "/q/openapi?format=json", List.of(), null, false);
        assertEquals(200, document.status(), document.text());
        operations = ApiOperations.read(document.text());
    }

    @AfterContainer
    static void stopThePlatform() throws InterruptedException {
        if (stack != null) {
            stack.stop();
            stack.close();
        }
    }

    @Example
    void noInputBreaksAPromise() throws IOException {
        findings = new FuzzFindings(stack.gatewayUrl());
        Map<String, Probe.Caller> callers = callers(new ForgedTokens(stack.dataDir), stack.tokens().get("ADMIN_TOKEN"));
        Set<String> adminOnly = adminOnlyOperations();
        Probes probes = new Probes(random, adminOnly, callers.get("MANAGER"), callers.get("ADMIN"));
        Hostility.Ground ground = new Hostility.Ground(random, probes.values(), own, other, callers, otherRequests);

        for (FuzzRecords system : List.of(own, other)) {
            Probe register = probes.valid(operation("POST /api/v1/systems"), Hostility.VALID, system, callers.get("ADMIN"));
            register.json = JSON.createObjectNode().put("code", system.system).put("name", "Fuzzed " + system.system).put("kind", "ICS");
            assertEquals(201, send(register, null).status(), "system " + system.system + " registered");
        }
        // the other system first, so that its records and Idempotency-Keys exist when the fuzzing starts
        seed(probes, other, callers.get("OTHER_SYSTEM_MANAGER"), "fuzz-b-");
        seed(probes, own, callers.get("MANAGER"), null);
        System.out.printf("ApiFuzzIT: seeded %d records of %s and %d of %s%n", own.count(), own.system, other.count(), other.system);

        Instant deadline = Instant.now().plus(BUDGET);
        List<Operation> round = new ArrayList<>();
        int sent = 0;
        while (sent < REQUESTS && Instant.now().isBefore(deadline)) {
            if (round.isEmpty()) {
                round.addAll(operations);
                Collections.shuffle(round, random);
            }
            // the first round asks every operation properly, so that each is exercised however short the run
            Operation operation = round.remove(0);
            Probe probe = sent < operations.size() ? probes.valid(operation, Hostility.VALID, own, null) : hostile(probes, ground, operation);
            send(probe, own);
            sent++;
            if (sent % CHECKPOINT_EVERY == 0) {
                checkpoint(callers.get("ADMIN"));
            }
        }
        sent += everyKindOnce(probes, ground);
        sent += acceptedOnceEach(probes);
        checkpoint(callers.get("ADMIN"));
        if (sent < REQUESTS) {
            findings.add("the run", "cut short: the platform answered only " + sent + " requests within " + BUDGET.toMinutes() + " minutes",
                    "-Dfuzz.minutes=N gives a run more time");
        }

        List<String> names = operations.stream().map(Operation::name).toList();
        int total = sent;
        System.out.printf("ApiFuzzIT: seed %d, %d requests over %d operations (and %d while seeding), by kind %s;"
                + " not checked at checkpoints (a create went unanswered): %s;"
                + " not HTTP and refused by the HTTP layer with a bare 400 or 414: %d; never answered with a 2xx: %d;"
                + " answered with a 2xx at most twice:%s%n",
                SEED, sent, names.size(), findings.requests() - sent, findings.kinds(), uncertain,
                findings.refusedBelowTheApi(), findings.neverAccepted().size(), findings.rarelyAccepted(2));
        assertAll(
                () -> assertEquals(Set.of(Hostility.values()), findings.kinds().keySet(), "every kind of input was sent"),
                () -> assertTrue(findings.unexercised(names).isEmpty(), "operations never sent a valid request: " + findings.unexercised(names)),
                () -> assertEquals(List.of(), findings.neverAccepted().stream().filter(o -> !NEVER_ACCEPTED.contains(o)).toList(),
                        "operations never answered with a 2xx, so probed only with refusals"),
                () -> assertTrue(total >= REQUESTS || findings.any(), "sent " + total + " requests"),
                () -> assertFalse(findings.any(), () -> "seed " + SEED + ":\n" + findings.summary() + CALLERS));
    }

    /**
     * Valid requests to each operation the run's requests never got a 2xx from, until one does or {@code TRIES_TO_ACCEPT} were
     * sent: the draw of a short run can miss an operation whose valid requests depend on the state (an organisation can be
     * withdrawn only while nobody works there), and what the assertion holds is that valid requests are accepted, not luck.
     */
    private int acceptedOnceEach(Probes probes) {
        int sent = 0;
        for (Operation operation : operations) {
            boolean waiting = !NEVER_ACCEPTED.contains(operation.name()) && findings.neverAccepted().contains(operation.name());
            if (waiting && operation.method().equals("GET") && operation.path().endsWith("/withdrawal")) {
                sent += withdrawFresh(probes, operation);
            }
            for (int tries = 0; tries < TRIES_TO_ACCEPT && !NEVER_ACCEPTED.contains(operation.name())
                    && findings.neverAccepted().contains(operation.name()); tries++) {
                send(probes.valid(operation, Hostility.VALID, own, null), own);
                sent++;
            }
        }
        return sent;
    }

    /**
     * A withdrawal can be read only once a record was withdrawn, and a project is withdrawn only while nothing of it stands,
     * which the draws reach by chance: a record of the kind made now and withdrawn at once (what a read of its withdrawal then
     * shows is the fuzzer's own request, so the read is probed with a 2xx too).
     */
    private int withdrawFresh(Probes probes, Operation read) {
        String template = read.path().substring(0, read.path().length() - "/withdrawal".length());
        String createName = "POST " + template.substring(0, template.lastIndexOf('/'));
        String withdrawName = "POST " + read.path();
        if (operations.stream().map(Operation::name).filter(n -> n.equals(createName) || n.equals(withdrawName)).count() < 2) {
            return 0;  // made or withdrawn some other way: the draws alone must reach it
        }
        Operation create = operation(createName);
        int sent = 0;
        for (int tries = 0; tries < TRIES_TO_ACCEPT; tries++) {
            Probe making = probes.valid(create, Hostility.VALID, own, null);
            Answer made = send(making, own);
            sent++;
            String id = json(made).path("id").asText("");
            if (made.status() / 100 != 2 || id.isEmpty()) {
                continue;
            }
            Probe withdrawing = probes.valid(operation(withdrawName), Hostility.VALID, own, null);
            withdrawing.path = making.path + "/" + Probes.encode(id) + "/withdrawal";
            sent++;
            if (send(withdrawing, own).status() / 100 == 2) {
                break;
            }
        }
        return sent;
    }

    /**
     * Valid requests in the order that makes parents first, each operation tried until one is accepted
     * (projects-service learns of programmes and people from events, a moment later).
     */
    private void seed(Probes probes, FuzzRecords system, Probe.Caller caller, String keyPrefix) {
        for (int pass = 0; pass < 2; pass++) {
            for (String name : SEEDING) {
                Instant deadline = Instant.now().plusSeconds(10);
                for (int attempt = 0; attempt < 30 && Instant.now().isBefore(deadline); attempt++) {
                    Probe probe = probes.valid(operation(name), Hostility.VALID, system, caller);
                    if (keyPrefix != null) {
                        String key = keyPrefix + name.hashCode() + "-" + pass + "-" + attempt;
                        probe.headers.removeIf(h -> h.name().equals("Idempotency-Key"));
                        probe.headers.add(new Header("Idempotency-Key", key));
                    }
                    int status = send(probe, system).status();
                    if (status >= 200 && status < 300) {
                        if (keyPrefix != null) {
                            otherRequests.computeIfAbsent(name, k -> new ArrayList<>()).add(probe);
                        }
                        break;
                    }
                    LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
                }
            }
        }
    }

    /** A kind of input the random draws left out (the rarest are drawn a few times a run) is sent once, to the first operation it fits. */
    private int everyKindOnce(Probes probes, Hostility.Ground ground) {
        int sent = 0;
        for (Hostility hostility : Hostility.values()) {
            for (Operation operation : operations) {
                if (findings.kinds().containsKey(hostility)) {
                    break;
                }
                Probe probe = probes.valid(operation, hostility, own, null);
                if (hostility.apply(probe, ground)) {
                    send(probe, own);
                    sent++;
                }
            }
        }
        return sent;
    }

    private Probe hostile(Probes probes, Hostility.Ground ground, Operation operation) {
        for (int draw = 0; draw < 10; draw++) {
            Hostility hostility = probes.values().draw(Hostility.any());
            Probe probe = probes.valid(operation, hostility, own, null);
            if (hostility.apply(probe, ground)) {
                return probe;
            }
        }
        return probes.valid(operation, Hostility.VALID, own, null);
    }

    /** Sends, checks the answer, and learns the records it made: of {@code system} when the caller acts for it. */
    private Answer send(Probe probe, FuzzRecords system) {
        Answer answer = http.exchange(probe.method, probe.target(), probe.allHeaders(), probe.body(), probe.chunked);
        findings.check(probe, answer);
        boolean accepted = answer.status() >= 200 && answer.status() < 300;
        // only what a write answered: a read shows whatever is stored, a record that should not be there too
        if (accepted && !probe.method.equals("GET")) {
            Matcher ids = UUIDS.matcher(answer.text());
            while (ids.find()) {
                answered.add(ids.group());
            }
        }
        String collection = collection(probe.operation);
        // a service's own refusal, a 500 too, must leave nothing; only when no answer came through might a record have been made
        if (probe.operation.creates() && List.of(0, 502, 504).contains(answer.status())) {
            uncertain.add(collection);
        }
        boolean actsFor = system != null && probe.hostility == Hostility.VALID && probe.caller != null
                && probe.caller.hidden() != null && probe.caller.hidden() != system;
        if (accepted && actsFor && probe.operation.creates() && collection != null) {
            learn(system, collection, probe, answer);
        }
        if (accepted && actsFor) {
            remember(system, probe, answer);
        }
        return answer;
    }

    /** The id the path names last: the record a write was about, or the one a record made under the path belongs to. */
    private static String lastPathId(Probe probe) {
        String[] template = probe.operation.path().split("/");
        String[] actual = probe.path.split("/");
        String last = null;
        for (int i = 0; i < template.length && i < actual.length; i++) {
            if (template[i].startsWith("{")) {
                last = actual[i];
            }
        }
        return last;
    }

    /**
     * What an accepted write changed that later valid requests depend on: a record as it now is (an instrument opened,
     * an enrolment withdrawn), a record withdrawn, periods of a measure recorded or taken back.
     */
    private static void remember(FuzzRecords system, Probe probe, Answer answer) {
        String subject = lastPathId(probe);
        JsonNode now = json(answer);
        if (subject != null && now.path("id").asText().equals(subject)) {
            String[] template = probe.operation.path().split("/");
            for (int i = template.length - 1; i > 0; i--) {
                if (template[i].startsWith("{")) {
                    system.update(template[i - 1], subject, now);
                    break;
                }
            }
            if (now.path("status").asText().equals("WITHDRAWN")) {
                system.withdrawn(subject);
            }
        }
        List<String> periods = new ArrayList<>();
        if (probe.json != null) {
            probe.json.path("points").forEach(point -> periods.add(point.path("date").asText()));
            probe.json.path("periods").forEach(period -> periods.add(period.asText()));
        }
        switch (probe.operation.name()) {
            case "POST /api/v1/measures/{id}/data-points" -> system.recorded(subject, periods);
            case "POST /api/v1/measures/{id}/data-points/withdrawal" -> system.withdrawnPeriods(subject, periods);
            default -> {
                if (probe.method.equals("POST") && probe.operation.path().endsWith("/withdrawal")) {
                    system.withdrawn(subject);
                }
            }
        }
    }

    private static void learn(FuzzRecords system, String collection, Probe probe, Answer answer) {
        String parent = lastPathId(probe);
        try {
            JsonNode body = JSON.readTree(answer.body());
            List<JsonNode> made = new ArrayList<>();
            if (body.has("id")) {
                made.add(body);
            } else {
                body.forEach(field -> {
                    if (field.has("id")) {
                        made.add(field);
                    }
                    field.forEach(item -> {
                        if (item.has("id")) {
                            made.add(item);
                        }
                    });
                });
            }
            for (JsonNode record : made) {
                system.add(collection, record.get("id").asText(), parent, record);
            }
        } catch (IOException e) {
            // not JSON: nothing to learn from, and the answer's own check reports what is wrong with it
        }
    }

    /** The kind of record an operation makes: the last named segment of its path ({@code bulk} and the like name their parent's). */
    private static String collection(Operation operation) {
        String[] segments = operation.path().split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i];
            if (!segment.startsWith("{") && !List.of("bulk", "healthcare-leadership-model", "status", "withdrawal").contains(segment)) {
                return segment;
            }
        }
        return null;
    }

    /** Nothing stored that was refused, and evaluation in step with the producers. */
    private void checkpoint(Probe.Caller admin) {
        for (String listed : LISTED) {
            if (uncertain.contains(listed.substring(listed.lastIndexOf('/') + 1))) {
                continue;
            }
            String next = "/api/v1/" + listed + "?system=" + own.system + "&limit=100";
            while (next != null) {
                Answer page = http.exchange("GET", next, List.of(new Header("Authorization", "Bearer " + admin.token())), null, false);
                if (page.status() != 200) {
                    findings.add("GET /api/v1/" + listed, "listing at a checkpoint answered " + page.status(), page.text());
                    break;
                }
                JsonNode body = json(page);
                for (JsonNode item : body.path("items")) {
                    if (!answered.contains(item.path("id").asText())) {
                        findings.add("GET /api/v1/" + listed, "a record stored though no request making it was answered with a 2xx",
                                item.toString());
                    }
                }
                next = body.hasNonNull("next") ? body.get("next").asText() : null;
            }
        }
        Instant deadline = Instant.now().plusSeconds(60);
        Answer consistency;
        do {
            consistency = http.exchange("GET", "/api/v1/evaluation/consistency?system=" + own.system,
                    List.of(new Header("Authorization", "Bearer " + admin.token())), null, false);
            if (consistency.status() == 200 && json(consistency).path(0).path("consistent").asBoolean(false)) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        } while (Instant.now().isBefore(deadline));
        findings.add("GET /api/v1/evaluation/consistency", "evaluation's figures not in step with the producers within 60 s",
                consistency.status() + " " + consistency.text());
    }

    private static JsonNode json(Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private Operation operation(String name) {
        return operations.stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not in the merged document"));
    }

    private Map<String, Probe.Caller> callers(ForgedTokens tokens, String adminToken) {
        List<String> a = List.of(own.system);
        Map<String, Probe.Caller> callers = new HashMap<>();
        callers.put("ADMIN", new Probe.Caller("ADMIN_TOKEN", adminToken, null));
        callers.put("MANAGER", new Probe.Caller("MANAGER_A", tokens.valid("programme-manager", a), other));
        callers.put("OTHER_SYSTEM_MANAGER", new Probe.Caller("MANAGER_B", tokens.valid("programme-manager", List.of(other.system)), own));
        callers.put("ANALYST", new Probe.Caller("ANALYST_A", tokens.valid("analyst", a), other));
        callers.put("PROJECT_LEAD", new Probe.Caller("PROJECT_LEAD_A", tokens.valid("project-lead", a), other));
        callers.put("INTEGRATOR", new Probe.Caller("INTEGRATOR_A", tokens.valid("integrator", a), other));
        callers.put("NO_TOKEN", new Probe.Caller("NO_TOKEN", null, other));
        callers.put("GARBAGE_TOKEN", new Probe.Caller("GARBAGE_TOKEN", "not.a.jwt", other));
        callers.put("HUGE_TOKEN", new Probe.Caller("HUGE_TOKEN", "x".repeat(100_000), other));
        callers.put("UNSIGNED_TOKEN", new Probe.Caller("UNSIGNED_TOKEN", ForgedTokens.unsigned(tokens.valid("admin", List.of())), other));
        String good = tokens.valid("programme-manager", a);
        callers.put("BAD_SIGNATURE", new Probe.Caller("BAD_SIGNATURE", good.substring(0, good.length() - 8) + "AAAAAAAA", other));
        callers.put("EXPIRED_TOKEN", new Probe.Caller("EXPIRED_TOKEN",
                tokens.issued(Instant.now().minus(Duration.ofDays(2)), Duration.ofHours(1), a), other));
        callers.put("FUTURE_TOKEN", new Probe.Caller("FUTURE_TOKEN",
                tokens.issued(Instant.now().plus(Duration.ofDays(365)), Duration.ofHours(12), a), other));
        callers.put("SYSTEMS_NUMBER", new Probe.Caller("SYSTEMS_1", tokens.withSystemsClaim(List.of(1)), other));
        callers.put("SYSTEMS_NULL", new Probe.Caller("SYSTEMS_NULL", tokens.withSystemsClaim(Collections.singletonList(null)), other));
        callers.put("SYSTEMS_NESTED", new Probe.Caller("SYSTEMS_NESTED", tokens.withSystemsClaim(List.of(List.of("X"))), other));
        callers.put("SYSTEMS_STRING", new Probe.Caller("SYSTEMS_STRING", tokens.withSystemsClaim(own.system), other));
        callers.put("SYSTEMS_OBJECT", new Probe.Caller("SYSTEMS_OBJECT", tokens.withSystemsClaim(Map.of("code", own.system)), other));
        return callers;
    }

    /** Operations only the admin may call, as docs/SECURITY.md's role table (held to the code by each service's RoleTableTest) says. */
    private static Set<String> adminOnlyOperations() throws IOException {
        Set<String> adminOnly = new HashSet<>();
        for (String line : Files.readAllLines(RunningStack.REPO_ROOT.resolve("docs/SECURITY.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length >= 9 && cells[3].contains("`/api/") && cells[5].trim().equals("–")) {
                adminOnly.add(cells[2].trim() + " " + cells[3].trim().replace("`", ""));
            }
        }
        return adminOnly;
    }
}
