package org.leadershipimpact.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform against hostile traffic and a stalled service (docs/RELIABILITY.md), on one running
 * stack: the HTTP layer's refusals are problem documents; a flood from one client at ten times its
 * rate limit leaves the others their latency (fault scenario 6); clients trickling headers or bodies
 * cannot hold what the others need (fault scenario 7); every service JVM exits when out of memory; and
 * a service that stops answering its liveness check is killed and started again by the launcher.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceIT {

    private static final int RATE_LIMIT_PER_MINUTE = 1200;
    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(5);
    /** HTTP/1.1, as browsers speak it to a server without TLS (Java's default would try an upgrade to HTTP/2). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static RunningStack stack;
    private static Map<String, String> tokens;

    @BeforeAll
    static void startThePlatform() throws IOException {
        stack = RunningStack.start(Map.of(
                "LIP_GATEWAY_RATE_LIMIT_REQUESTS", Integer.toString(RATE_LIMIT_PER_MINUTE),
                "LIP_GATEWAY_BODY_TIMEOUT", BODY_TIMEOUT.toSeconds() + "s"));
        tokens = stack.tokens();
    }

    @AfterAll
    static void stopThePlatform() {
        stack.close();
    }

    @Test
    @Order(1)
    void theHttpLayersRefusalsAreProblemDocumentsAtTheGatewayAndEveryService() throws Exception {
        List<Integer> ports = List.of(stack.gatewayPort, stack.gatewayPort + 1, stack.gatewayPort + 2, stack.gatewayPort + 3);
        for (int port : ports) {
            String base = "http://localhost:" + port;
            assertProblem(431, get(base + "/api/v1/programmes", "Authorization", "Bearer " + "t".repeat(100_000)));
            assertProblem(431, get(base + "/api/v1/programmes", "Idempotency-Key", "k".repeat(100_000)));
            assertProblem(414, get(base + "/api/v1/programmes?q=" + "q".repeat(10_000)));
            assertProblem(404, get(base + "/API/v1/programmes"));
        }
        // a chunked body declares no length: the gateway counts it as it streams and stops it at its cap (1M)
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/programmes"))
                .header("Authorization", "Bearer " + tokens.get("MANAGER_TOKEN")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[3 * 1024 * 1024])))
                .build();
        assertProblem(413, HTTP.send(chunked, HttpResponse.BodyHandlers.ofString()));
        // one the services would not read either (over their 1M): refused at the gateway as well, not cut off behind it
        assertProblem(413, HTTP.send(HttpRequest.newBuilder(chunked, (name, value) -> true)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[1536 * 1024]))).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Fault scenario 6. One client sends ten times its rate limit; two others go on as before. Their
     * latency is measured in rounds, alternately without and with the flood, so that whatever else
     * the machine is doing falls on both alike, and printed: how far the flood moves their p99 depends
     * on the machine (1.0 on one, 2 to 5 on one three times slower), so it is a measurement recorded in
     * docs/RELIABILITY.md, not a timed assertion. What is asserted holds on any machine: every request
     * of the others is answered, and the flood is held to its rate (most of it refused).
     */
    @Test
    @Order(2)
    void aFloodFromOneClientLeavesTheOthersTheirLatency() throws Exception {
        URI list = URI.create(stack.gatewayUrl() + "/api/v1/programmes");
        HttpRequest flood = HttpRequest.newBuilder(list).header("Authorization", "Bearer " + tokens.get("ANALYST_TOKEN")).build();
        AtomicBoolean flooding = new AtomicBoolean();
        Map<Integer, LongAdder> floodAnswers = new ConcurrentHashMap<>();
        int floodPerSecond = 10 * RATE_LIMIT_PER_MINUTE / 60;
        ScheduledExecutorService flooder = Executors.newSingleThreadScheduledExecutor();
        try {
            flooder.scheduleAtFixedRate(() -> {
                if (flooding.get()) {
                    HTTP.sendAsync(flood, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, failure) ->
                            floodAnswers.computeIfAbsent(answer == null ? -1 : answer.statusCode(), s -> new LongAdder()).increment());
                }
            }, 0, 1_000_000 / floodPerSecond, TimeUnit.MICROSECONDS);
            Victims victims = new Victims(list, tokens.get("ADMIN_TOKEN"), tokens.get("MANAGER_TOKEN"));
            victims.measure(Duration.ofSeconds(2));
            // the flooder's burst allowance goes first; from then on it is held to its rate
            flooding.set(true);
            victims.measure(Duration.ofSeconds(8));
            List<Long> unloaded = new ArrayList<>();
            List<Long> loaded = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                flooding.set(false);
                unloaded.addAll(victims.measure(Duration.ofSeconds(4)));
                flooding.set(true);
                loaded.addAll(victims.measure(Duration.ofSeconds(4)));
            }
            flooding.set(false);
            double unloadedP99 = p99(unloaded);
            double loadedP99 = p99(loaded);
            System.out.printf("Scenario 6: p99 unloaded %.1f ms (%d requests), with the flood %.1f ms (%d requests), ratio %.2f;"
                            + " flood answers %s%n", unloadedP99, unloaded.size(), loadedP99, loaded.size(), loadedP99 / unloadedP99,
                    floodAnswers);
            long refused = floodAnswers.getOrDefault(429, new LongAdder()).sum();
            long sent = floodAnswers.values().stream().mapToLong(LongAdder::sum).sum();
            // past its burst allowance, spent in the first seconds, the flood is held to a tenth of what it sends
            assertTrue(refused > sent / 2, "the flood was mostly refused: " + floodAnswers);
        } finally {
            flooder.shutdownNow();
        }
    }

    /**
     * Fault scenario 7. Two hundred connections trickle their headers and a hundred trickle their
     * bodies, a byte a second; meanwhile another client's requests answer promptly, and each slow
     * body is cut off with a problem document by the body deadline (or refused at once, past the
     * client's requests in progress).
     */
    @Test
    @Order(3)
    void slowClientsCannotHoldTheConnectionsOthersNeed() throws Exception {
        List<Socket> slowHeaders = new ArrayList<>();
        List<Socket> slowBodies = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < 200; i++) {
                slowHeaders.add(open("GET /api/v1/programmes HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));
            }
            for (int i = 0; i < 100; i++) {
                slowBodies.add(open("POST /api/v1/programmes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + tokens.get("MANAGER_TOKEN") + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"));
            }
            Instant started = Instant.now();
            trickle.scheduleAtFixedRate(() -> Stream.concat(slowHeaders.stream(), slowBodies.stream()).forEach(ResilienceIT::oneMoreByte),
                    1, 1, TimeUnit.SECONDS);

            Victims others = new Victims(URI.create(stack.gatewayUrl() + "/api/v1/programmes"), tokens.get("ADMIN_TOKEN"));
            List<Long> latencies = others.measure(BODY_TIMEOUT.plusSeconds(5));
            double p99 = p99(latencies);
            long slowest = Collections.max(latencies);

            Map<String, Integer> bodyAnswers = new ConcurrentHashMap<>();
            for (Socket socket : slowBodies) {
                bodyAnswers.merge(statusLine(socket), 1, Integer::sum);
            }
            long headersStillOpen = slowHeaders.stream().filter(ResilienceIT::stillOpen).count();
            System.out.printf("Scenario 7: while 200 connections trickled headers and 100 trickled bodies for %d s, %d requests of"
                            + " another client: p99 %.1f ms, slowest %d ms; slow bodies answered %s; slow headers still open %d%n",
                    Duration.between(started, Instant.now()).toSeconds(), latencies.size(), p99, slowest, bodyAnswers, headersStillOpen);
            assertTrue(slowest < 2_000, "every request of the other client answered within 2 s; the slowest took " + slowest + " ms");
            for (String answer : bodyAnswers.keySet()) {
                assertTrue(answer.startsWith("HTTP/1.1 408") || answer.startsWith("HTTP/1.1 429"),
                        "each slow body was cut off or refused: " + bodyAnswers);
            }
        } finally {
            trickle.shutdownNow();
            Stream.concat(slowHeaders.stream(), slowBodies.stream()).forEach(ResilienceIT::closeQuietly);
        }
    }

    /** Wherever a service JVM starts (the launcher, the container image, the Kubernetes manifest), out of memory it exits. */
    @Test
    @Order(4)
    void everyServiceJvmExitsWhenOutOfMemory() throws IOException {
        for (String service : List.of("programmes-service", "projects-service", "evaluation-service", "gateway")) {
            String commandLine = Files.readString(Path.of("/proc/" + stack.service(service).pid() + "/cmdline")).replace('\0', ' ');
            assertTrue(commandLine.contains("-XX:+ExitOnOutOfMemoryError"), service + " as the launcher started it: " + commandLine);
            Path module = RunningStack.REPO_ROOT.resolve(service);
            assertTrue(Files.readString(module.resolve("src/main/docker/Dockerfile.jvm")).contains("-XX:+ExitOnOutOfMemoryError"),
                    service + "'s image");
            String manifest = Files.readString(module.resolve("target/kubernetes/kubernetes.yml"));
            assertTrue(manifest.contains("-XX:+ExitOnOutOfMemoryError"), service + "'s Kubernetes manifest:\n" + manifest);
            assertTrue(manifest.contains("livenessProbe") && manifest.contains("/q/health/live"), service + "'s liveness probe");
            assertTrue(manifest.contains("readinessProbe") && manifest.contains("/q/health/ready"), service + "'s readiness probe");
        }
    }

    /**
     * A service frozen with SIGSTOP answers nothing, as a JVM lost in garbage collection does; the
     * launcher finds its liveness check unanswered, kills it and starts it again.
     */
    @Test
    @Order(5)
    void aServiceThatStopsAnsweringIsKilledAndStartedAgain() throws Exception {
        ProcessHandle frozen = stack.service("projects-service");
        Instant frozenAt = Instant.now();
        signal("STOP", frozen.pid());
        try {
            Instant deadline = frozenAt.plus(Duration.ofSeconds(90));
            while (!(replaced("projects-service", frozen) && answers("/api/v1/projects"))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("projects-service was not replaced within 90 s:\n" + stack.output());
                }
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
            System.out.printf("Liveness: projects-service frozen (pid %d), replaced (pid %d) and answering through the gateway after %d s%n",
                    frozen.pid(), stack.service("projects-service").pid(), Duration.between(frozenAt, Instant.now()).toSeconds());
            assertFalse(frozen.isAlive(), "the frozen process was killed");
            assertTrue(stack.output().contains("projects-service (pid " + frozen.pid() + ") did not answer its liveness check"),
                    stack.output());
        } finally {
            if (frozen.isAlive()) {
                signal("CONT", frozen.pid());
            }
        }
    }

    /** Clients that keep their pace: each request as soon as the last is answered, a few tokens taking turns. */
    private static final class Victims {

        private final List<HttpRequest> requests = new ArrayList<>();
        private int next;

        Victims(URI uri, String... bearerTokens) {
            for (String token : bearerTokens) {
                requests.add(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build());
            }
        }

        /** Latencies in milliseconds of requests made for {@code period}, one every 20 ms at most; each must succeed. */
        List<Long> measure(Duration period) throws IOException, InterruptedException {
            List<Long> latencies = new ArrayList<>();
            Instant until = Instant.now().plus(period);
            while (Instant.now().isBefore(until)) {
                long start = System.nanoTime();
                HttpResponse<String> answer = HTTP.send(requests.get(next++ % requests.size()), HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                assertEquals(200, answer.statusCode(), answer.body());
                latencies.add(TimeUnit.NANOSECONDS.toMillis(took));
                LockSupport.parkNanos(Math.max(0, TimeUnit.MILLISECONDS.toNanos(20) - took));
            }
            return latencies;
        }
    }

    private static double p99(List<Long> latencies) {
        List<Long> sorted = latencies.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }

    private static HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.header(headers[0], headers[1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(int status, HttpResponse<String> answer) {
        String seen = answer.uri() + " answered " + answer.statusCode() + " " + answer.headers().map() + " " + answer.body();
        assertEquals(status, answer.statusCode(), seen);
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), seen);
        assertTrue(answer.body().contains("\"status\":" + status) && answer.body().contains("\"title\"")
                && answer.body().contains("\"type\"") && answer.body().contains("\"detail\""), seen);
    }

    private static Socket open(String start) throws IOException {
        Socket socket = new Socket("localhost", stack.gatewayPort);
        socket.setSoTimeout(2_000);
        socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static void oneMoreByte(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write('a');
            out.flush();
        } catch (IOException closedByTheGateway) {
            // the point of the exercise
        }
    }

    /** The first line of what the gateway answered on the connection, or what happened instead. */
    private static String statusLine(Socket socket) {
        try {
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return line == null ? "closed without an answer" : line;
        } catch (SocketTimeoutException e) {
            return "no answer yet";
        } catch (IOException e) {
            return "failed: " + e.getMessage();
        }
    }

    private static boolean stillOpen(Socket socket) {
        try {
            socket.setSoTimeout(1);
            return socket.getInputStream().read() != -1;
        } catch (SocketTimeoutException nothingYet) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // going anyway
        }
    }

    private static boolean replaced(String service, ProcessHandle frozen) {
        try {
            ProcessHandle now = stack.service(service);
            return now.pid() != frozen.pid();
        } catch (IOException | AssertionError notWrittenYet) {
            return false;
        }
    }

    private static boolean answers(String path) {
        try {
            return get(stack.gatewayUrl() + path, "Authorization", "Bearer " + tokens.get("ADMIN_TOKEN")).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
    }
}
