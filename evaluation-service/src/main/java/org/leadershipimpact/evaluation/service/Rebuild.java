package org.leadershipimpact.evaluation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.leadershipimpact.platform.events.EventConsumer;

import java.util.List;

/**
 * Builds the read models again from the topics: everything evaluation derived from events is emptied
 * and the consumer, finding nothing applied, reads both topics from the beginning. What evaluation
 * owns itself (instruments, responses, costs, independent evaluations) is not touched. One replica
 * at a time: a replica reads only the partitions it is assigned.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);

    /** Every table an event writes, and nothing else. */
    static final List<String> DERIVED = List.of("organisation_fact", "programme_fact", "cohort_fact", "session_fact",
            "participant_fact", "enrolment_fact", "attendance_fact", "project_fact", "milestone_fact", "pdsa_fact", "measure_fact",
            "data_point_fact", "signal_fact", "segment_fact", "benefit_fact", "tally", "applied_event");

    @Inject
    EventConsumer consumer;

    @Inject
    EntityManager entityManager;

    public synchronized void start() {
        consumer.close();
        try {
            QuarkusTransaction.requiringNew().run(() ->
                    entityManager.createNativeQuery("TRUNCATE " + String.join(", ", DERIVED)).executeUpdate());
            LOG.info("Read models emptied; rebuilding them from the topics");
        } finally {
            consumer.open();
        }
    }
}
