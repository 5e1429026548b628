package org.leadershipimpact.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.leadershipimpact.localinfra.DevKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The key pair of this test JVM: {@link TestTokens} signs with it, the application under test
 * verifies with it. On its own, for tests that need tokens but no database or broker.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    static final String KEYS_DIR = "lip.test.keys.dir";

    @Override
    public Map<String, String> start() {
        return Map.of("mp.jwt.verify.publickey.location", publicKeyFile());
    }

    @Override
    public void stop() {
        // the keys live in a temp folder for the JVM's lifetime
    }

    static String publicKeyFile() {
        return dir().resolve(DevKeys.PUBLIC_KEY_FILE).toString();
    }

    static synchronized Path dir() {
        String existing = System.getProperty(KEYS_DIR);
        if (existing != null) {
            return Path.of(existing);
        }
        try {
            Path dir = Files.createTempDirectory("lip-test-keys-");
            DevKeys.loadOrCreate(dir);
            dir.toFile().deleteOnExit();
            dir.resolve(DevKeys.PUBLIC_KEY_FILE).toFile().deleteOnExit();
            dir.resolve(DevKeys.PRIVATE_KEY_FILE).toFile().deleteOnExit();
            System.setProperty(KEYS_DIR, dir.toString());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
