package org.leadershipimpact.systemtests;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The thin slice through the whole running platform: gateway → programmes → Kafka → evaluation → gateway. */
class WalkingSkeletonIT {

    private static final String PROBLEM = "application/problem+json";
    private static RunningStack stack;
    private static Map<String, String> tokens;

    @BeforeAll
    static void startThePlatform() throws IOException {
        stack = RunningStack.start();
        tokens = stack.tokens();
        assertTrue(stack.output().contains(tokens.get("ADMIN_TOKEN")), "the launcher prints ready-made tokens");
        given().baseUri(stack.gatewayUrl())
                .header("Authorization", "Bearer " + tokens.get("ADMIN_TOKEN"))
                .contentType(ContentType.JSON)
                .body("{\"code\":\"SURREY\",\"name\":\"Surrey Heartlands Health and Care Partnership\",\"kind\":\"ICS\"}")
                .when().post("/api/v1/systems")
                .then().statusCode(201);
    }

    @AfterAll
    static void stoppingThePlatformLeavesNoProcessBehind() throws Exception {
        List<Long> pids = stack.processIds();
        int exit = stack.stop();
        String said = stack.output();
        stack.close();
        // 143 = ended by SIGTERM, as Ctrl-C's SIGINT ends it with 130: the JVM's way after its shutdown hooks ran
        assertEquals(143, exit, said);
        assertTrue(said.trim().endsWith("Stopped."), "the launcher stopped everything before it ended:\n" + said);
        for (long pid : pids) {
            // PostgreSQL's postmaster finishes its own shutdown a moment after pg_ctl returns
            Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
            while (isAlive(pid) && Instant.now().isBefore(deadline)) {
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
            assertFalse(isAlive(pid), "process " + pid + " outlived the stack");
        }
    }

    @Test
    void aProgrammeCreatedThroughTheGatewayShowsInTheEvaluationSummary() {
        String manager = "Bearer " + tokens.get("MANAGER_TOKEN");
        String analyst = "Bearer " + tokens.get("ANALYST_TOKEN");
        int before = programmesIn("SURREY", analyst);

        given().baseUri(stack.gatewayUrl())
                .header("Authorization", manager)
                .header("X-Request-Id", "system-test-slice")
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Surrey 500\",\"systemCode\":\"SURREY\",\"kind\":\"SYSTEM_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(201)
                .header("X-Request-Id", "system-test-slice")
                .body("status", equalTo("DRAFT"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int after = programmesIn("SURREY", analyst);
        while (after != before + 1 && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            after = programmesIn("SURREY", analyst);
        }
        assertEquals(before + 1, after, "the evaluation summary counts the new programme");
    }

    @Test
    void invalidInputThroughTheGatewayIsAProblemNamingTheFields() {
        given().baseUri(stack.gatewayUrl())
                .header("Authorization", "Bearer " + tokens.get("MANAGER_TOKEN"))
                .contentType(ContentType.JSON)
                .body("{\"systemCode\":\"SURREY\",\"kind\":\"SYSTEM_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("title"));
        given().baseUri(stack.gatewayUrl())
                .header("Authorization", "Bearer " + tokens.get("MANAGER_TOKEN"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"systemCode\":\"SURREY\",\"kind\":\"SYSTEM_LEADERSHIP\"}")
                .when().post("/api/v1/programmes")
                .then().statusCode(413)
                .contentType(PROBLEM);
    }

    @Test
    void anotherSystemsSummaryIsNotFoundForTheCaller() {
        given().baseUri(stack.gatewayUrl())
                .header("Authorization", "Bearer " + tokens.get("ANALYST_TOKEN"))
                .when().get("/api/v1/evaluation/systems/FRIMLEY/summary")
                .then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void aSecondLauncherOnTheSameFolderIsRefusedWithAClearMessage() throws Exception {
        Path output = Files.createTempFile("lip-second-launcher", ".out");
        Process second = RunningStack.launch(output, "--data-dir", stack.dataDir.toString(), "--port", "1");
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        String said = Files.readString(output);
        Files.delete(output);
        assertEquals(1, second.exitValue(), said);
        assertTrue(said.contains("Another local stack is already running"), said);
        assertFalse(said.contains("Exception"), "no stack trace: " + said);
    }

    @Test
    void aLauncherWhosePortIsTakenSaysWhichPort() throws Exception {
        Path data = Files.createTempDirectory("lip-port-taken");
        Path output = Files.createTempFile("lip-port-taken", ".out");
        Process other = RunningStack.launch(output, "--data-dir", data.toString(), "--port", Integer.toString(stack.gatewayPort));
        assertTrue(other.waitFor(60, TimeUnit.SECONDS));
        String said = Files.readString(output);
        Files.delete(output);
        RunningStack.delete(data);
        assertEquals(1, other.exitValue(), said);
        assertTrue(said.contains("Port " + stack.gatewayPort + " (for the gateway) is already in use"), said);
        assertFalse(said.contains("Exception"), "no stack trace: " + said);
    }

    @Test
    void theStepneyAndWhitechapelExampleRunsThroughTheGatewayAndAgainWithoutChangingAnything() throws Exception {
        Path tokenOutput = Files.createTempFile("lip-token", ".out");
        Process token = RunningStack.launch(tokenOutput, "token", "--roles", "programme-manager", "--systems", "ELHCP",
                "--data-dir", stack.dataDir.toString());
        assertTrue(token.waitFor(60, TimeUnit.SECONDS));
        String elhcpToken = Files.readString(tokenOutput).trim();
        Files.delete(tokenOutput);

        String first = runExample(elhcpToken);
        assertTrue(first.contains("completed: 11, refused: 1"), first);
        assertTrue(first.contains("below") || first.contains("needs 75%"), "the refusal gives the threshold:\n" + first);
        String second = runExample(elhcpToken);
        String cohort = line(first, "cohort=");
        assertEquals(cohort, line(second, "cohort="), "a second run creates nothing new");

        given().baseUri(stack.gatewayUrl())
                .header("Authorization", "Bearer " + elhcpToken)
                .when().get("/api/v1/enrolments?cohort=" + cohort + "&status=COMPLETED")
                .then().statusCode(200)
                .body("items.size()", equalTo(11));
        given().baseUri(stack.gatewayUrl())
                .header("Authorization", "Bearer " + elhcpToken)
                .when().get("/api/v1/cohorts/" + cohort + "/attendance")
                .then().statusCode(200)
                .body("sessions.size()", equalTo(11))
                .body("enrolments.size()", equalTo(12));
    }

    private static String runExample(String elhcpToken) throws Exception {
        Path output = Files.createTempFile("lip-example", ".out");
        ProcessBuilder example = new ProcessBuilder("bash", RunningStack.REPO_ROOT.resolve("docs/examples/stepney-and-whitechapel.sh").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        example.environment().put("GATEWAY", stack.gatewayUrl());
        example.environment().put("ADMIN_TOKEN", tokens.get("ADMIN_TOKEN"));
        example.environment().put("ELHCP_TOKEN", elhcpToken);
        Process run = example.start();
        assertTrue(run.waitFor(3, TimeUnit.MINUTES), "the example finishes");
        String said = Files.readString(output);
        Files.delete(output);
        assertEquals(0, run.exitValue(), said);
        return said;
    }

    private static String line(String output, String prefix) {
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static int programmesIn(String system, String bearer) {
        return given().baseUri(stack.gatewayUrl())
                .header("Authorization", bearer)
                .when().get("/api/v1/evaluation/systems/" + system + "/summary")
                .then().statusCode(200)
                .extract().path("programmes.total");
    }
}
