import org.leadershipimpact.kafkabroker.KafkaBroker;
import org.leadershipimpact.localinfra.DevKeys;
import org.leadershipimpact.localinfra.DevTokens;
import org.leadershipimpact.localinfra.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * PostgreSQL and Kafka for bench/footprint.sh, started as local-stack starts them (the same classes),
 * without the services: the benchmark starts those itself, one at a time. Run from the repository with
 * {@code java -cp 'local-stack/target/local-stack.jar:local-stack/target/lib/*' bench/footprint/Infrastructure.java
 * DIR POSTGRES_PORT KAFKA_PORT CONTROLLER_PORT DATABASE...}; writes DIR/infrastructure.env once both
 * answer, and stops both on SIGTERM.
 */
public final class Infrastructure {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int postgresPort = Integer.parseInt(args[1]);
        int kafkaPort = Integer.parseInt(args[2]);
        int controllerPort = Integer.parseInt(args[3]);
        List<String> databases = List.of(args).subList(4, args.length);

        // a fresh, unsynced server: the benchmark's data is thrown away at the end
        PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), postgresPort, false);
        KafkaBroker kafka = null;
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            databases.forEach(postgres::createDatabaseIfMissing);
            kafka = KafkaBroker.start(dir.resolve("kafka"), kafkaPort, controllerPort);
            DevKeys keys = DevKeys.loadOrCreate(dir.resolve("keys"));
            String admin = new DevTokens(keys).mint("footprint-admin", List.of("admin"), List.of());
            KafkaBroker broker = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                broker.close();
                postgres.close();
                stopped.countDown();
            }));
            Files.writeString(dir.resolve("infrastructure.env"), """
                    KAFKA_BOOTSTRAP_SERVERS=%s
                    MP_JWT_VERIFY_PUBLICKEY_LOCATION=%s
                    ADMIN_TOKEN=%s
                    """.formatted(broker.bootstrapServers(), keys.publicKeyFile(), admin));
        } catch (RuntimeException e) {
            if (kafka != null) {
                kafka.close();
            }
            postgres.close();
            throw e;
        }
        stopped.await();
    }
}
