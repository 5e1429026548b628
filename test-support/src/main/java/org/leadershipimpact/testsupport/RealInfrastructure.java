package org.leadershipimpact.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.leadershipimpact.kafkabroker.KafkaBroker;
import org.leadershipimpact.localinfra.FreePorts;
import org.leadershipimpact.localinfra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real PostgreSQL and real Kafka for {@code @QuarkusTest}: started once per test JVM on free ports,
 * stopped when the JVM ends. Use with {@code initArgs = @ResourceArg(name = "database", value = "...")}
 * to get the service its own database. Tokens come from {@link TestKeys}.
 *
 * <p>Quarkus may load this class in more than one class loader; the servers' addresses are kept in
 * system properties, which every loader shares, so they are started only once.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    static final String POSTGRES_PORT = "lip.test.postgres.port";
    static final String KAFKA_BOOTSTRAP = "lip.test.kafka.bootstrap";

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        startServersOnce();
        int postgresPort = Integer.getInteger(POSTGRES_PORT);
        createDatabase(postgresPort, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database,
                "kafka.bootstrap.servers", System.getProperty(KAFKA_BOOTSTRAP),
                "mp.jwt.verify.publickey.location", TestKeys.publicKeyFile());
    }

    @Override
    public void stop() {
        // The servers serve every test of this JVM; the shutdown hook stops them at its end
    }

    /** The Kafka bootstrap servers of this test JVM. */
    public static String kafkaBootstrapServers() {
        return System.getProperty(KAFKA_BOOTSTRAP);
    }

    private static synchronized void startServersOnce() {
        if (System.getProperty(KAFKA_BOOTSTRAP) != null) {
            return;
        }
        try {
            Path root = Files.createTempDirectory("lip-test-");
            PostgresServer postgres = PostgresServer.start(root.resolve("postgres"), FreePorts.any(), false);
            KafkaBroker kafka;
            try {
                kafka = KafkaBroker.start(root.resolve("kafka"), FreePorts.any(), FreePorts.any());
            } catch (RuntimeException e) {
                postgres.close();
                deleteQuietly(root);
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                postgres.close();
                deleteQuietly(root);
            }, "stop-test-infrastructure"));
            System.setProperty(POSTGRES_PORT, Integer.toString(postgres.port()));
            System.setProperty(KAFKA_BOOTSTRAP, kafka.bootstrapServers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDatabase(int port, String database) {
        try (var connection = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", PostgresServer.USER, "");
             var statement = connection.createStatement()) {
            var existing = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!existing.next()) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
