import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/propagation.sh's writer. Registers participants one request at a time through the gateway at a fixed rate (open
 * loop: a request is due every 1/rate seconds whether or not the earlier ones were answered), stamping each answer with the
 * wall clock as it arrives. A participant's propagation time is from that stamp to the commit of the evaluation-service
 * transaction that put it in its read model (participant_fact), as PostgreSQL recorded that commit
 * (track_commit_timestamp, which the script turns on): no polling stands between the read model and the figure, and the
 * benchmark loads the machine with nothing but its writes. The writer waits (a query every 200 ms) until every accepted
 * participant is there or a deadline passes.
 *
 * Prints the count of writes, of those answered 2xx, of those in the read model; the percentiles of propagation in
 * milliseconds (nearest rank, as Kafka's EndToEndLatency takes them: the value at index count × p of the sorted times); the
 * answers' own, from when each write was due; and where the time went, from the stamps the services keep: the event's
 * occurred_at (in the write's transaction) to published_at (the relay's mark once Kafka acknowledged it), that to
 * applied_at (evaluation's applied_event, stamped in its transaction) and that to the commit. One machine, one clock.
 *
 * Arguments: gateway URL, bearer token, JDBC URL of evaluation's database, JDBC URL of programmes' database, organisation
 * id, rate per second, seconds, a prefix for the e-mail addresses (new for every run), seconds to wait for the last writes.
 */
public class Propagation {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String token = args[1];
        String consumerJdbc = args[2];
        String producerJdbc = args[3];
        String organisation = args[4];
        int rate = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        String prefix = args[7];
        Duration settle = Duration.ofSeconds(Long.parseLong(args[8]));

        int writes = rate * seconds;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService senders = Executors.newFixedThreadPool(64);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        Map<UUID, Long> answeredAt = new ConcurrentHashMap<>();
        List<Long> answers = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        Map<Integer, Integer> refused = new ConcurrentHashMap<>();

        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= writes) {
                return;
            }
            long due = start + n * period;
            senders.execute(() -> {
                try {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/participants"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(prefix, n, organisation)))
                            .build();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long answered = micros(Instant.now());
                    long took = System.nanoTime() - due;
                    Matcher id = ID.matcher(response.body());
                    if (response.statusCode() / 100 == 2 && id.find()) {
                        answeredAt.put(UUID.fromString(id.group(1)), answered);
                        synchronized (answers) {
                            answers.add(took);
                        }
                    } else {
                        refused.merge(response.statusCode(), 1, Integer::sum);
                    }
                } catch (Exception e) {
                    refused.merge(0, 1, Integer::sum);
                } finally {
                    finished.incrementAndGet();
                }
            });
        }, 0, period, TimeUnit.NANOSECONDS);

        Map<UUID, Long> committedAt;
        try (Connection consumer = DriverManager.getConnection(consumerJdbc)) {
            long deadline = Long.MAX_VALUE;
            while (true) {
                boolean allSent = finished.get() >= writes;
                if (allSent && deadline == Long.MAX_VALUE) {
                    deadline = System.nanoTime() + settle.toNanos();
                }
                if (allSent && (inReadModel(consumer, answeredAt.keySet()) == answeredAt.size() || System.nanoTime() > deadline)) {
                    break;
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
            committedAt = commits(consumer, answeredAt.keySet());
        } finally {
            clock.shutdownNow();
            senders.shutdownNow();
        }

        List<Long> propagations = new ArrayList<>();
        committedAt.forEach((id, committed) -> propagations.add(Math.max(0, committed - answeredAt.get(id)) * 1000));
        System.out.printf("writes %d accepted %d seen %d unseen %d refused %s elapsed_s %.1f%n", writes, answeredAt.size(),
                committedAt.size(), answeredAt.size() - committedAt.size(), refused, (System.nanoTime() - start) / 1e9);
        System.out.println("propagation_ms " + percentiles(propagations));
        synchronized (answers) {
            System.out.println("answer_ms " + percentiles(answers));
        }
        stages(producerJdbc, consumerJdbc, answeredAt.keySet(), committedAt);
    }

    private static int inReadModel(Connection consumer, java.util.Set<UUID> ids) throws SQLException {
        try (PreparedStatement count = consumer.prepareStatement("SELECT count(*) FROM participant_fact WHERE id = ANY (?)")) {
            count.setArray(1, consumer.createArrayOf("uuid", ids.toArray()));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** When the transaction that last wrote each participant's row committed, in microseconds of the wall clock. */
    private static Map<UUID, Long> commits(Connection consumer, java.util.Set<UUID> ids) throws SQLException {
        Map<UUID, Long> committed = new HashMap<>();
        try (PreparedStatement select = consumer.prepareStatement(
                "SELECT id, pg_xact_commit_timestamp(xmin) FROM participant_fact WHERE id = ANY (?)")) {
            select.setArray(1, consumer.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Timestamp at = rows.getTimestamp(2);
                    if (at == null) {
                        throw new IllegalStateException("PostgreSQL kept no commit time: track_commit_timestamp must be on");
                    }
                    committed.put(rows.getObject(1, UUID.class), micros(at.toInstant()));
                }
            }
        }
        return committed;
    }

    /** Where the time went, from the stamps the producer's outbox and the consumer's applied_event keep. */
    private static void stages(String producerJdbc, String consumerJdbc, java.util.Set<UUID> participants, Map<UUID, Long> committedAt)
            throws SQLException {
        Map<UUID, long[]> byEvent = new HashMap<>();
        try (Connection producer = DriverManager.getConnection(producerJdbc);
                PreparedStatement outbox = producer.prepareStatement("""
                        SELECT id, aggregate_id, occurred_at, published_at FROM outbox_event
                        WHERE aggregate_id = ANY (?) AND type LIKE '%ParticipantRegistered%' AND published_at IS NOT NULL""")) {
            outbox.setArray(1, producer.createArrayOf("text", participants.stream().map(UUID::toString).toArray()));
            try (ResultSet rows = outbox.executeQuery()) {
                while (rows.next()) {
                    Long committed = committedAt.get(UUID.fromString(rows.getString(2)));
                    if (committed != null) {
                        byEvent.put(rows.getObject(1, UUID.class), new long[] {micros(rows.getTimestamp(3).toInstant()),
                                micros(rows.getTimestamp(4).toInstant()), Long.MIN_VALUE, committed});
                    }
                }
            }
        }
        try (Connection consumer = DriverManager.getConnection(consumerJdbc);
                PreparedStatement applied = consumer.prepareStatement("SELECT event_id, applied_at FROM applied_event WHERE event_id = ANY (?)")) {
            applied.setArray(1, consumer.createArrayOf("uuid", byEvent.keySet().toArray()));
            try (ResultSet rows = applied.executeQuery()) {
                while (rows.next()) {
                    byEvent.get(rows.getObject(1, UUID.class))[2] = micros(rows.getTimestamp(2).toInstant());
                }
            }
        }
        List<Long> relayed = new ArrayList<>();
        List<Long> consumed = new ArrayList<>();
        List<Long> committing = new ArrayList<>();
        for (long[] t : byEvent.values()) {
            if (t[2] != Long.MIN_VALUE) {
                relayed.add((t[1] - t[0]) * 1000);
                consumed.add(Math.max(0, t[2] - t[1]) * 1000);
                committing.add(Math.max(0, t[3] - t[2]) * 1000);
            }
        }
        System.out.println("occurred_to_published_ms " + percentiles(relayed));
        System.out.println("published_to_applied_ms " + percentiles(consumed));
        System.out.println("applied_to_committed_ms " + percentiles(committing));
    }

    private static String body(String prefix, int n, String organisation) {
        return """
                {"systemCode":"SURREY","givenName":"Given%d","familyName":"Family%d","email":"%s%d@example.org",\
                "profession":"NURSE","sector":"NHS_ACUTE","organisationId":"%s","jobTitle":"Ward manager"}"""
                .formatted(n, n, prefix, n, organisation);
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
    }

    /** p50, p90, p99, p99.9 and max in milliseconds, nearest rank as Kafka's EndToEndLatency takes them. */
    private static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "p50 NaN p90 NaN p99 NaN p999 NaN max NaN";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return "p50 %.2f p90 %.2f p99 %.2f p999 %.2f max %.2f".formatted(at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99),
                at(sorted, 0.999), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double p) {
        return sorted[(int) (sorted.length * p)] / 1e6;
    }
}
