package org.leadershipimpact.projects.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.projects.Attribution;
import org.leadershipimpact.projects.Benefit;
import org.leadershipimpact.projects.BenefitCategory;
import org.leadershipimpact.projects.ChartRules;
import org.leadershipimpact.projects.DataPoint;
import org.leadershipimpact.projects.Derivation;
import org.leadershipimpact.projects.EvidenceLevel;
import org.leadershipimpact.projects.ImprovementProject;
import org.leadershipimpact.projects.Measure;
import org.leadershipimpact.projects.MeasureKind;
import org.leadershipimpact.projects.Milestone;
import org.leadershipimpact.projects.PdsaAct;
import org.leadershipimpact.projects.PdsaCycle;
import org.leadershipimpact.projects.ProjectStage;
import org.leadershipimpact.projects.Recurrence;
import org.leadershipimpact.projects.Theme;
import org.leadershipimpact.projects.api.Api;
import org.leadershipimpact.projects.service.BenefitService;
import org.leadershipimpact.projects.spc.Assurance;
import org.leadershipimpact.projects.spc.ImprovementDirection;
import org.leadershipimpact.projects.spc.PointType;
import org.leadershipimpact.projects.spc.SpcChart;
import org.leadershipimpact.projects.spc.SpecialCause;
import org.leadershipimpact.projects.value.DerivationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What clients read from projects-service. */
public final class Views {

    private Views() {
    }

    @Schema(name = "Project")
    public record ProjectView(UUID id, String systemCode, String title, String problem, String aim, Theme theme, ProjectStage stage,
            UUID originProgrammeId, UUID originCohortId, Set<UUID> leadParticipantIds, Set<UUID> teamParticipantIds,
            Set<UUID> partnerOrganisationIds, List<Api.Stakeholder> stakeholders, Set<ProjectStage> allowedTransitions,
            Instant createdAt, Instant updatedAt) {
        static ProjectView of(ImprovementProject p) {
            return new ProjectView(p.id, p.systemCode, p.title, p.problem, p.aim, p.theme, p.stage, p.originProgrammeId,
                    p.originCohortId, p.leadParticipantIds, p.teamParticipantIds, p.partnerOrganisationIds,
                    p.stakeholders.stream().map(s -> new Api.Stakeholder(s.name, s.role)).toList(),
                    ProjectStage.LIFECYCLE.allowedFrom(p.stage), p.createdAt, p.updatedAt);
        }
    }

    @Schema(name = "Milestone")
    public record MilestoneView(UUID id, UUID projectId, String title, LocalDate dueOn, LocalDate achievedOn) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.id, m.projectId, m.title, m.dueOn, m.achievedOn);
        }
    }

    @Schema(name = "PdsaCycle")
    public record PdsaCycleView(UUID id, UUID projectId, String title, String plan, String prediction, String doNotes,
            String studyNotes, PdsaAct act, LocalDate completedOn) {
        static PdsaCycleView of(PdsaCycle c) {
            return new PdsaCycleView(c.id, c.projectId, c.title, c.plan, c.prediction, c.doNotes, c.studyNotes, c.act, c.completedOn);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Measure")
    public record MeasureView(UUID id, String systemCode, UUID projectId, String name, MeasureKind kind, String unit,
            ImprovementDirection direction, Double baseline, Double target, Set<LocalDate> rebaseDates, Integer fixedBaselinePoints,
            boolean screenOutliers, ChartRules chartRules, Instant createdAt) {
        static MeasureView of(Measure m) {
            return new MeasureView(m.id, m.systemCode, m.projectId, m.name, m.kind, m.unit, m.direction, m.baseline, m.target,
                    m.rebaseDates, m.fixedBaselinePoints, m.screenOutliers, m.chartRules, m.createdAt);
        }
    }

    @Schema(name = "DataPoint")
    public record DataPointView(LocalDate date, double value) {
        static DataPointView of(DataPoint p) {
            return new DataPointView(p.period, p.value);
        }
    }

    @Schema(name = "DataPoints")
    public record DataPointsView(UUID measureId, List<DataPointView> points) {
    }

    @Schema(name = "DataPointsRecorded")
    public record RecordedView(UUID measureId, int recorded) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SpcChart", description = "The XmR chart as NHSRplotthedots computes it, or the IHI run chart if the measure asks for it "
            + "(mean is then the median, and there are no limits); limits absent where a segment has none")
    public record SpcView(UUID measureId, String measure, String unit, ImprovementDirection direction, Double target,
            ChartRules rules, PointType variation, Assurance assurance, List<SegmentView> segments, List<SignalView> signals,
            List<PointView> points, List<String> warnings) {
        static SpcView of(Measure m, SpcChart chart) {
            List<String> warnings = chart.segments().stream().filter(SpcChart.Segment::shortSegmentWarning)
                    .map(s -> "Segment " + s.index() + " has " + s.points() + " points: its limits are trial limits, "
                            + "and will be revised as data is added").toList();
            return new SpcView(m.id, m.name, m.unit, m.direction, m.target, m.chartRules, chart.variation(),
                    chart.assurance(), chart.segments().stream().map(SegmentView::of).toList(), SignalView.of(chart),
                    chart.points().stream().map(PointView::of).toList(), warnings);
        }
    }

    @Schema(name = "SpcSignal", description = "A special cause and the consecutive points it covers")
    public record SignalView(SpecialCause signal, PointType pointType, LocalDate from, LocalDate to, List<LocalDate> periods) {

        static List<SignalView> of(SpcChart chart) {
            return chart.signals().stream().map(s -> new SignalView(s.cause(), s.pointType(), s.periods().get(0),
                    s.periods().get(s.periods().size() - 1), s.periods())).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SpcSegment")
    public record SegmentView(int index, LocalDate start, LocalDate end, int points, int baselinePoints, Double mean,
            Double meanMovingRange, Double lowerLimit, Double upperLimit, int movingRangesScreenedOut, boolean shortSegmentWarning) {
        static SegmentView of(SpcChart.Segment s) {
            return new SegmentView(s.index(), s.start(), s.end(), s.points(), s.baselinePoints(), SpcChart.finite(s.mean()),
                    SpcChart.finite(s.meanMovingRange()), SpcChart.finite(s.lowerLimit()), SpcChart.finite(s.upperLimit()),
                    s.movingRangesScreenedOut(),
                    s.shortSegmentWarning());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SpcPoint")
    public record PointView(LocalDate date, double value, int segment, Double mean, Double lowerLimit, Double upperLimit,
            boolean outsideLimits, boolean closeToLimits, int relativeToMean, SpecialCause specialCause, PointType pointType) {
        static PointView of(SpcChart.Point p) {
            return new PointView(p.date(), p.value(), p.segment(), SpcChart.finite(p.mean()), SpcChart.finite(p.lowerLimit()),
                    SpcChart.finite(p.upperLimit()),
                    p.outsideLimits(), p.closeToLimits(), p.relativeToMean(), p.specialCause(), p.pointType());
        }
    }

    @Schema(name = "Benefit", description = "A benefit as recorded; a derived one's value is worked out from its measure's chart")
    public record BenefitView(UUID id, String systemCode, UUID projectId, UUID programmeId, BenefitCategory category,
            String description, BigDecimal value, String unit, LocalDate periodStart, LocalDate periodEnd, boolean cashable,
            EvidenceLevel evidenceLevel, Api.AttributionEntry attribution, Recurrence recurrence, BigDecimal annualDropOff,
            BigDecimal unitValue, String unitValueSource, DerivationView derivation, Instant createdAt) {
        static BenefitView of(Benefit b) {
            Attribution a = b.attribution;
            return new BenefitView(b.id, b.systemCode, b.projectId, b.programmeId, b.category, b.description, b.value, b.unit,
                    b.periodStart, b.periodEnd, b.cashable, b.evidenceLevel,
                    a == null ? null : new Api.AttributionEntry(a.share, a.method, a.confidence, a.estimatedBy, a.estimatedOn),
                    b.recurrence, b.annualDropOff, b.unitValue, b.unitValueSource, b.isDerived() ? DerivationView.of(b.derivation) : null,
                    b.createdAt);
        }
    }

    @Schema(name = "Derivation", description = "How a derived benefit's value was worked out from its measure's chart: "
            + "value = change × unitValue × months (months: the period's for ONCE, 1 for MONTHLY, 12 for ANNUAL), £0 unless DERIVED")
    public record DerivationView(UUID measureId, DerivationStatus status,
            @Schema(description = "Mean of the points before the change (or the measure's baseline value)") BigDecimal beforeMean,
            @Schema(description = "Mean of the points after it") BigDecimal afterMean,
            @Schema(description = "After against before, per month, positive for an improvement") BigDecimal change,
            BigDecimal months,
            @Schema(description = "The re-base that starts the after points; absent when the before is a fixed baseline or the baseline value")
            LocalDate rebaseDate) {
        static DerivationView of(Derivation d) {
            return new DerivationView(d.measureId, d.status, d.beforeMean, d.afterMean, d.change, d.months, d.rebaseDate);
        }
    }

    @Schema(name = "BenefitTotals", description = "Totals by category, unit, cashability and evidence level: unlike units are never added")
    public record TotalsView(UUID projectId, UUID programmeId, List<BenefitService.Total> totals) {
    }
}
