package org.leadershipimpact.systemtests;

import org.leadershipimpact.localinfra.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The platform started exactly as README tells a newcomer to start it: {@code java -jar
 * local-stack/target/local-stack.jar}, here on free ports and a fresh data folder.
 */
final class RunningStack implements AutoCloseable {

    static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LAUNCHER = REPO_ROOT.resolve("local-stack/target/local-stack.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    final Path dataDir;
    final int gatewayPort;
    final int postgresPort;
    final int kafkaPort;
    private final Process launcher;
    private final Path output;

    private RunningStack(Path dataDir, int gatewayPort, int postgresPort, int kafkaPort, Process launcher, Path output) {
        this.dataDir = dataDir;
        this.gatewayPort = gatewayPort;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.launcher = launcher;
        this.output = output;
    }

    static RunningStack start() throws IOException {
        return start(Map.of());
    }

    /** A stack whose launcher, and so every process it starts, has {@code environment} besides this JVM's. */
    static RunningStack start(Map<String, String> environment) throws IOException {
        return start(Files.createTempDirectory("lip-system-test-"), FreePorts.block(4), FreePorts.block(2), FreePorts.any(), environment);
    }

    /** A launcher on the same folder and ports as {@code previous}: as a person would start it again. */
    static RunningStack startAgain(RunningStack previous) throws IOException {
        return start(previous.dataDir, previous.gatewayPort, previous.kafkaPort, previous.postgresPort, Map.of());
    }

    private static RunningStack start(Path dataDir, int gateway, int kafka, int postgres, Map<String, String> environment)
            throws IOException {
        Path output = Files.createTempFile("lip-system-test-", ".out");
        Process launcher = launch(output, environment, "--data-dir", dataDir.toString(), "--port", Integer.toString(gateway),
                "--postgres-port", Integer.toString(postgres), "--kafka-port", Integer.toString(kafka));
        RunningStack stack = new RunningStack(dataDir, gateway, postgres, kafka, launcher, output);
        stack.awaitStarted();
        return stack;
    }

    /** Runs the launcher with {@code args} and returns its process; its output goes to {@code output}. */
    static Process launch(Path output, String... args) throws IOException {
        return launch(output, Map.of(), args);
    }

    private static Process launch(Path output, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        process.environment().putAll(environment);
        return process.start();
    }

    String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    /** A request to the gateway with this bearer token. */
    io.restassured.specification.RequestSpecification as(String bearerToken) {
        return io.restassured.RestAssured.given().baseUri(gatewayUrl()).header("Authorization", "Bearer " + bearerToken);
    }

    /** The dev tokens the launcher wrote to tokens.env, by variable name. */
    Map<String, String> tokens() throws IOException {
        Map<String, String> tokens = new HashMap<>();
        for (String line : Files.readAllLines(dataDir.resolve("tokens.env"))) {
            if (line.startsWith("export ")) {
                String[] pair = line.substring("export ".length()).split("=", 2);
                tokens.put(pair[0], pair[1]);
            }
        }
        return tokens;
    }

    /** Every process the stack runs: services, Kafka (from the launcher's pids file) and PostgreSQL's postmaster. */
    List<Long> processIds() throws IOException {
        List<Long> pids = new ArrayList<>();
        for (String line : Files.readAllLines(dataDir.resolve("pids"))) {
            if (!line.isBlank()) {
                pids.add(Long.parseLong(line.trim()));
            }
        }
        pids.add(Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim()));
        return pids;
    }

    /** The process of one service ({@code evaluation-service}, {@code gateway}...), as the launcher's pids file names it now. */
    ProcessHandle service(String name) throws IOException {
        for (String line : Files.readAllLines(dataDir.resolve("pids"))) {
            if (line.isBlank()) {
                continue;
            }
            ProcessHandle process = ProcessHandle.of(Long.parseLong(line.trim())).orElse(null);
            if (process != null && process.info().commandLine().orElse("").contains("-Dleadershipimpact.process=" + name)) {
                return process;
            }
        }
        throw new AssertionError(name + " is not among the launcher's processes");
    }

    /** Everything every process of the stack has logged so far, file by file. */
    Map<String, String> logs() throws IOException {
        Map<String, String> logs = new TreeMap<>();
        Path folder = dataDir.resolve("logs");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path log : files.toList()) {
                    logs.put(log.getFileName().toString(), Files.readString(log));
                }
            }
        }
        return logs;
    }

    /**
     * Every log's lines that name {@code requestId}, each with the 40 lines after it (where a stack
     * trace would be), for a failure message: the data folder goes with the stack when it closes.
     */
    String logsAbout(String requestId) throws IOException {
        StringBuilder found = new StringBuilder();
        for (Map.Entry<String, String> log : logs().entrySet()) {
            List<String> lines = log.getValue().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(requestId)) {
                    // the line and the stack trace under it, if any: the neighbours' lines would crowd it out of a CI summary
                    int end = i + 1;
                    while (end < lines.size() && end < i + 41 && isStackTraceLine(lines.get(end))) {
                        end++;
                    }
                    found.append("\n--- ").append(log.getKey()).append(", line ").append(i + 1).append('\n')
                            .append(String.join("\n", lines.subList(i, end)));
                }
            }
        }
        return found.length() == 0 ? "\n(no log names request " + requestId + ")" : found.toString();
    }

    private static boolean isStackTraceLine(String line) {
        return line.startsWith("\t") || line.startsWith(" ") || line.startsWith("Caused by") || line.startsWith("Suppressed");
    }

    /** The end of every service's log, for a failure message: the data folder goes with the stack. */
    private String logTails() throws IOException {
        StringBuilder tails = new StringBuilder();
        for (Map.Entry<String, String> log : logs().entrySet()) {
            List<String> lines = log.getValue().lines().toList();
            tails.append("\n--- ").append(log.getKey()).append('\n')
                    .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
        }
        return tails.toString();
    }

    String output() throws IOException {
        return Files.readString(output);
    }

    private void awaitStarted() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!output().contains("Press Ctrl-C")) {
            if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                String why = output() + logTails();
                close();
                throw new IllegalStateException("The local stack did not start:\n" + why);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    /** Kills the launcher outright (kill -9), as a closed terminal or a crash would: it gets no chance to stop anything. */
    void kill() throws InterruptedException {
        launcher.destroyForcibly();
        launcher.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the launcher as Ctrl-C would (SIGTERM runs the same shutdown hook) and waits for it. */
    int stop() throws InterruptedException {
        launcher.destroy();
        if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
            launcher.destroyForcibly();
            throw new IllegalStateException("The launcher did not stop within 2 minutes");
        }
        return launcher.exitValue();
    }

    @Override
    public void close() {
        try {
            if (launcher.isAlive()) {
                stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            delete(dataDir);
            output.toFile().delete();
        }
    }

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
