package org.leadershipimpact.evaluation.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.leadershipimpact.evaluation.facts.AttendanceFact;
import org.leadershipimpact.evaluation.facts.BenefitFact;
import org.leadershipimpact.evaluation.facts.CohortFact;
import org.leadershipimpact.evaluation.facts.EnrolmentFact;
import org.leadershipimpact.evaluation.facts.Fact;
import org.leadershipimpact.evaluation.facts.MeasureFact;
import org.leadershipimpact.evaluation.facts.ParticipantFact;
import org.leadershipimpact.evaluation.facts.ProgrammeFact;
import org.leadershipimpact.evaluation.facts.ProjectFact;
import org.leadershipimpact.evaluation.facts.SessionFact;
import org.leadershipimpact.evaluation.facts.SignalFact;
import org.leadershipimpact.evaluation.report.EvaluationReport.ChartSegment;
import org.leadershipimpact.evaluation.tally.Contributions;
import org.leadershipimpact.evaluation.tally.TallyChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Keeps the facts and the figures built from them. Each method takes what one event says; it runs
 * inside the event consumer's transaction, which also records the event id, so it is applied once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModel {

    @Inject
    EntityManager entityManager;

    /**
     * Sets the programme's facts. Its first appearance, or a change that may move its funding source,
     * counts again everything of the programme, since all of it is counted under that source.
     */
    public void programme(UUID id, String systemCode, Instant time, boolean mayChangeSource, Consumer<ProgrammeFact> set) {
        recounting(id);
        ProgrammeFact known = ProgrammeFact.findById(id);
        boolean everything = known == null || mayChangeSource;
        upsert(known, time, () -> ProgrammeFact.first(id, systemCode), set, () -> {
            List<Object> affected = listOf(ProgrammeFact.findById(id));
            if (everything) {
                affected.addAll(CohortFact.ofProgramme(id));
                affected.addAll(SessionFact.ofProgramme(id));
                affected.addAll(EnrolmentFact.ofProgramme(id));
                affected.addAll(AttendanceFact.ofProgramme(id));
                affected.addAll(ProjectFact.ofProgramme(id));
                affected.addAll(BenefitFact.ofProgramme(id));
                affected.addAll(SignalFact.ofProgramme(id));
            }
            return affected;
        });
    }

    public void cohort(UUID id, UUID programmeId, String systemCode, Instant time, Consumer<CohortFact> set) {
        countedUnder(programmeId);
        upsert(CohortFact.findById(id), time, () -> CohortFact.first(id, programmeId, systemCode), set,
                () -> listOf(CohortFact.findById(id)));
    }

    public void session(UUID id, UUID cohortId, UUID programmeId, String systemCode, Instant time, Consumer<SessionFact> set) {
        countedUnder(programmeId);
        upsert(SessionFact.findById(id), time, () -> SessionFact.first(id, cohortId, programmeId, systemCode), set,
                () -> listOf(SessionFact.findById(id)));
    }

    /** A participant's profession, sector or organisation moves every enrolment of theirs with them. */
    public void participant(UUID id, String systemCode, Instant time, Consumer<ParticipantFact> set) {
        recounting(id);
        upsert(ParticipantFact.findById(id), time, () -> ParticipantFact.first(id, systemCode, time), set, () -> {
            List<Object> affected = listOf(ParticipantFact.findById(id));
            affected.addAll(EnrolmentFact.ofParticipant(id));
            return affected;
        });
    }

    public void enrolment(UUID id, UUID participantId, UUID cohortId, UUID programmeId, String systemCode, Instant time,
            Consumer<EnrolmentFact> set) {
        countedUnder(programmeId, participantId);
        upsert(EnrolmentFact.findById(id), time, () -> EnrolmentFact.first(id, participantId, cohortId, programmeId, systemCode, time), set,
                () -> listOf(EnrolmentFact.findById(id)));
    }

    public void attendance(UUID enrolmentId, UUID sessionId, UUID cohortId, UUID programmeId, String systemCode, Instant time,
            String mark) {
        countedUnder(programmeId);
        AttendanceFact.Key key = new AttendanceFact.Key(enrolmentId, sessionId);
        upsert(AttendanceFact.findById(key), time, () -> AttendanceFact.first(enrolmentId, sessionId, cohortId, programmeId, systemCode),
                fact -> fact.mark = mark, () -> listOf(AttendanceFact.findById(key)));
    }

    /**
     * A project's first appearance, or a change of its origin, counts its benefits and signals again under
     * its programme and cohort: theirs are the project's, whatever the events that made them said.
     */
    public void project(UUID id, String systemCode, Instant time, boolean mayChangeOrigin, Consumer<ProjectFact> set) {
        recounting(id);
        ProjectFact known = ProjectFact.findById(id);
        if (known != null) {
            countedUnder(known.originProgrammeId);
        }
        boolean everything = known == null || mayChangeOrigin;
        upsert(known, time, () -> ProjectFact.first(id, systemCode, time), set.andThen(project -> {
            countedUnder(project.originProgrammeId);
            if (everything) {
                BenefitFact.ofProject(id).forEach(b -> b.programmeId = project.originProgrammeId);
                SignalFact.ofProject(id).forEach(s -> s.programmeId = project.originProgrammeId);
            }
        }), () -> {
            List<Object> affected = listOf(ProjectFact.findById(id));
            if (everything) {
                affected.addAll(BenefitFact.ofProject(id));
                affected.addAll(SignalFact.ofProject(id));
            }
            return affected;
        });
    }

    /** A benefit counts for its project's programme once the project is known, whatever programme the event named. */
    public void benefit(UUID id, Instant time, Consumer<BenefitFact> set) {
        BenefitFact known = BenefitFact.findById(id);
        if (known != null) {
            countedUnder(known.projectId, known.programmeId);
        }
        upsert(known, time, () -> BenefitFact.first(id), set.andThen(benefit -> {
            countedUnder(benefit.projectId);
            benefit.programmeId = programmeOf(benefit.projectId, benefit.programmeId);
            countedUnder(benefit.programmeId);
        }), () -> listOf(BenefitFact.findById(id)));
    }

    /**
     * What a measure's chart shows now replaces what was known of it: its icons and all its signals.
     * An announcement older than the one applied is passed over.
     */
    public void chart(UUID measureId, UUID projectId, String systemCode, Instant time, String variation, String assurance,
            List<SignalFact> signals, List<ChartSegment> segments) {
        countedUnder(projectId);
        MeasureFact measure = MeasureFact.findById(measureId);
        if (measure != null && measure.chartTime != null && time.isBefore(measure.chartTime)) {
            return;
        }
        if (measure == null) {
            measure = new MeasureFact();
            measure.id = measureId;
            measure.projectId = projectId;
            measure.systemCode = systemCode;
            measure.eventTime = time;
            measure.persist();
        }
        measure.chartTime = time;
        measure.variation = variation;
        measure.assurance = assurance;
        List<SignalFact> shown = measure.withdrawn ? List.of() : signals;
        shown.forEach(s -> s.programmeId = programmeOf(projectId, s.programmeId));
        replaceSignals(measureId, shown);
        replaceSegments(measureId, systemCode, measure.withdrawn ? List.of() : segments);
    }

    /** The chart's segments as announced, whole: an announcement without them (from before they were announced) leaves none. */
    private void replaceSegments(UUID measureId, String systemCode, List<ChartSegment> segments) {
        entityManager.createNativeQuery("DELETE FROM segment_fact WHERE measure_id = :measure")
                .setParameter("measure", measureId).executeUpdate();
        for (int i = 0; i < segments.size(); i++) {
            ChartSegment segment = segments.get(i);
            entityManager.createNativeQuery("""
                    INSERT INTO segment_fact (measure_id, segment, system_code, first_period, last_period, mean, lower_limit, upper_limit)
                    VALUES (:measure, :segment, :system, :from, :to, :mean, :lower, :upper)""")
                    .setParameter("measure", measureId).setParameter("segment", i).setParameter("system", systemCode)
                    .setParameter("from", segment.from()).setParameter("to", segment.to()).setParameter("mean", segment.mean())
                    .setParameter("lower", segment.lowerLimit()).setParameter("upper", segment.upperLimit())
                    .executeUpdate();
        }
    }

    /** A withdrawn measure's points and signals leave every figure; the fact stays, marked, against older events. */
    public void measureWithdrawn(UUID measureId, Instant time) {
        MeasureFact measure = MeasureFact.findById(measureId);
        if (measure == null || time.isBefore(measure.eventTime)) {
            return;
        }
        countedUnder(measure.projectId);
        measure.takes(time);
        measure.withdrawn = true;
        entityManager.createNativeQuery("DELETE FROM data_point_fact WHERE measure_id = :measure")
                .setParameter("measure", measureId).executeUpdate();
        replaceSignals(measureId, List.of());
        replaceSegments(measureId, measure.systemCode, List.of());
    }

    /** Withdrawn points go, unless recorded again since (a newer value of the period stands). */
    public void dataPointsWithdrawn(UUID measureId, List<LocalDate> periods, Instant time) {
        entityManager.createNativeQuery("""
                DELETE FROM data_point_fact WHERE measure_id = :measure AND period IN (:periods) AND event_time <= :time""")
                .setParameter("measure", measureId).setParameter("periods", periods)
                .setParameter("time", time).executeUpdate();
    }

    private void replaceSignals(UUID measureId, List<SignalFact> signals) {
        List<SignalFact> before = SignalFact.ofMeasure(measureId);
        countedUnder(Stream.concat(before.stream(), signals.stream()).map(s -> s.programmeId).toArray(UUID[]::new));
        moving(() -> before, () -> {
            before.forEach(SignalFact::delete);
            signals.forEach(signal -> signal.persist());
        }, () -> signals);
    }

    /**
     * A fact counted under others (a cohort under its programme's funding source, an enrolment under its
     * participant's profession, a benefit under its project's cohort) is counted again when one of those
     * changes. Two instances of this service apply events of different keys at once, in separate
     * transactions: a recount would miss a dependant not yet committed, or, reading again after its own
     * change, count one committed in between twice. So a change that recounts the facts counted under it
     * takes its own lock alone ({@link #recounting}), and a change of a dependant takes the locks of what
     * it is counted under, shared: PostgreSQL advisory locks, held to the end of the transaction, always
     * taken project, then programme, then participant, so that two of them never wait for each other.
     */
    private void countedUnder(UUID... facts) {
        for (UUID fact : facts) {
            if (fact != null) {
                lock("SELECT 1 FROM pg_advisory_xact_lock_shared(:key)", fact);
            }
        }
    }

    private void recounting(UUID fact) {
        lock("SELECT 1 FROM pg_advisory_xact_lock(:key)", fact);
    }

    private void lock(String sql, UUID fact) {
        entityManager.createNativeQuery(sql).setParameter("key", fact.getMostSignificantBits() ^ fact.getLeastSignificantBits())
                .getSingleResult();
    }

    private static UUID programmeOf(UUID projectId, UUID named) {
        ProjectFact project = projectId == null ? null : ProjectFact.findById(projectId);
        return project == null ? named : project.originProgrammeId;
    }

    /** A period recorded again is a correction: the newer value wins. */
    public void dataPoint(UUID measureId, LocalDate period, double value, String systemCode, Instant time) {
        entityManager.createNativeQuery("""
                INSERT INTO data_point_fact (measure_id, period, value, system_code, event_time)
                VALUES (:measure, :period, :value, :system, :time)
                ON CONFLICT (measure_id, period) DO UPDATE SET value = excluded.value, event_time = excluded.event_time
                WHERE data_point_fact.event_time <= excluded.event_time
                """)
                .setParameter("measure", measureId).setParameter("period", period).setParameter("value", value)
                .setParameter("system", systemCode).setParameter("time", time)
                .executeUpdate();
    }

    /** Records that events never change once made (a milestone, a PDSA cycle): the first telling is kept as is. */
    public <F extends PanacheEntityBase> void keep(F known, Supplier<F> create, Consumer<F> set) {
        F fact = known == null ? create.get() : known;
        set.accept(fact);
        if (known == null) {
            fact.persist();
        }
    }

    /** A fact nothing is counted from (an organisation, a measure), kept as the latest event says. */
    public <F extends Fact> void keepLatest(F known, Instant time, Supplier<F> create, Consumer<F> set) {
        if (known != null && time.isBefore(known.eventTime)) {
            return;
        }
        F fact = known == null ? create.get() : known;
        fact.takes(time);
        set.accept(fact);
        if (known == null) {
            fact.persist();
        }
    }

    private <F extends Fact> void upsert(F known, Instant time, Supplier<F> create, Consumer<F> set,
            Supplier<List<Object>> affected) {
        if (known != null && time.isBefore(known.eventTime)) {
            return;
        }
        moving(affected, () -> keepLatest(known, time, create, set), affected);
    }

    /** Runs {@code change}; the figures move by what the affected facts contributed before it and contribute after. */
    private void moving(Supplier<? extends Collection<?>> before, Runnable change, Supplier<? extends Collection<?>> after) {
        TallyChange tally = new TallyChange();
        before.get().forEach(fact -> Contributions.of(fact, tally));
        change.run();
        tally.nowAdding();
        after.get().forEach(fact -> Contributions.of(fact, tally));
        tally.save(entityManager);
    }

    private static List<Object> listOf(Object fact) {
        List<Object> list = new ArrayList<>();
        if (fact != null) {
            list.add(fact);
        }
        return list;
    }
}
