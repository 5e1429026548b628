package org.leadershipimpact.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leadershipimpact.localinfra.DevKeys;
import org.leadershipimpact.localinfra.DevTokens;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens signed with the running stack's dev key. {@link DevTokens} mints only well-formed ones; an
 * attacker holding a real token, or a misconfigured identity provider, sends claims of any shape, so
 * these are signed from a map of claims as given.
 */
final class ForgedTokens {

    /** Every caller of one role shares this subject, as the dev tokens do: what a replayed Idempotency-Key is remembered by. */
    static final String SUBJECT = "dev-programme-manager";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final DevKeys keys;

    ForgedTokens(Path dataDir) {
        this.keys = DevKeys.loadOrCreate(dataDir.resolve("keys"));
    }

    String valid(String role, List<String> systems) {
        return new DevTokens(keys).mint(SUBJECT, List.of(role), systems);
    }

    String issued(Instant at, Duration lifetime, List<String> systems) {
        return new DevTokens(keys).mint(SUBJECT, List.of("programme-manager"), systems, at, lifetime);
    }

    /** A programme manager's token whose {@code systems} claim is {@code systems}, whatever JSON that is. */
    String withSystemsClaim(Object systems) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", DevTokens.ISSUER);
        claims.put("aud", DevTokens.AUDIENCE);
        claims.put("sub", SUBJECT);
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("exp", Instant.now().plus(DevTokens.DEFAULT_LIFETIME).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("groups", List.of("programme-manager"));
        claims.put("systems", systems);
        return sign(Map.of("alg", "RS256", "typ", "JWT", "kid", "dev"), claims);
    }

    /** The claims of a good token under {@code alg: none}, unsigned. */
    static String unsigned(String token) {
        String payload = token.split("\\.")[1];
        return BASE64URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + payload + ".";
    }

    private String sign(Map<String, Object> header, Map<String, Object> claims) {
        try {
            String input = encode(header) + "." + encode(claims);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.privateKey());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Object json) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
