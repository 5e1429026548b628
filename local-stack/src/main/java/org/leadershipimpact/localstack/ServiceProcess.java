package org.leadershipimpact.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Quarkus application of the platform running as its own process, with its log in a file. */
final class ServiceProcess implements AutoCloseable {

    /** Starts the command line of every process the local stack runs, so a later launcher can recognise it. */
    static final String MARKER_PREFIX = "-Dleadershipimpact.process=";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(2);

    private final String name;
    private final Path runnableJar;
    private final int port;
    private final Map<String, String> environment;
    private final Path logDir;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, Path runnableJar, int port, Map<String, String> environment, Path logDir, Process process,
            Path log) {
        this.name = name;
        this.runnableJar = runnableJar;
        this.port = port;
        this.environment = environment;
        this.logDir = logDir;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(String name, Path runnableJar, int port, Map<String, String> environment, Path logDir) {
        return start(name, runnableJar, port, environment, logDir, ProcessBuilder.Redirect.to(logDir.resolve(name + ".log").toFile()));
    }

    /** The same service started again, as it was configured; its log goes on in the same file. */
    ServiceProcess restarted() {
        return start(name, runnableJar, port, environment, logDir, ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    private static ServiceProcess start(String name, Path runnableJar, int port, Map<String, String> environment, Path logDir,
            ProcessBuilder.Redirect output) {
        if (!Files.isRegularFile(runnableJar)) {
            throw new LocalStackException(name + " is not built (" + runnableJar + " is missing). Build first: ./mvnw -q package -DskipTests");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(MARKER_PREFIX + name);
        command.add("-Xms64m");
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        // a heap that is full stays full: better a quick exit, which the launcher restarts, than minutes of collections
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-jar");
        command.add(runnableJar.toString());
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            return new ServiceProcess(name, runnableJar, port, Map.copyOf(environment), logDir, builder.start(), log);
        } catch (IOException e) {
            throw new LocalStackException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Waits until the service reports ready (database and Kafka reachable, migrations done). */
    void awaitReady(Instant deadline) {
        URI health = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LocalStackException(name + " stopped while starting (exit " + process.exitValue() + "); see " + log);
            }
            if (answersUp(health, READY_TIMEOUT)) {
                return;
            }
            pause();
        }
        throw new LocalStackException(name + " was not ready in time; see " + log);
    }

    /** Whether the service answers its liveness check, UP, within {@code timeout}. */
    boolean answersLive(Duration timeout) {
        return answersUp(URI.create("http://127.0.0.1:" + port + "/q/health/live"), timeout);
    }

    /** Stops the process at once (SIGKILL): for a service that no longer answers, a polite stop would wait in vain. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean answersUp(URI health, Duration timeout) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(health).timeout(timeout).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while waiting for services");
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while waiting for services");
        }
    }

    /** Asks the service to stop (SIGTERM, so Quarkus shuts down gracefully), then insists. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
