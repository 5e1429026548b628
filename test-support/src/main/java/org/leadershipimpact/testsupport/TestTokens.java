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
        return expiringIn(Duration.ofHours(-1), role, systems);
    }

    /** A token issued an hour ago that expires {@code left} from now (already expired when negative). */
    public static String expiringIn(Duration left, String role, String... systems) {
        return tokens().mint("test-" + role, List.of(role), List.of(systems),
                Instant.now().minus(Duration.ofHours(1)), Duration.ofHours(1).plus(left));
    }

    /** A correctly signed token with odd claims: see {@link DevTokens#mintChanged}. */
    public static String changed(String subject, java.util.Map<String, Object> changes) {
        return "Bearer " + tokens().mintChanged(subject, changes);
    }

    /** {@code token} with one character of its signature changed: the same claims, signed by no one. */
    public static String forged(String token) {
        int last = token.length() - 2;
        return token.substring(0, last) + (token.charAt(last) == 'A' ? 'B' : 'A') + token.substring(last + 1);
    }

    private static DevTokens tokens() {
        return new DevTokens(DevKeys.loadOrCreate(TestKeys.dir()));
    }
}
