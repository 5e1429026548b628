package org.leadershipimpact.kafkabroker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A real Apache Kafka broker (KRaft, one node as broker and controller) in a JVM of its own.
 * This class is all a caller loads: Kafka's jars are listed in {@code kafka-broker.classpath}, written
 * at build time, and reach only the child JVM.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    /**
     * Put first on the broker's command line so that it can be recognised: the operating system
     * reports only the start of a long command line, and the class path is long.
     */
    public static final String PROCESS_MARKER = "-Dleadershipimpact.process=kafka-broker";

    private final Process process;
    private final int port;

    private KafkaBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts a broker that keeps its log in {@code dataDir} (formatted on first use) and listens on
     * {@code port} for clients and {@code controllerPort} for its controller; returns once clients can
     * connect.
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        try {
            Files.createDirectories(dataDir);
            Path logDir = dataDir.resolve("log");
            Path config = writeConfig(dataDir, logDir, port, controllerPort);
            Path output = dataDir.resolve("broker.log");
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(config, output);
            }
            Process process = java(List.of(KafkaBrokerMain.class.getName(), config.toString()), output).start();
            KafkaBroker broker = new KafkaBroker(process, port);
            broker.awaitReady(output);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker could not start in " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path writeConfig(Path dataDir, Path logDir, int port, int controllerPort) throws IOException {
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "auto.create.topics.enable=true",
                "");
        Path file = dataDir.resolve("server.properties");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }

    private static void format(Path config, Path output) throws IOException {
        String clusterId = newClusterId();
        ProcessBuilder builder = java(List.of("kafka.tools.StorageTool", "format", "-t", clusterId,
                "-c", config.toString()), output);
        try {
            Process format = builder.start();
            format.getOutputStream().close();
            if (!format.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting the Kafka log took over 2 minutes:\n" + tail(output));
            }
            if (format.exitValue() != 0) {
                throw new IllegalStateException("Formatting the Kafka log failed (exit " + format.exitValue() + "):\n" + tail(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting the Kafka log", e);
        }
    }

    private static ProcessBuilder java(List<String> mainAndArgs, Path output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(PROCESS_MARKER);
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(classPath());
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    }

    private static String classPath() throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/kafka-broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("kafka-broker.classpath is missing: build the kafka-broker module");
            }
            String brokerJars = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            Path ownCode = Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ownCode + java.io.File.pathSeparator + brokerJars;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the kafka-broker code", e);
        }
    }

    private void awaitReady(Path output) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue() + ":\n" + tail(output));
            }
            if (acceptsConnections()) {
                return;
            }
            pause();
        }
        close();
        throw new IllegalStateException("Kafka broker was not ready within " + READY_TIMEOUT + "; see " + output);
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    /** The end of the broker's output, for error messages: the folder holding it may not outlive the failure. */
    private static String tail(Path output) {
        try {
            java.util.List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /**
     * Kafka cluster ids are 16 random bytes in URL-safe base64 without padding. One in 64 such strings
     * starts with "-", which the storage tool's command line takes for an option (Kafka's own id
     * generator avoids them for that reason), so those are drawn again.
     */
    static String newClusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
