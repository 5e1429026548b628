package org.leadershipimpact.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.rest.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.projects.ChartRules;
import org.leadershipimpact.projects.DataPoint;
import org.leadershipimpact.projects.ImprovementProject;
import org.leadershipimpact.projects.Measure;
import org.leadershipimpact.projects.events.ProjectEvents.DataPointsRecorded;
import org.leadershipimpact.projects.events.ProjectEvents.RecordedPoint;
import org.leadershipimpact.projects.events.ProjectEvents.MeasureDefined;
import org.leadershipimpact.projects.events.ProjectEvents.SpcSignalDetected;
import org.leadershipimpact.projects.rest.Api.DataPointEntry;
import org.leadershipimpact.projects.rest.Api.MeasureRequest;
import org.leadershipimpact.projects.spc.Observation;
import org.leadershipimpact.projects.spc.RunChart;
import org.leadershipimpact.projects.spc.SpcChart;
import org.leadershipimpact.projects.spc.SpcOptions;
import org.leadershipimpact.projects.spc.SpecialCause;
import org.leadershipimpact.projects.spc.XmrChart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    ProjectService projects;

    @Inject
    EntityManager entityManager;

    public Measure define(MeasureRequest request) {
        ImprovementProject project = projects.get(request.projectId());
        Measure measure = Measure.of(project);
        apply(measure, request);
        measure.persist();
        outbox.publish("measure", measure.id, new MeasureDefined(measure.id, measure.projectId, measure.systemCode, measure.name,
                measure.kind.name(), measure.unit, measure.direction.name(), measure.baseline, measure.target));
        return measure;
    }

    public Measure update(UUID id, MeasureRequest request, String ifMatch) {
        Measure measure = get(id);
        if (!measure.projectId.equals(request.projectId())) {
            throw ProblemException.invalid("projectId", "must be " + measure.projectId + ": a measure never moves between projects");
        }
        ETags.requireMatch(ifMatch, measure.version);
        apply(measure, request);
        announceNewSignals(measure);
        return measure;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Measure get(UUID id) {
        return caller.visible(Measure.findById(id), "Measure", id);
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
        Map<LocalDate, DataPoint> existing = new HashMap<>();
        DataPoint.ofMeasure(measureId).forEach(p -> existing.put(p.period, p));
        java.time.Instant now = ProjectService.now();
        for (DataPointEntry entry : entries) {
            DataPoint point = existing.get(entry.date());
            boolean isNew = point == null;
            if (isNew) {
                point = new DataPoint();
                point.measureId = measureId;
                point.period = entry.date();
                existing.put(entry.date(), point);
            }
            point.value = entry.value();
            point.recordedAt = now;
            if (isNew) {
                entityManager.persist(point);
            }
        }
        TreeSet<LocalDate> dates = new TreeSet<>(entries.stream().map(DataPointEntry::date).toList());
        outbox.publish("measure", measure.id, new DataPointsRecorded(measure.id, measure.projectId, measure.systemCode,
                entries.size(), dates.first(), dates.last(),
                entries.stream().map(e -> new RecordedPoint(e.date(), e.value())).toList()));
        entityManager.flush();
        announceNewSignals(measure);
        return entries.size();
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
        List<Observation> observations = DataPoint.ofMeasure(measure.id).stream().map(p -> new Observation(p.period, p.value)).toList();
        SpcOptions options = new SpcOptions(measure.direction, List.copyOf(measure.rebaseDates), measure.fixedBaselinePoints,
                measure.screenOutliers, measure.target, SpcOptions.DEFAULT_SHORT_SEGMENT_BELOW);
        return measure.chartRules == ChartRules.IHI_RUN_CHART ? RunChart.of(observations, options) : XmrChart.of(observations, options);
    }

    /**
     * Announces each special cause the measure's chart (by its rules) shows that was not announced before, once per signal and run
     * of points. Signals are remembered per point, so recomputed limits never announce the same point twice.
     */
    private void announceNewSignals(Measure measure) {
        SpcChart chart = chartOf(measure);
        Map<SpecialCause, List<SpcChart.Point>> fresh = new LinkedHashMap<>();
        for (SpcChart.Point point : chart.points()) {
            if (point.specialCause() == SpecialCause.COMMON_CAUSE) {
                continue;
            }
            int inserted = entityManager.createNativeQuery("""
                    INSERT INTO spc_signal_seen (measure_id, period, signal) VALUES (:measure, :period, :signal)
                    ON CONFLICT DO NOTHING""")
                    .setParameter("measure", measure.id)
                    .setParameter("period", point.date())
                    .setParameter("signal", point.specialCause().name())
                    .executeUpdate();
            if (inserted == 1) {
                fresh.computeIfAbsent(point.specialCause(), c -> new ArrayList<>()).add(point);
            }
        }
        UUID programme = ImprovementProject.<ImprovementProject>findById(measure.projectId).originProgrammeId;
        fresh.forEach((cause, points) -> outbox.publish("measure", measure.id, new SpcSignalDetected(measure.id, measure.projectId,
                programme, measure.systemCode, cause.name(), points.get(0).pointType().name(),
                points.stream().map(SpcChart.Point::date).toList())));
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
