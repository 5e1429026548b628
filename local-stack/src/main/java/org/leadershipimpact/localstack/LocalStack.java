package org.leadershipimpact.localstack;

import org.leadershipimpact.kafkabroker.KafkaBroker;
import org.leadershipimpact.localinfra.DevKeys;
import org.leadershipimpact.localinfra.DevTokens;
import org.leadershipimpact.localinfra.FreePorts;
import org.leadershipimpact.localinfra.PostgresServer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform on one machine: real PostgreSQL and real Kafka, the three services and the
 * gateway, each a process of its own, configured through the environment exactly as a deployment
 * would configure them. Data stays in {@code dataDir} between runs.
 */
public final class LocalStack implements AutoCloseable {

    static final List<String> DATABASES = List.of("programmes", "projects", "evaluation");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Ports ports;
    private final Path dataDir;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final List<AutoCloseable> running = Collections.synchronizedList(new ArrayList<>());
    private final List<ServiceProcess> services = new ArrayList<>();
    private DevTokens tokens;
    private Map<String, String> postgresSettings = Map.of();
    private KafkaBroker kafka;
    private volatile boolean closing;
    private Thread supervisor;

    private LocalStack(Ports ports, Path dataDir, FileChannel lockFile, FileLock lock) {
        this.ports = ports;
        this.dataDir = dataDir;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Starts everything and returns once every service reports ready. On any failure, what was
     * already started is stopped again before the exception leaves.
     */
    public static LocalStack start(Path repoRoot, Path dataDir, Ports ports, PrintStream progress) {
        LocalStack stack = open(dataDir, ports);
        stack.start(repoRoot, progress);
        return stack;
    }

    /** Takes the data folder for this stack; a second stack on the same folder is refused. */
    public static LocalStack open(Path dataDir, Ports ports) {
        Path data = dataDir.toAbsolutePath().normalize();
        createDirectories(data);
        return lock(data, ports);
    }

    /** Server settings PostgreSQL starts with, beside the stack's own (a benchmark's statement log, say). */
    public LocalStack postgresSettings(Map<String, String> settings) {
        postgresSettings = Map.copyOf(settings);
        return this;
    }

    /** Starts every part; on failure stops again what had started. */
    public void start(Path repoRoot, PrintStream progress) {
        try {
            startAll(repoRoot.toAbsolutePath().normalize(), progress);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll(Path repoRoot, PrintStream progress) {
        requireFreePorts();
        Path logs = createDirectories(dataDir.resolve("logs"));
        DevKeys keys = DevKeys.loadOrCreate(dataDir.resolve("keys"));
        tokens = new DevTokens(keys);

        progress.println("Starting PostgreSQL on port " + ports.postgres() + " ...");
        PostgresServer postgres = PostgresServer.start(dataDir.resolve("postgres"), ports.postgres(), true, postgresSettings);
        running.add(postgres);
        DATABASES.forEach(postgres::createDatabaseIfMissing);

        progress.println("Starting Kafka on port " + ports.kafka() + " ...");
        kafka = KafkaBroker.start(dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController());
        running.add(kafka);

        Map<String, String> shared = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
        progress.println("Starting programmes-service, projects-service, evaluation-service and the gateway ...");
        service(repoRoot, "programmes-service", ports.programmes(), withDatabase(shared, postgres, "programmes"), logs);
        service(repoRoot, "projects-service", ports.projects(), withDatabase(shared, postgres, "projects"), logs);
        Map<String, String> evaluation = withDatabase(shared, postgres, "evaluation");
        evaluation.put("LIP_EVALUATION_PSEUDONYM_SECRET", pseudonymSecret(dataDir.resolve("keys")));
        evaluation.put("LIP_EVALUATION_PROGRAMMES_URL", "http://127.0.0.1:" + ports.programmes());
        evaluation.put("LIP_EVALUATION_PROJECTS_URL", "http://127.0.0.1:" + ports.projects());
        service(repoRoot, "evaluation-service", ports.evaluation(), evaluation, logs);
        Map<String, String> gateway = new LinkedHashMap<>(shared);
        gateway.put("LIP_GATEWAY_UPSTREAMS_PROGRAMMES_URL", "http://127.0.0.1:" + ports.programmes());
        gateway.put("LIP_GATEWAY_UPSTREAMS_PROJECTS_URL", "http://127.0.0.1:" + ports.projects());
        gateway.put("LIP_GATEWAY_UPSTREAMS_EVALUATION_URL", "http://127.0.0.1:" + ports.evaluation());
        service(repoRoot, "gateway", ports.gateway(), gateway, logs);
        writePids();

        Instant deadline = Instant.now().plus(START_TIMEOUT);
        for (ServiceProcess service : services) {
            service.awaitReady(deadline);
            progress.println("  " + service.name() + " ready");
        }
        supervisor = new Thread(() -> supervise(progress), "local-stack-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /**
     * Starts again a service that stopped on its own (a crash, an exit on running out of memory), as a
     * container platform would, and kills and starts again one that no longer answers its liveness
     * check (LivenessProbe), as Kubernetes does; after three restarts of one service within a minute
     * it is left as it is.
     */
    private void supervise(PrintStream progress) {
        Map<String, List<Instant>> restarts = new HashMap<>();
        Map<String, LivenessProbe> probes = new HashMap<>();
        while (!closing) {
            try {
                TimeUnit.SECONDS.sleep(1);
                superviseOnce(progress, restarts, probes);
            } catch (InterruptedException | LocalStackException stopping) {
                // close() interrupts a sleep or a liveness check
                return;
            }
        }
    }

    private synchronized void superviseOnce(PrintStream progress, Map<String, List<Instant>> restarts, Map<String, LivenessProbe> probes) {
        for (int i = 0; i < services.size() && !closing; i++) {
            ServiceProcess service = services.get(i);
            Instant now = Instant.now();
            LivenessProbe probe = probes.computeIfAbsent(service.name(), n -> new LivenessProbe(now));
            boolean stopped = !service.isAlive();
            if (!stopped && !probe.stalled(service, now)) {
                continue;
            }
            List<Instant> recent = restarts.computeIfAbsent(service.name(), n -> new ArrayList<>());
            recent.removeIf(t -> t.isBefore(now.minusSeconds(60)));
            if (recent.size() >= 3) {
                continue;
            }
            recent.add(now);
            if (stopped) {
                progress.println(service.name() + " stopped (exit " + service.exitValue() + "); starting it again");
            } else {
                progress.println(service.name() + " (pid " + service.pid() + ") did not answer its liveness check "
                        + LivenessProbe.FAILURE_THRESHOLD + " times in a row; killing it (SIGKILL) and starting it again");
                service.kill();
            }
            ServiceProcess fresh = service.restarted();
            services.set(i, fresh);
            running.set(running.indexOf(service), fresh);
            probes.put(service.name(), new LivenessProbe(Instant.now()));
            writePids();
        }
    }

    private void service(Path repoRoot, String module, int port, Map<String, String> environment, Path logs) {
        Path jar = repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        ServiceProcess service = ServiceProcess.start(module, jar, port, environment, logs);
        services.add(service);
        running.add(service);
    }

    /**
     * The secret participant pseudonyms are keyed with: made once per data folder and kept, so that
     * pseudonyms stay the same across restarts, as they must in a deployment.
     */
    static String pseudonymSecret(Path keys) {
        Path file = keys.resolve("pseudonym-secret");
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new java.security.SecureRandom().nextBytes(random);
                Files.writeString(file, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new LocalStackException("Cannot keep the pseudonym secret in " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> withDatabase(Map<String, String> shared, PostgresServer postgres, String database) {
        Map<String, String> environment = new LinkedHashMap<>(shared);
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        return environment;
    }

    public URI gatewayUrl() {
        return URI.create("http://localhost:" + ports.gateway());
    }

    public Ports ports() {
        return ports;
    }

    public Path dataDir() {
        return dataDir;
    }

    public DevTokens tokens() {
        return tokens;
    }

    /** Process ids of everything this stack started, for a check that nothing outlives it. */
    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        services.forEach(s -> pids.add(s.pid()));
        if (kafka != null) {
            pids.add(kafka.pid());
        }
        return pids;
    }

    /** Stops everything, the gateway first and PostgreSQL last, and frees the data folder. */
    @Override
    public void close() {
        closing = true;
        if (supervisor != null) {
            supervisor.interrupt();
            try {
                supervisor.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopAll();
    }

    private synchronized void stopAll() {
        if (!lock.isValid()) {
            return;
        }
        List<AutoCloseable> reversed = new ArrayList<>(running);
        Collections.reverse(reversed);
        for (AutoCloseable part : reversed) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
        running.clear();
        deleteQuietly(dataDir.resolve("pids"));
        try {
            lock.release();
            lockFile.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }

    private static LocalStack lock(Path dataDir, Ports ports) {
        try {
            FileChannel channel = FileChannel.open(dataDir.resolve("launcher.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new LocalStackException("Another local stack is already running on " + dataDir
                        + ". Stop it first (Ctrl-C in its terminal), or use another folder with --data-dir.");
            }
            return new LocalStack(ports, dataDir, channel, lock);
        } catch (IOException e) {
            throw new LocalStackException("Cannot lock " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private void requireFreePorts() {
        StaleProcesses.stopLeftovers(dataDir);
        Map<Integer, String> wanted = new LinkedHashMap<>();
        wanted.put(ports.gateway(), "the gateway");
        wanted.put(ports.programmes(), "programmes-service");
        wanted.put(ports.projects(), "projects-service");
        wanted.put(ports.evaluation(), "evaluation-service");
        wanted.put(ports.postgres(), "PostgreSQL");
        wanted.put(ports.kafka(), "Kafka");
        wanted.put(ports.kafkaController(), "Kafka's controller");
        for (Map.Entry<Integer, String> port : wanted.entrySet()) {
            if (!FreePorts.isFree(port.getKey())) {
                throw new LocalStackException("Port " + port.getKey() + " (for " + port.getValue()
                        + ") is already in use. Free it, or choose other ports: --port, --postgres-port, --kafka-port.");
            }
        }
    }

    private void writePids() {
        StringBuilder pids = new StringBuilder();
        pids().forEach(pid -> pids.append(pid).append('\n'));
        try {
            Files.writeString(dataDir.resolve("pids"), pids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LocalStackException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // harmless: the next start only stops processes that are ours
        }
    }
}
