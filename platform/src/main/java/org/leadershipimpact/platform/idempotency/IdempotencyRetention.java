package org.leadershipimpact.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;

/** Keys are honoured for a day: long enough for any client's retries, short enough to keep the table small. */
@ApplicationScoped
public class IdempotencyRetention {

    static final Duration RETENTION = Duration.ofHours(24);

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldKeys() {
        IdempotencyRecord.delete("createdAt < ?1", Instant.now().minus(RETENTION));
    }
}
