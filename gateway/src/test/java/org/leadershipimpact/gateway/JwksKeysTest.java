package org.leadershipimpact.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestKeys;
import org.leadershipimpact.testsupport.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway takes its verification keys from a JWKS URL, as it would from Keycloak or Entra ID:
 * here a small HTTP server publishing the test key set.
 */
@QuarkusTest
@TestProfile(JwksKeysTest.KeysFromAUrl.class)
class JwksKeysTest {

    static final AtomicInteger FETCHES = new AtomicInteger();
    private static HttpServer server;

    public static class KeysFromAUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "http://127.0.0.1:" + jwksServer() + "/protocol/openid-connect/certs");
        }
    }

    /** Started when Quarkus reads the profile, before the tests; stopped after them. */
    static synchronized int jwksServer() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/protocol/openid-connect/certs", exchange -> {
                FETCHES.incrementAndGet();
                byte[] body = TestKeys.jwks().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(null);
            server.start();
        }
        return server.getAddress().getPort();
    }

    @AfterAll
    static synchronized void stopTheKeyServer() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Test
    void aTokenSignedWithAKeyFromTheJwksIsAcceptedAndAForgedOneIsNot() {
        given().header("Authorization", TestTokens.bearer("analyst", "SURREY"))
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("upstream", equalTo("projects"));
        assertTrue(FETCHES.get() > 0, "the key set was fetched from the URL");
        String forged = TestTokens.token("analyst", "SURREY");
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().header("Authorization", "Bearer " + forged)
                .when().get("/api/v1/projects")
                .then().statusCode(401);
    }
}
