package org.leadershipimpact.evaluation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.evaluation.facts.CohortFact;
import org.leadershipimpact.evaluation.facts.ProgrammeFact;
import org.leadershipimpact.evaluation.service.ReadModel;
import org.leadershipimpact.evaluation.tally.Contributions;
import org.leadershipimpact.evaluation.tally.Scope;
import org.leadershipimpact.evaluation.tally.TallyChange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of evaluation-service apply events of different keys at once, each in its own
 * transaction. FaultScenariosIT's two-instance scenario once ended with a cohort counted twice: the
 * programme's first event recounted the programme's cohorts while the cohort's own event was being
 * applied by the other instance. Here the two transactions are interleaved on purpose: the cohort's is
 * left open while the programme's is applied.
 */
@QuarkusTest
class ConcurrentApplyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ReadModel readModel;

    @Inject
    EntityManager entityManager;

    @Test
    void aProgrammeHeardOfWhileItsCohortIsBeingAppliedCountsTheCohortOnceUnderItsFundingSource() throws Exception {
        String system = Fixtures.newSystem();
        UUID programme = UUID.randomUUID();
        UUID cohort = UUID.randomUUID();
        String source = "Fund " + programme;
        CountDownLatch cohortApplied = new CountDownLatch(1);
        CountDownLatch commitCohort = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            // one instance applies the cohort's event (its programme not yet heard of) and has not committed yet
            Future<?> first = instances.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                readModel.cohort(cohort, programme, system, Instant.now(), c -> c.name = "Cohort 1");
                cohortApplied.countDown();
                await(commitCohort);
            }));
            assertTrue(cohortApplied.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the cohort's event was applied");
            // the other applies the programme's first event, which counts everything of the programme again
            Future<?> second = instances.submit(() -> QuarkusTransaction.requiringNew().run(() ->
                    readModel.programme(programme, system, Instant.now(), true, p -> {
                        p.title = "Programme";
                        p.kind = "SYSTEM_LEADERSHIP";
                        p.status = "OPEN";
                        p.fundingSource = source;
                    })));
            // it must wait for the cohort's transaction; without that wait it ends first, having recounted no cohort
            Instant deadline = Instant.now().plus(PATIENCE);
            while (!second.isDone() && !waitingForALock()) {
                assertTrue(Instant.now().isBefore(deadline), "the programme's event neither waited nor finished within " + PATIENCE);
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            commitCohort.countDown();
            first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            commitCohort.countDown();
            instances.shutdownNow();
        }
        try {
            assertEquals(1, cohorts(Scope.system(system)));
            assertEquals(1, cohorts(Scope.fundingInSystem(source, system)), "the cohort is counted under its programme's funding source");
            assertEquals(0, cohorts(Scope.fundingInSystem(ProgrammeFact.NO_SOURCE, system)), "and no longer under none");
        } finally {
            forget(cohort, programme);
        }
    }

    /**
     * Takes the two facts and what they added to the figures away again: they came from no event, and
     * RebuildTest holds the national figures to what a rebuild from the topics gives.
     */
    private void forget(UUID cohort, UUID programme) {
        QuarkusTransaction.requiringNew().run(() -> {
            TallyChange taken = new TallyChange();
            CohortFact cohortFact = CohortFact.findById(cohort);
            ProgrammeFact programmeFact = ProgrammeFact.findById(programme);
            Contributions.of(cohortFact, taken);
            Contributions.of(programmeFact, taken);
            taken.save(entityManager);
            cohortFact.delete();
            programmeFact.delete();
        });
    }

    private boolean waitingForALock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'""")
                .getSingleResult()).longValue() > 0);
    }

    private long cohorts(Scope scope) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> amounts = entityManager.createNativeQuery("""
                    SELECT amount FROM tally WHERE scope = :scope AND scope_key = :key AND metric = 'cohorts' AND item = :item""")
                    .setParameter("scope", scope.kind().name()).setParameter("key", scope.key()).setParameter("item", Contributions.TOTAL)
                    .getResultList();
            return amounts.isEmpty() ? 0L : ((Number) amounts.get(0)).longValue();
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "released within " + PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
