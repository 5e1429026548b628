package org.leadershipimpact.projects.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.NeverMoves;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.projects.ChartRules;
import org.leadershipimpact.projects.DataPoint;
import org.leadershipimpact.projects.ImprovementProject;
import org.leadershipimpact.projects.Measure;
import org.leadershipimpact.projects.events.ProjectEvents.DataPointsRecorded;
import org.leadershipimpact.projects.events.ProjectEvents.RecordedPoint;
import org.leadershipimpact.projects.events.ProjectEvents.MeasureDefined;
import org.leadershipimpact.projects.events.ProjectEvents.ChartSignal;
import org.leadershipimpact.projects.events.ProjectEvents.DataPointsWithdrawn;
import org.leadershipimpact.projects.events.ProjectEvents.ChartSegment;
import org.leadershipimpact.projects.events.ProjectEvents.MeasureChartChanged;
import org.leadershipimpact.projects.events.ProjectEvents.MeasureUpdated;
import org.leadershipimpact.projects.events.ProjectEvents.MeasureWithdrawn;
import org.leadershipimpact.platform.withdrawal.Withdrawal;
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.projects.api.Api.PointsWithdrawal;
import org.leadershipimpact.projects.api.Api.DataPointEntry;
import org.leadershipimpact.projects.api.Api.MeasureRequest;
import org.leadershipimpact.projects.spc.Observation;
import org.leadershipimpact.projects.spc.RunChart;
import org.leadershipimpact.projects.spc.SpcChart;
import org.leadershipimpact.projects.spc.SpcOptions;
import org.leadershipimpact.projects.spc.XmrChart;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Measures, their data points, and their charts. */
@ApplicationScoped
@Transactional
public class MeasureService {

    public static final int MAX_POINTS_PER_CALL = 10_000;
    static final String WHAT = "Measure";
    static final String POINT = "Data point";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ProjectService projects;

    @Inject
    EntityManager entityManager;

    @Inject
    Withdrawals withdrawals;

    @Inject
    DerivedBenefits derivedBenefits;

    public Measure define(MeasureRequest request) {
        ImprovementProject project = projects.toAddTo(request.projectId());
        Measure measure = Measure.of(project);
        apply(measure, request);
        measure.persist();
        outbox.publish(measure.id, new MeasureDefined(measure.id, measure.projectId, measure.systemCode, measure.name,
                measure.kind.name(), measure.unit, measure.direction.name(), measure.baseline, measure.target));
        return measure;
    }

    /** A measure's data points, its chart and its place in every figure go with it; benefits derived from it are worth £0. */
    public Withdrawal withdraw(UUID id, Withdrawals.Request request, String ifMatch) {
        Measure measure = caller.visibleEvenIfWithdrawn(Measure.findById(id), WHAT, id);
        return withdrawals.withdraw(WHAT, measure, request, ifMatch, List.of(), () -> {
            outbox.publish(measure.id, new MeasureWithdrawn(measure.id, measure.projectId, measure.systemCode));
            derivedBenefits.follow(measure);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal withdrawal(UUID id) {
        return withdrawals.of(WHAT, caller.visibleEvenIfWithdrawn(Measure.findById(id), WHAT, id));
    }

    public Measure update(UUID id, MeasureRequest request, String ifMatch) {
        Measure measure = get(id);
        NeverMoves.require("measure", "projects", "projectId", measure.projectId, request.projectId());
        ETags.requireMatch(ifMatch, measure.version);
        apply(measure, request);
        outbox.publish(measure.id, new MeasureUpdated(measure.id, measure.projectId, measure.systemCode, measure.name,
                measure.kind.name(), measure.unit, measure.direction.name(), measure.baseline, measure.target));
        chartChanged(measure);
        return measure;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Measure get(UUID id) {
        return caller.visible(Measure.findById(id), WHAT, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Measure> list(PageRequest page, String system, UUID projectId) {
        return Measure.page(page, caller.listableSystems(system), projectId);
    }

    /**
     * Records points all together or not at all; a period recorded before is corrected. Every refused
     * row is reported with its index. New special causes the points reveal are announced.
     */
    public int record(UUID measureId, List<DataPointEntry> entries) {
        Measure measure = get(measureId);
        checkPoints(entries);
        DataPoint.record(measureId, entries.stream().map(e -> new Observation(e.date(), e.value())).toList(), Instant.now(clock));
        TreeSet<LocalDate> dates = new TreeSet<>(entries.stream().map(DataPointEntry::date).toList());
        outbox.publish(measure.id, new DataPointsRecorded(measure.id, measure.projectId, measure.systemCode,
                entries.size(), dates.first(), dates.last(),
                entries.stream().map(e -> new RecordedPoint(e.date(), e.value())).toList()));
        entityManager.flush();
        chartChanged(measure);
        return entries.size();
    }

    /**
     * Takes points back, all together or not at all: each must stand now (one already withdrawn is
     * passed over). They leave the chart, and the chart's new state is announced.
     */
    public List<Withdrawal> withdrawPoints(UUID measureId, PointsWithdrawal request) {
        Measure measure = get(measureId);
        Map<LocalDate, DataPoint> recorded = new HashMap<>();
        DataPoint.everOfMeasure(measureId).forEach(p -> recorded.put(p.period, p));
        List<Problem.Violation> problems = new ArrayList<>();
        for (int row = 0; row < request.periods().size(); row++) {
            if (!recorded.containsKey(request.periods().get(row))) {
                problems.add(new Problem.Violation("periods[" + row + "]", "no point was recorded for " + request.periods().get(row)));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(problems);
        }
        Withdrawals.Request reason = new Withdrawals.Request(request.reason());
        List<Withdrawal> done = new ArrayList<>();
        for (LocalDate period : new TreeSet<>(request.periods())) {
            DataPoint point = recorded.get(period);
            if (point.withdrawnAt == null) {
                Withdrawal withdrawal = withdrawals.audit(POINT, measureId, period.toString(), measure.systemCode, reason);
                point.withdrawnAt = withdrawal.withdrawnAt;
                done.add(withdrawal);
            }
        }
        if (!done.isEmpty()) {
            outbox.publish(measure.id, new DataPointsWithdrawn(measure.id, measure.projectId, measure.systemCode,
                    done.stream().map(w -> LocalDate.parse(w.part)).toList()));
            entityManager.flush();
            chartChanged(measure);
        }
        return done;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Withdrawal> pointWithdrawals(UUID measureId) {
        caller.visibleEvenIfWithdrawn(Measure.findById(measureId), WHAT, measureId);
        return Withdrawal.ofParts(POINT, measureId);
    }

    private static void checkPoints(List<DataPointEntry> entries) {
        if (entries.size() > MAX_POINTS_PER_CALL) {
            throw ProblemException.invalid("points", "at most " + MAX_POINTS_PER_CALL + " points per call");
        }
        List<Problem.Violation> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int row = 0; row < entries.size(); row++) {
            DataPointEntry entry = entries.get(row);
            if (entry.value().isNaN() || entry.value().isInfinite()) {
                problems.add(new Problem.Violation("points[" + row + "].value", "must be a finite number"));
            }
            if (!seen.add(entry.date())) {
                problems.add(new Problem.Violation("points[" + row + "].date", "appears twice in this request"));
            }
        }
        if (!problems.isEmpty()) {
            ProblemException invalid = new ProblemException(400, "validation", "Invalid request", problems.size() + " rows are invalid");
            invalid.violations().addAll(problems);
            throw invalid;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DataPoint> points(UUID measureId) {
        get(measureId);
        return DataPoint.ofMeasure(measureId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SpcChart chart(UUID measureId) {
        Measure measure = get(measureId);
        return chartOf(measure);
    }

    static SpcChart chartOf(Measure measure) {
        List<Observation> observations = DataPoint.observationsOf(measure.id);
        SpcOptions options = new SpcOptions(measure.direction, List.copyOf(measure.rebaseDates), measure.fixedBaselinePoints,
                measure.screenOutliers, measure.target, SpcOptions.DEFAULT_SHORT_SEGMENT_BELOW);
        return measure.chartRules == ChartRules.IHI_RUN_CHART ? RunChart.of(observations, options) : XmrChart.of(observations, options);
    }

    /**
     * Announces the chart of every measure with points whose chart was never announced: measures from
     * before charts were announced whole (their signals went out one by one, and cannot be taken back).
     * Nothing to do on a new database; run at start.
     */
    void onStart(@Observes StartupEvent started) {
        QuarkusTransaction.requiringNew().run(this::announceUnannouncedCharts);
    }

    public void announceUnannouncedCharts() {
        List<UUID> unannounced = entityManager.createNativeQuery("""
                SELECT m.id FROM measure m
                WHERE m.withdrawn_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM announced_chart a WHERE a.measure_id = m.id)
                  AND EXISTS (SELECT 1 FROM data_point p WHERE p.measure_id = m.id AND p.withdrawn_at IS NULL)""", UUID.class)
                .getResultList();
        unannounced.forEach(id -> announceChart(Measure.findById(id)));
    }

    /**
     * The chart may have changed: it is announced if what it shows did, and the benefits derived from it
     * follow it (their value moves with the means even when no signal does).
     */
    private void chartChanged(Measure measure) {
        announceChart(measure);
        derivedBenefits.follow(measure);
    }

    /**
     * Announces what the measure's chart shows now when that differs from what was last announced. The
     * whole state goes out, so consumers replace what they knew: a signal a correction removed is gone.
     */
    private void announceChart(Measure measure) {
        SpcChart chart = chartOf(measure);
        List<ChartSignal> signals = chart.signals().stream().map(s -> new ChartSignal(s.cause().name(), s.pointType().name(),
                s.periods().get(0), s.periods().get(s.periods().size() - 1), s.periods())).toList();
        String variation = chart.points().isEmpty() || chart.variation() == null ? null : chart.variation().name();
        String assurance = chart.assurance() == null ? null : chart.assurance().name();
        List<ChartSegment> segments = chart.segments().stream().map(s -> new ChartSegment(s.start(), s.end(), s.mean(),
                SpcChart.finite(s.lowerLimit()), SpcChart.finite(s.upperLimit()))).toList();
        String state = variation + "|" + assurance + "|" + signals + "|" + segments;
        Object announced = entityManager.createNativeQuery("SELECT state FROM announced_chart WHERE measure_id = :measure")
                .setParameter("measure", measure.id).getResultStream().findFirst().orElse(null);
        if (state.equals(announced) || announced == null && chart.points().isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                INSERT INTO announced_chart (measure_id, state) VALUES (:measure, :state)
                ON CONFLICT (measure_id) DO UPDATE SET state = excluded.state""")
                .setParameter("measure", measure.id).setParameter("state", state).executeUpdate();
        UUID programme = ImprovementProject.<ImprovementProject>findById(measure.projectId).originProgrammeId;
        outbox.publish(measure.id, new MeasureChartChanged(measure.id, measure.projectId, programme, measure.systemCode,
                variation, assurance, signals, segments));
    }

    private static void apply(Measure measure, MeasureRequest request) {
        measure.name = request.name().strip();
        measure.kind = request.kind();
        measure.unit = request.unit().strip();
        measure.direction = request.direction();
        measure.baseline = request.baseline();
        measure.target = request.target();
        measure.rebaseDates = new TreeSet<>(request.rebaseDates() == null ? Set.of() : request.rebaseDates());
        measure.fixedBaselinePoints = request.fixedBaselinePoints();
        measure.screenOutliers = request.screenOutliers() == null || request.screenOutliers();
        measure.chartRules = request.chartRules() == null ? ChartRules.MAKING_DATA_COUNT : request.chartRules();
    }
}
