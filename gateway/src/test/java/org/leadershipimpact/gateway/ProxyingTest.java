package org.leadershipimpact.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.Eventually;
import org.leadershipimpact.testsupport.TestKeys;
import org.leadershipimpact.testsupport.TestTokens;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How requests and answers pass through: retried when safe, streamed, without hop-by-hop headers. */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
@QuarkusTestResource(StubUpstreams.class)
class ProxyingTest {

    private static final String BEARER = TestTokens.bearer("analyst", "SURREY");

    @Test
    void aReadWhoseConnectionIsDroppedIsTriedAgain() {
        given().header("Authorization", BEARER).header("X-Request-Id", "retry-get-1")
                .when().get("/api/v1/raw/things")
                .then().statusCode(200)
                .body("requestLine", org.hamcrest.Matchers.startsWith("GET /api/v1/raw/things "));
        assertEquals(2, StubUpstreams.RAW_SEEN.get("retry-get-1"), "dropped once, then answered");
    }

    @Test
    void aWriteWhoseConnectionIsDroppedIsNotRepeated() {
        given().header("Authorization", TestTokens.bearer("programme-manager", "SURREY")).header("X-Request-Id", "retry-post-1")
                .contentType(ContentType.JSON).body("{\"title\":\"once\"}")
                .when().post("/api/v1/raw/things")
                .then().statusCode(503)
                .contentType("application/problem+json");
        assertEquals(1, StubUpstreams.RAW_SEEN.get("retry-post-1"), "a POST may have done its work: the gateway must not send it twice");
    }

    @Test
    void hopByHopHeadersStopAtTheGatewayBothWays() {
        JsonPath seen = given().header("Authorization", BEARER).header("X-Request-Id", "hop-1")
                .header("Connection", "keep-alive, X-Client-Hop")
                .header("X-Client-Hop", "for the gateway only")
                .header("Keep-Alive", "timeout=5")
                .header("TE", "trailers")
                .header("X-End-To-End", "kept")
                .when().get("/api/v1/raw/hop")
                .then().statusCode(200)
                .header("X-Upstream", "raw")
                .header("X-Hop-Secret", nullValue())
                .header("Keep-Alive", nullValue())
                .header("Proxy-Authenticate", nullValue())
                .header("Upgrade", nullValue())
                .extract().jsonPath();
        List<String> headers = seen.getList("headers");
        assertTrue(headers.contains("x-end-to-end"), headers.toString());
        for (String hop : List.of("x-client-hop", "keep-alive", "te")) {
            assertFalse(headers.contains(hop), hop + " reached the service: " + headers);
        }
    }

    @Test
    void anAnswerStreamsThroughBeforeTheServiceHasFinishedIt() throws Exception {
        StubUpstreams.releaseStream = new CompletableFuture<>();
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/stream/export"))
                            .header("Authorization", BEARER).build(),
                    HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
            BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            // the service is still holding its answer open: the first line can only be here if nothing buffers it
            String first = CompletableFuture.supplyAsync(() -> readLine(lines)).get(10, TimeUnit.SECONDS);
            assertEquals("first line", first);
            assertFalse(StubUpstreams.releaseStream.isDone());
            StubUpstreams.releaseStream.complete(null);
            assertEquals("last line", lines.readLine());
        } finally {
            StubUpstreams.releaseStream.complete(null);
        }
    }

    @Test
    void aRequestBodyStreamsThroughBeforeTheClientHasFinishedSendingIt() throws Exception {
        StubUpstreams.firstPieceReceived = new CompletableFuture<>();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/stream/upload HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + TestTokens.bearer("programme-manager", "SURREY") + "\r\n"
                    + "Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "b\r\nfirst,piece\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the client has not finished: the service can only have this piece if the gateway passed it on
            assertEquals("first,piece", StubUpstreams.firstPieceReceived.get(10, TimeUnit.SECONDS));
            out.write("a\r\nlast,piece\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            List<String> answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .lines().toList();
            assertEquals("HTTP/1.1 200 OK", answer.get(0));
            assertEquals("21", answer.get(answer.size() - 1), "the service received all 21 bytes: " + answer);
        }
    }

    @Test
    void aClientThatLeavesBeforeItsAnswerIsCountedButNotLoggedAsAnError() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger vertx = Logger.getLogger("io.vertx");
        vertx.addHandler(collect);
        StubUpstreams.firstPieceReceived = new CompletableFuture<>();
        try {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream().write(("POST /api/v1/stream/upload HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: " + TestTokens.bearer("programme-manager", "SURREY") + "\r\n"
                        + "Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "b\r\nfirst,piece\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                // the client goes half-way through its upload, once the service has the first piece
                assertEquals("first,piece", StubUpstreams.firstPieceReceived.get(10, TimeUnit.SECONDS));
            }
            String left = "gateway_requests_seconds_count{method=\"POST\",status=\"499\",upstream=\"stream\"}";
            Eventually.await(() -> given().when().get("/q/metrics").asString(), metrics -> metrics.contains(left), Duration.ofSeconds(10));
            // Vert.x logs an unhandled failure of the request in the same step that answers 499
            assertEquals(List.of(), errors.stream().map(LogRecord::getMessage).toList());
        } finally {
            vertx.removeHandler(collect);
        }
    }

    private static String readLine(BufferedReader lines) {
        try {
            return lines.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
