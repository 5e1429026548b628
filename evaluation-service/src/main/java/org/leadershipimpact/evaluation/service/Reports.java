package org.leadershipimpact.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.leadershipimpact.evaluation.EvidenceLevel;
import org.leadershipimpact.evaluation.IndependentEvaluation;
import org.leadershipimpact.evaluation.ProgrammeCost;
import org.leadershipimpact.evaluation.facts.BenefitFact;
import org.leadershipimpact.evaluation.facts.CohortFact;
import org.leadershipimpact.evaluation.facts.MeasureFact;
import org.leadershipimpact.evaluation.facts.MilestoneFact;
import org.leadershipimpact.evaluation.facts.PdsaFact;
import org.leadershipimpact.evaluation.facts.ProgrammeFact;
import org.leadershipimpact.evaluation.facts.ProjectFact;
import org.leadershipimpact.evaluation.facts.SignalFact;
import org.leadershipimpact.evaluation.report.EvaluationReport;
import org.leadershipimpact.evaluation.report.EvaluationReport.BenefitLine;
import org.leadershipimpact.evaluation.report.EvaluationReport.ChartPoint;
import org.leadershipimpact.evaluation.report.EvaluationReport.ChartSegment;
import org.leadershipimpact.evaluation.report.EvaluationReport.ChartSignal;
import org.leadershipimpact.evaluation.report.EvaluationReport.CostLine;
import org.leadershipimpact.evaluation.report.Appraisal;
import org.leadershipimpact.evaluation.report.Appraisal.AttributionMode;
import org.leadershipimpact.evaluation.report.EvaluationReport.Attribution;
import org.leadershipimpact.evaluation.report.EvaluationReport.Derivation;
import org.leadershipimpact.evaluation.report.InstrumentFigures;
import org.leadershipimpact.evaluation.report.PrePostPairing;
import org.leadershipimpact.evaluation.report.ProjectReport;
import org.leadershipimpact.evaluation.report.ReturnOnInvestment;
import org.leadershipimpact.evaluation.api.SummaryView;
import org.leadershipimpact.evaluation.survey.Instrument;
import org.leadershipimpact.evaluation.survey.SurveyResponse;
import org.leadershipimpact.evaluation.tally.Scope;
import org.leadershipimpact.evaluation.tally.TallyChange;
import org.leadershipimpact.platform.events.AppliedEvent;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Builds the evaluation report of a programme or cohort from the read models and the survey
 * responses. Only the figures of one programme are read, so a report costs the same whatever else
 * the platform holds. This class loads; the plain classes of {@code report} compute the survey
 * figures, the pre/post pairing and the ROI.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reports {

    private static final Set<String> IMPLEMENTED = Set.of("IMPLEMENTATION", "SUSTAINING", "CLOSED");

    @Inject
    Summaries summaries;

    @Inject
    Clock clock;

    @Inject
    Disclosure disclosure;

    @Inject
    EntityManager entityManager;

    /**
     * What the report counts: benefits at or above {@code evidenceLevel}, within {@code months} from
     * {@code from} (the programme's start when null), and how it values them (docs/design/credible-value.md).
     */
    public record Options(EvidenceLevel evidenceLevel, LocalDate from, int months, BigDecimal discountRate, AttributionMode attribution,
            boolean monetiseUnitValues, BigDecimal costOptimismBias, BigDecimal benefitOptimismBias) {

        /** Every choice out of its range is named at once. */
        public Options {
            List<Problem.Violation> wrong = new ArrayList<>();
            within(wrong, "benefitMonths", BigDecimal.valueOf(months), 1, 120);
            within(wrong, "discountRate", discountRate, 0, 10);
            within(wrong, "costOptimismBias", costOptimismBias, 0, 200);
            within(wrong, "benefitOptimismBias", benefitOptimismBias, 0, 100);
            if (!wrong.isEmpty()) {
                throw ProblemException.invalid(wrong);
            }
        }

        private static void within(List<Problem.Violation> wrong, String name, BigDecimal value, int min, int max) {
            if (value == null || value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                wrong.add(new Problem.Violation(name, "must be from " + min + " to " + max));
            }
        }

        Appraisal.Terms terms(LocalDate start) {
            return new Appraisal.Terms(evidenceLevel, start, months, discountRate, attribution, monetiseUnitValues, costOptimismBias,
                    benefitOptimismBias);
        }
    }

    /** When the newest event the figures reflect was applied; null before any was. */
    public Instant dataAsOf() {
        return AppliedEvent.<AppliedEvent>find("order by appliedAt desc").firstResultOptional().map(e -> e.appliedAt).orElse(null);
    }

    public EvaluationReport ofProgramme(UUID programmeId, Options options) {
        ProgrammeFact programme = summaries.programme(programmeId);
        return build(programme, null, options);
    }

    public EvaluationReport ofCohort(UUID cohortId, Options options) {
        CohortFact cohort = summaries.cohort(cohortId);
        return build(summaries.programme(cohort.programmeId), cohort, options);
    }

    /** A project's one-page summary: the project, its measures and charts, what it completed and the benefits it recorded. */
    public ProjectReport ofProject(UUID projectId) {
        ProjectFact project = summaries.project(projectId);
        ProgrammeFact programme = project.originProgrammeId == null ? null : ProgrammeFact.findById(project.originProgrammeId);
        CohortFact cohort = project.originCohortId == null ? null : CohortFact.findById(project.originCohortId);
        List<ProjectReport.PdsaCycle> cycles = PdsaFact.<PdsaFact>list("projectId = ?1 order by completedOn, id", projectId).stream()
                .map(c -> new ProjectReport.PdsaCycle(c.id, c.completedOn, c.act)).toList();
        List<ProjectReport.Milestone> milestones = MilestoneFact.<MilestoneFact>list("projectId = ?1 order by achievedOn, id", projectId)
                .stream().map(m -> new ProjectReport.Milestone(m.id, m.title, m.achievedOn)).toList();
        List<ProjectReport.Benefit> benefits = BenefitFact.<BenefitFact>list("projectId = ?1 and withdrawn = false order by periodStart, id",
                projectId).stream().map(b -> new ProjectReport.Benefit(b.id, b.category, b.value, b.unit, b.periodStart, b.periodEnd,
                        b.cashable, b.evidenceLevel, b.recurrence, b.attributionShare, b.attributionConfidence)).toList();
        return new ProjectReport(project.id, project.systemCode, project.title, project.theme, project.stage,
                programme == null ? null : programme.id, programme == null ? null : programme.title,
                cohort == null ? null : cohort.id, cohort == null ? null : cohort.name, project.leads,
                measures(List.of(project)), cycles, milestones, benefits);
    }

    private EvaluationReport build(ProgrammeFact programme, CohortFact cohort, Options options) {
        UUID cohortId = cohort == null ? null : cohort.id;
        // the programme and cohort were looked up and checked above: read their figures directly
        Figures figures = summaries.figures(cohort == null ? Scope.programme(programme.id) : Scope.cohort(cohort.id));
        List<ProjectFact> projects = ProjectFact.ofProgramme(programme.id).stream()
                .filter(p -> cohortId == null || cohortId.equals(p.originCohortId)).toList();
        Set<UUID> projectIds = new java.util.HashSet<>(projects.stream().map(p -> p.id).toList());
        List<BenefitFact> benefits = BenefitFact.ofProgramme(programme.id).stream()
                .filter(b -> cohortId == null || projectIds.contains(b.projectId)).toList();
        List<SignalFact> signals = SignalFact.ofProgramme(programme.id).stream()
                .filter(s -> cohortId == null || projectIds.contains(s.projectId)).toList();
        List<Instrument> instruments = Instrument.ofProgramme(programme.id).stream()
                .filter(i -> cohortId == null || i.cohortId == null || i.cohortId.equals(cohortId)).toList();
        Map<UUID, List<SurveyResponse>> responses = new HashMap<>();
        for (Instrument instrument : instruments) {
            responses.put(instrument.id, SurveyResponse.ofInstrument(instrument.id).stream()
                    .filter(r -> cohortId == null || cohortId.equals(r.cohortId)).toList());
        }
        Appraisal.Terms terms = options.terms(options.from() != null ? options.from() : benefitsStart(programme, benefits));
        SummaryView participation = disclosure.summary(cohort == null ? "PROGRAMME" : "COHORT",
                (cohort == null ? programme.id : cohort.id).toString(), cohort == null ? programme.title : cohort.name,
                figures);
        return new EvaluationReport(programme.id, cohortId, programme.systemCode, programme.title,
                cohort == null ? null : cohort.name,
                new EvaluationReport.Parameters(options.evidenceLevel().name(), terms.from(), terms.from().plusMonths(options.months()),
                        options.months(), options.discountRate(), options.attribution().name(), options.monetiseUnitValues(),
                        options.costOptimismBias(), options.benefitOptimismBias()),
                participation,
                InstrumentFigures.results(instruments, responses, 1, disclosure::withheld),
                PrePostPairing.learning(instruments, responses, disclosure::withheld),
                behaviour(instruments, responses, projects),
                new EvaluationReport.Results(benefitLines(benefits), byPointType(signals), measuresImproving(signals), measures(projects)),
                roi(programme, cohort, figures, benefits, terms),
                IndependentEvaluation.ofProgramme(programme.id).stream()
                        .map(e -> new EvaluationReport.Evaluation(e.id, e.evaluator, e.reportedOn, e.method, e.findings, e.link))
                        .toList(),
                disclosure.threshold());
    }

    /** The benefit period starts with the programme, or with the first benefit when the programme has no start date. */
    private LocalDate benefitsStart(ProgrammeFact programme, List<BenefitFact> benefits) {
        if (programme.startDate != null) {
            return programme.startDate;
        }
        return benefits.stream().map(b -> b.periodStart).min(Comparator.naturalOrder()).orElse(LocalDate.now(clock));
    }

    private EvaluationReport.Behaviour behaviour(List<Instrument> instruments, Map<UUID, List<SurveyResponse>> responses,
            List<ProjectFact> projects) {
        Map<String, Long> byStage = new TreeMap<>();
        Map<String, Long> byTheme = new TreeMap<>();
        long leads = 0;
        for (ProjectFact project : projects) {
            byStage.merge(project.stage, 1L, Long::sum);
            byTheme.merge(project.theme == null ? TallyChange.UNKNOWN : project.theme, 1L, Long::sum);
            leads += project.leads;
        }
        // one count each for all the projects, not one per project
        List<UUID> ids = projects.stream().map(p -> p.id).toList();
        long pdsa = ids.isEmpty() ? 0 : PdsaFact.count("projectId in ?1", ids);
        long milestones = ids.isEmpty() ? 0 : MilestoneFact.count("projectId in ?1", ids);
        long implemented = projects.stream().filter(p -> IMPLEMENTED.contains(p.stage)).count();
        return new EvaluationReport.Behaviour(InstrumentFigures.results(instruments, responses, 3, disclosure::withheld), projects.size(), byStage, byTheme,
                implemented, leads, pdsa, milestones);
    }

    private static List<BenefitLine> benefitLines(List<BenefitFact> benefits) {
        Map<List<Object>, BenefitLine> lines = new LinkedHashMap<>();
        benefits.stream().sorted(Comparator.comparing((BenefitFact b) -> b.category).thenComparing(b -> b.unit)
                        .thenComparing(b -> EvidenceLevel.of(b.evidenceLevel)))
                .forEach(b -> lines.merge(List.of(b.category, b.unit, b.evidenceLevel, b.cashable),
                        new BenefitLine(b.category, b.unit, b.evidenceLevel, b.cashable, 1, b.value),
                        (x, y) -> new BenefitLine(x.category(), x.unit(), x.evidenceLevel(), x.cashable(), x.count() + 1,
                                x.value().add(y.value()))));
        return new ArrayList<>(lines.values());
    }

    /** The projects' measures with their charts, in the order of their projects and names: one query each for measures, points, segments. */
    private List<EvaluationReport.MeasureLine> measures(List<ProjectFact> projects) {
        if (projects.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> titles = new HashMap<>();
        projects.forEach(p -> titles.put(p.id, p.title));
        List<MeasureFact> measures = MeasureFact.list("projectId in ?1 and withdrawn = false", titles.keySet());
        if (measures.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = measures.stream().map(m -> m.id).toList();
        Map<UUID, List<ChartPoint>> points = new HashMap<>();
        for (Tuple row : rows("SELECT measure_id, period, value FROM data_point_fact WHERE measure_id IN (:ids) ORDER BY period", ids)) {
            points.computeIfAbsent(row.get(0, UUID.class), m -> new ArrayList<>())
                    .add(new ChartPoint(day(row.get(1)), row.get(2, Double.class)));
        }
        Map<UUID, List<ChartSegment>> segments = new HashMap<>();
        for (Tuple row : rows("""
                SELECT measure_id, first_period, last_period, mean, lower_limit, upper_limit FROM segment_fact
                WHERE measure_id IN (:ids) ORDER BY segment""", ids)) {
            segments.computeIfAbsent(row.get(0, UUID.class), m -> new ArrayList<>()).add(new ChartSegment(day(row.get(1)),
                    day(row.get(2)), row.get(3, Double.class), row.get(4, Double.class), row.get(5, Double.class)));
        }
        Map<UUID, List<ChartSignal>> signals = new HashMap<>();
        SignalFact.<SignalFact>list("measureId in ?1 order by firstPeriod", ids).forEach(s -> signals
                .computeIfAbsent(s.measureId, m -> new ArrayList<>()).add(new ChartSignal(s.signal, s.pointType, s.firstPeriod, s.lastPeriod)));
        return measures.stream()
                .map(m -> new EvaluationReport.MeasureLine(m.id, m.projectId, titles.get(m.projectId), m.name, m.unit, m.direction, m.target,
                        m.variation, m.assurance, points.getOrDefault(m.id, List.of()), segments.getOrDefault(m.id, List.of()),
                        signals.getOrDefault(m.id, List.of())))
                .sorted(Comparator.comparing((EvaluationReport.MeasureLine m) -> String.valueOf(m.projectTitle()))
                        .thenComparing(m -> String.valueOf(m.name())))
                .toList();
    }

    /** A date column of a native query, as whichever type the driver gave. */
    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, List<UUID> ids) {
        return entityManager.createNativeQuery(sql, Tuple.class).setParameter("ids", ids).getResultList();
    }

    private static Map<String, Long> byPointType(List<SignalFact> signals) {
        Map<String, Long> byType = new TreeMap<>();
        signals.forEach(signal -> byType.merge(signal.pointType, 1L, Long::sum));
        return byType;
    }

    private static long measuresImproving(List<SignalFact> signals) {
        return signals.stream()
                .filter(s -> "SPECIAL_CAUSE_IMPROVEMENT".equals(s.pointType))
                .map(s -> s.measureId).distinct().count();
    }

    private EvaluationReport.Roi roi(ProgrammeFact programme, CohortFact cohort, Figures figures, List<BenefitFact> benefits,
            Appraisal.Terms terms) {
        List<CostLine> extra = ProgrammeCost.ofProgramme(programme.id).stream()
                .map(c -> new CostLine(c.category.name(), c.description, c.amountPence)).toList();
        BigDecimal share = cohort == null ? null : ReturnOnInvestment.cohortShare(figures.count("enrolments"),
                summaries.figures(Scope.programme(programme.id)).count("enrolments"));
        return ReturnOnInvestment.of(programme.fundingPence, extra, share, benefits.stream().map(Reports::claim).toList(), terms);
    }

    private static Appraisal.Claim claim(BenefitFact b) {
        Attribution attribution = b.attributionShare == null ? null : new Attribution(b.attributionShare, b.attributionMethod,
                b.attributionConfidence, b.attributionEstimatedBy, b.attributionEstimatedOn);
        Derivation derivation = b.derivedFromMeasureId == null ? null : new Derivation(b.derivedFromMeasureId, b.derivationStatus,
                b.derivationBeforeMean, b.derivationAfterMean, b.derivationChange, b.derivationMonths, b.derivationRebaseDate);
        return new Appraisal.Claim(b.id, b.projectId, b.category, b.value, b.unit, b.isMoney(), EvidenceLevel.of(b.evidenceLevel),
                b.periodStart, b.periodEnd, Appraisal.Recurrence.of(b.recurrence), b.annualDropOff, b.unitValue, b.unitValueSource,
                attribution, derivation);
    }
}
