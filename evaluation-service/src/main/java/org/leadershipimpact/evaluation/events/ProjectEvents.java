package org.leadershipimpact.evaluation.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leadershipimpact.evaluation.facts.BenefitFact;
import org.leadershipimpact.evaluation.facts.MeasureFact;
import org.leadershipimpact.evaluation.facts.MilestoneFact;
import org.leadershipimpact.evaluation.facts.PdsaFact;
import org.leadershipimpact.evaluation.facts.SignalFact;
import org.leadershipimpact.evaluation.report.EvaluationReport.ChartSegment;
import org.leadershipimpact.evaluation.service.ReadModel;
import org.leadershipimpact.platform.events.CloudEvent;
import org.leadershipimpact.platform.events.EventData;
import org.leadershipimpact.platform.events.EventHandler;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Keeps the read models in step with what projects-service announces on {@code projects.events}. */
@ApplicationScoped
public class ProjectEvents implements EventHandler {

    public static final String TOPIC = "projects.events";

    @Inject
    ReadModel readModel;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void apply(CloudEvent event) {
        EventData d = EventData.of(event);
        switch (event.name()) {
            case "ProjectRegistered", "ProjectUpdated" -> readModel.project(d.uuid("projectId"), d.systemCode(), d.time(), true, p -> {
                p.title = d.text("title");
                p.theme = d.text("theme");
                p.stage = d.text("stage");
                p.originProgrammeId = d.uuid("originProgrammeId");
                p.originCohortId = d.uuid("originCohortId");
                p.leads = d.count("leadParticipantIds");
            });
            case "ProjectWithdrawn" -> readModel.project(d.uuid("projectId"), d.systemCode(), d.time(), false, p -> p.withdrawn = true);
            case "ProjectStageChanged" -> readModel.project(d.uuid("projectId"), d.systemCode(), d.time(), false, p -> {
                p.stage = d.text("to");
                p.theme = d.text("theme") == null ? p.theme : d.text("theme");
                p.originProgrammeId = p.originProgrammeId == null ? d.uuid("originProgrammeId") : p.originProgrammeId;
            });
            case "MilestoneAchieved" -> readModel.keep(MilestoneFact.findById(d.uuid("milestoneId")), MilestoneFact::new, m -> {
                m.id = d.uuid("milestoneId");
                m.projectId = d.uuid("projectId");
                m.systemCode = d.systemCode();
                m.title = d.text("title");
                m.achievedOn = d.date("achievedOn");
            });
            case "PdsaCycleCompleted" -> readModel.keep(PdsaFact.findById(d.uuid("cycleId")), PdsaFact::new, c -> {
                c.id = d.uuid("cycleId");
                c.projectId = d.uuid("projectId");
                c.systemCode = d.systemCode();
                c.act = d.text("act");
                c.completedOn = d.date("completedOn");
            });
            case "MilestoneWithdrawn" -> MilestoneFact.deleteById(d.uuid("milestoneId"));
            case "PdsaCycleWithdrawn" -> PdsaFact.deleteById(d.uuid("cycleId"));
            case "MeasureDefined", "MeasureUpdated" -> measure(d);
            case "MeasureWithdrawn" -> readModel.measureWithdrawn(d.uuid("measureId"), d.time());
            case "DataPointsRecorded" -> {
                for (EventData point : d.each("values")) {
                    readModel.dataPoint(d.uuid("measureId"), point.date("period"), point.number("value"), d.systemCode(), d.time());
                }
            }
            case "DataPointsWithdrawn" -> readModel.dataPointsWithdrawn(d.uuid("measureId"), d.dates("periods"), d.time());
            case "MeasureChartChanged" -> chart(UUID.fromString(event.id()), d);
            case "BenefitRecorded", "BenefitCorrected" -> readModel.benefit(d.uuid("benefitId"), d.time(), b -> benefit(d, b));
            case "BenefitWithdrawn" -> readModel.benefit(d.uuid("benefitId"), d.time(), b -> b.withdrawn = true);
            default -> {
                // event types added later are not refused: producers add them without asking
            }
        }
    }

    /** A benefit replaced whole: a field an older event does not carry means not isolated, once, not derived. */
    private static void benefit(EventData d, BenefitFact b) {
        b.projectId = d.uuid("projectId");
        b.programmeId = d.uuid("programmeId");
        b.systemCode = d.systemCode();
        b.category = d.text("category");
        b.value = d.decimal("value");
        b.unit = d.text("unit");
        b.periodStart = d.date("periodStart");
        b.periodEnd = d.date("periodEnd");
        b.cashable = d.flag("cashable");
        b.evidenceLevel = d.text("evidenceLevel");
        EventData attribution = d.at("attribution");
        b.attributionShare = attribution.decimal("share");
        b.attributionMethod = attribution.text("method");
        b.attributionConfidence = attribution.decimal("confidence");
        b.attributionEstimatedBy = attribution.text("estimatedBy");
        b.attributionEstimatedOn = attribution.date("estimatedOn");
        b.recurrence = d.text("recurrence") == null ? "ONCE" : d.text("recurrence");
        b.annualDropOff = d.decimal("annualDropOff");
        b.unitValue = d.decimal("unitValue");
        b.unitValueSource = d.text("unitValueSource");
        EventData derivation = d.at("derivation");
        b.derivedFromMeasureId = derivation.uuid("measureId");
        b.derivationStatus = derivation.text("status");
        b.derivationBeforeMean = derivation.number("beforeMean");
        b.derivationAfterMean = derivation.number("afterMean");
        b.derivationChange = derivation.number("change");
        b.derivationMonths = derivation.whole("months") == null ? null : derivation.whole("months").intValue();
        b.derivationRebaseDate = derivation.date("rebaseDate");
    }

    private void measure(EventData d) {
        UUID id = d.uuid("measureId");
        readModel.keepLatest(MeasureFact.findById(id), d.time(), () -> MeasureFact.first(id), m -> {
            m.projectId = d.uuid("projectId");
            m.systemCode = d.systemCode();
            m.name = d.text("name");
            m.kind = d.text("kind");
            m.unit = d.text("unit");
            m.direction = d.text("direction");
            m.baseline = d.number("baseline");
            m.target = d.number("target");
        });
    }

    /** Each signal is named by the announcement and its place in it, so a replay rebuilds the very same rows. */
    private void chart(UUID eventId, EventData d) {
        List<SignalFact> signals = new ArrayList<>();
        for (EventData shown : d.each("signals")) {
            SignalFact signal = new SignalFact();
            signal.id = UUID.nameUUIDFromBytes((eventId + "/" + signals.size()).getBytes(StandardCharsets.UTF_8));
            signal.measureId = d.uuid("measureId");
            signal.projectId = d.uuid("projectId");
            signal.programmeId = d.uuid("originProgrammeId");
            signal.systemCode = d.systemCode();
            signal.signal = shown.text("signal");
            signal.pointType = shown.text("pointType");
            signal.firstPeriod = shown.date("from");
            signal.lastPeriod = shown.date("to");
            signal.detectedAt = d.time();
            signals.add(signal);
        }
        // an announcement from before segments were announced has none: the chart is drawn without limits
        List<ChartSegment> segments = d.each("segments").stream().map(s -> new ChartSegment(s.date("from"), s.date("to"),
                s.number("mean"), s.number("lowerLimit"), s.number("upperLimit"))).toList();
        readModel.chart(d.uuid("measureId"), d.uuid("projectId"), d.systemCode(), d.time(), d.text("variation"),
                d.text("assurance"), signals, segments);
    }
}
