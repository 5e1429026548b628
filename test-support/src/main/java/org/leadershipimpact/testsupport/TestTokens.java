package org.leadershipimpact.testsupport;

import org.leadershipimpact.localinfra.DevKeys;
import org.leadershipimpact.localinfra.DevTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Bearer tokens signed with this test JVM's dev key, which the services under test trust. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token for {@code role} acting for {@code systems}. */
    public static String token(String role, String... systems) {
        return tokens().mint("test-" + role, List.of(role), List.of(systems));
    }

    public static String bearer(String role, String... systems) {
        return "Bearer " + token(role, systems);
    }

    /** A token that expired an hour ago. */
    public static String expired(String role, String... systems) {
        return tokens().mint("test-" + role, List.of(role), List.of(systems),
                Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
    }

    private static DevTokens tokens() {
        return new DevTokens(DevKeys.loadOrCreate(TestKeys.dir()));
    }
}
