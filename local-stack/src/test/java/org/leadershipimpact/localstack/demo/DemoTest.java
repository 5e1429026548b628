package org.leadershipimpact.localstack.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadershipimpact.localinfra.DevKeys;
import org.leadershipimpact.localinfra.DevTokens;
import org.leadershipimpact.localinfra.FreePorts;
import org.leadershipimpact.localstack.LocalStackException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoTest {

    @Test
    void withNoPlatformToLoadIntoTheDemoSaysSoAndHowToFinishIt(@TempDir Path keys) {
        String gateway = "http://localhost:" + FreePorts.any();
        LocalStackException failure = assertThrows(LocalStackException.class, () -> Demo.load(gateway,
                new DevTokens(DevKeys.loadOrCreate(keys)), new PrintStream(new ByteArrayOutputStream())));
        assertTrue(failure.getMessage().contains("GET /api/v1/systems/ELHCP failed: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("Is the platform running at " + gateway + "?"), failure.getMessage());
    }

    @Test
    void idempotencyKeysAreVisibleAsciiAndBounded() {
        assertEquals("programme/SURREY/Surrey-Heartlands-Academy-(-2m)", DemoApi.visible("programme/SURREY/Surrey Heartlands Academy (£2m)"));
        String longKey = DemoApi.visible("x".repeat(300));
        assertTrue(longKey.length() <= 180 && longKey.chars().allMatch(c -> c > 0x20 && c < 0x7F), longKey);
    }
}
