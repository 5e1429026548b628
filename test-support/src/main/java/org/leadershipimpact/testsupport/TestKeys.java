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

    /**
     * The test public key as a JSON Web Key Set (RFC 7517), with the key id dev tokens carry: what an
     * OpenID Connect provider (Keycloak, Entra ID) publishes at its JWKS URL.
     */
    public static String jwks() {
        try {
            String pem = Files.readString(Path.of(publicKeyFile()));
            byte[] der = java.util.Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            java.security.interfaces.RSAPublicKey key = (java.security.interfaces.RSAPublicKey) java.security.KeyFactory.getInstance("RSA")
                    .generatePublic(new java.security.spec.X509EncodedKeySpec(der));
            return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"dev\",\"n\":\"" + unsigned(key.getModulus())
                    + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}]}";
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the test public key", e);
        }
    }

    private static String unsigned(java.math.BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
