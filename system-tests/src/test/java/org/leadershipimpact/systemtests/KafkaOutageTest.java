package org.leadershipimpact.systemtests;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.kafkabroker.KafkaBroker;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kafka going away delays events but loses none, and the API keeps taking writes meanwhile. */
class KafkaOutageTest {

    private static RunningStack stack;
    private static Map<String, String> tokens;
    private static KafkaBroker replacement;

    @BeforeAll
    static void startThePlatform() throws IOException {
        stack = RunningStack.start();
        tokens = stack.tokens();
        stack.as(tokens.get("ADMIN_TOKEN"))
                .contentType(ContentType.JSON).body("{\"code\":\"SURREY\",\"name\":\"Surrey Heartlands\",\"kind\":\"ICS\"}")
                .post("/api/v1/systems").then().statusCode(201);
    }

    @AfterAll
    static void stopThePlatform() throws InterruptedException {
        stack.stop();
        if (replacement != null) {
            replacement.close();
        }
        stack.close();
    }

    @Test
    void aProgrammeCreatedWhileKafkaIsDownIsCountedOnceWhenKafkaReturns() throws Exception {
        assertEquals(0, programmes());
        killKafka();

        stack.as(tokens.get("MANAGER_TOKEN"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Surrey 500\",\"systemCode\":\"SURREY\",\"kind\":\"SYSTEM_LEADERSHIP\"}")
                .post("/api/v1/programmes").then().statusCode(201);

        // the same log folder and port: the broker the services knew comes back
        replacement = KafkaBroker.start(stack.dataDir.resolve("kafka"), stack.kafkaPort, stack.kafkaPort + 1);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        int seen = programmes();
        while (seen < 1 && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            seen = programmes();
        }
        assertEquals(1, seen, "the programme's event arrived once Kafka was back");
        // a relay that published but could not mark the row sends it again; it must still count once
        Instant watchUntil = Instant.now().plus(Duration.ofSeconds(3));
        while (Instant.now().isBefore(watchUntil)) {
            assertEquals(1, programmes(), "counted once");
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    /** The broker is the last process in the launcher's pids file. */
    private static void killKafka() throws Exception {
        List<String> pids = Files.readAllLines(stack.dataDir.resolve("pids")).stream().filter(l -> !l.isBlank()).toList();
        ProcessHandle kafka = ProcessHandle.of(Long.parseLong(pids.get(pids.size() - 1).trim())).orElseThrow();
        String command = kafka.info().commandLine().orElse("(unreadable)");
        assertTrue(command.contains(KafkaBroker.PROCESS_MARKER), "the last pid " + pids + " is the broker, not: " + command);
        kafka.destroyForcibly();
        kafka.onExit().get(30, TimeUnit.SECONDS);
    }

    private static int programmes() {
        return stack.as(tokens.get("ANALYST_TOKEN"))
                .get("/api/v1/evaluation/systems/SURREY/summary").then().statusCode(200).extract().path("programmes.total");
    }
}
