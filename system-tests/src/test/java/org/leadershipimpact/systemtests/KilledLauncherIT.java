package org.leadershipimpact.systemtests;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A launcher killed outright leaves its processes running; the next one on the same folder stops them and starts cleanly. */
class KilledLauncherIT {

    @Test
    void theNextLauncherStopsWhatAKilledOneLeftAndStarts() throws Exception {
        RunningStack first = RunningStack.start();
        List<Long> orphans = first.processIds();
        first.kill();
        assertTrue(orphans.stream().allMatch(KilledLauncherIT::isAlive), "kill -9 leaves the services, Kafka and PostgreSQL running");

        try (first; RunningStack second = RunningStack.startAgain(first)) {
            given().baseUri(second.gatewayUrl()).get("/q/health/ready").then().statusCode(200);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
            while (orphans.stream().anyMatch(KilledLauncherIT::isAlive) && Instant.now().isBefore(deadline)) {
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
            for (long pid : orphans) {
                assertFalse(isAlive(pid), "the killed launcher's process " + pid + " was stopped");
            }
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
