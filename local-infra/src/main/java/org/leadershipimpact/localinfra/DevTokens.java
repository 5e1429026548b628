package org.leadershipimpact.localinfra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
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
 * Mints RS256 bearer tokens for local use and tests, shaped like the tokens a real identity provider
 * issues to our callers: roles in {@code groups}, the systems a caller may act for in {@code systems}.
 */
public final class DevTokens {

    /** Issuer and audience the services expect of dev tokens; production sets its provider's. */
    public static final String ISSUER = "https://dev.leadershipimpact.local";
    public static final String AUDIENCE = "leadership-impact-api";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final DevKeys keys;

    public DevTokens(DevKeys keys) {
        this.keys = keys;
    }

    public String mint(String subject, List<String> roles, List<String> systems) {
        return mint(subject, roles, systems, Instant.now(), DEFAULT_LIFETIME);
    }

    public String mint(String subject, List<String> roles, List<String> systems, Instant issuedAt, Duration lifetime) {
        Map<String, Object> claims = usual(subject, issuedAt, lifetime);
        claims.put("groups", roles);
        claims.put("systems", systems);
        return sign(claims);
    }

    /**
     * A correctly signed token whose claims are a usual one's with {@code changes} made (a null value
     * removes the claim): for showing what the services make of odd claims from a trusted issuer.
     */
    public String mintChanged(String subject, Map<String, Object> changes) {
        Map<String, Object> claims = usual(subject, Instant.now(), DEFAULT_LIFETIME);
        claims.putAll(changes);
        claims.values().removeIf(java.util.Objects::isNull);
        return sign(claims);
    }

    private static Map<String, Object> usual(String subject, Instant issuedAt, Duration lifetime) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.plus(lifetime).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private String sign(Map<String, Object> claims) {
        try {
            String header = encode(Map.of("alg", "RS256", "typ", "JWT", "kid", "dev"));
            String payload = encode(claims);
            String signingInput = header + "." + payload;
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a dev token", e);
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
