package org.leadershipimpact.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.TestKeys;
import org.leadershipimpact.testsupport.TestTokens;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the HTTP layer refuses below the API routes is refused with problem details, like everything
 * else the gateway refuses; and a body the gateway cannot know the size of up front (chunked), or one
 * that trickles in, is cut off rather than passed on.
 */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
@QuarkusTestResource(StubUpstreams.class)
@TestProfile(HttpRefusalsTest.QuickBodyTimeout.class)
class HttpRefusalsTest {

    public static class QuickBodyTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lip.gateway.body-timeout", "2s");
        }
    }

    private static final String MANAGER = TestTokens.bearer("programme-manager", "SURREY");

    @Test
    void headersOverTheLimitAreA431Problem() {
        given().header("Authorization", MANAGER).header("Idempotency-Key", "k".repeat(100_000))
                .when().get("/api/v1/programmes")
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("status", equalTo(431))
                .body("type", equalTo("https://leadershipimpact.org/problems/headers-too-large"));
    }

    @Test
    void aTooLongQueryIsA414Problem() {
        given().header("Authorization", MANAGER)
                .when().get("/api/v1/programmes?q=" + "q".repeat(10_000))
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414));
    }

    @Test
    void aPathInTheWrongCaseIsA404Problem() {
        given().header("Authorization", MANAGER)
                .when().get("/API/v1/programmes")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("Nothing answers /API/v1/programmes"));
    }

    @Test
    void aChunkedBodyOverTheCapIsA413ProblemAndNotPassedOn() throws Exception {
        // an InputStream of unknown length is sent chunked: no Content-Length to refuse up front
        HttpRequest upload = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/stream/upload"))
                .header("Authorization", MANAGER).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[3 * 1024 * 1024])))
                .build();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // more times than the client may have requests in progress (8): a refused one must not stay counted as one
        for (int i = 0; i < 9; i++) {
            HttpResponse<String> answer = http.send(upload, HttpResponse.BodyHandlers.ofString());
            // the stream service answers with the bytes it received, had the whole body reached it
            assertEquals(413, answer.statusCode(), answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
            assertTrue(answer.body().contains("\"status\":413"), answer.body());
        }
    }

    @Test
    void aBodyThatTricklesInIsCutOffWithA408Problem() throws Exception {
        StubUpstreams.firstPieceReceived = new CompletableFuture<>();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/stream/upload HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + MANAGER + "\r\n"
                    + "Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "b\r\nfirst,piece\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StubUpstreams.firstPieceReceived.get(10, TimeUnit.SECONDS);
            // and then nothing more: the gateway must not wait for the rest as long as the client likes
            List<String> answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .lines().toList();
            assertEquals("HTTP/1.1 408 Request Timeout", answer.get(0), String.join("\n", answer));
            assertTrue(answer.stream().anyMatch(line -> line.equalsIgnoreCase("Content-Type: application/problem+json")), answer.toString());
        }
    }
}
