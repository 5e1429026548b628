package org.leadershipimpact.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.NeverMoves;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.platform.problem.Problem;
import org.leadershipimpact.projects.Attribution;
import org.leadershipimpact.projects.Benefit;
import org.leadershipimpact.projects.BenefitCategory;
import org.leadershipimpact.projects.EvidenceLevel;
import org.leadershipimpact.projects.Derivation;
import org.leadershipimpact.projects.Measure;
import org.leadershipimpact.projects.Recurrence;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.withdrawal.Withdrawal;
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.projects.events.ProjectEvents.BenefitWithdrawn;
import org.leadershipimpact.projects.api.Api.AttributionEntry;
import org.leadershipimpact.projects.api.Api.BenefitRequest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Benefits: what projects achieved, and their totals per project and per programme. */
@ApplicationScoped
@Transactional
public class BenefitService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ProjectService projects;

    @Inject
    Withdrawals withdrawals;

    @Inject
    DerivedBenefits derivedBenefits;

    /** A total of one category in one unit: pounds are never added to bed nights. */
    public record Total(BenefitCategory category, String unit, boolean cashable, EvidenceLevel evidenceLevel,
            BigDecimal value, int benefits) {
    }

    static final String WHAT = "Benefit";
    static final String POUNDS = "GBP";
    /** A method other than an estimate that states no confidence is taken at its word. */
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public Benefit record(BenefitRequest request) {
        Benefit benefit = Benefit.of(projects.toAddTo(request.projectId()));
        apply(benefit, request);
        benefit.persist();
        outbox.publish(benefit.id, BenefitFacts.recorded(benefit));
        return benefit;
    }

    /** A correction replaces what was recorded; the benefit never moves to another project. */
    public Benefit correct(UUID id, BenefitRequest request, String ifMatch) {
        Benefit benefit = get(id);
        NeverMoves.require("benefit", "projects", "projectId", benefit.projectId, request.projectId());
        ETags.requireMatch(ifMatch, benefit.version);
        apply(benefit, request);
        outbox.publish(benefit.id, BenefitFacts.corrected(benefit));
        return benefit;
    }

    public Withdrawal withdraw(UUID id, Withdrawals.Request request, String ifMatch) {
        Benefit benefit = caller.visibleEvenIfWithdrawn(Benefit.findById(id), WHAT, id);
        return withdrawals.withdraw(WHAT, benefit, request, ifMatch, List.of(), () -> outbox.publish(benefit.id,
                new BenefitWithdrawn(benefit.id, benefit.projectId, benefit.programmeId, benefit.systemCode)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal withdrawal(UUID id) {
        return withdrawals.of(WHAT, caller.visibleEvenIfWithdrawn(Benefit.findById(id), WHAT, id));
    }

    /** Checks every rule a field alone cannot (docs/design/credible-value.md), naming each field broken, then applies the request. */
    private void apply(Benefit benefit, BenefitRequest request) {
        Recurrence recurrence = request.recurrence() == null ? Recurrence.ONCE : request.recurrence();
        List<Problem.Violation> wrong = new ArrayList<>();
        checkPeriod(request, recurrence, wrong);
        checkAttribution(request.attribution(), wrong);
        checkValue(request, wrong);
        if (!wrong.isEmpty()) {
            throw ProblemException.invalid(wrong);
        }
        Measure measure = request.derivedFromMeasureId() == null ? null : measureToDeriveFrom(request);
        benefit.category = request.category();
        benefit.description = request.description().strip();
        benefit.value = request.value();
        benefit.unit = measure == null ? request.unit().strip() : POUNDS;
        benefit.periodStart = request.periodStart();
        benefit.periodEnd = request.periodEnd();
        benefit.cashable = request.cashable();
        benefit.evidenceLevel = request.evidenceLevel();
        benefit.attribution = attribution(request.attribution());
        benefit.recurrence = recurrence;
        benefit.annualDropOff = request.annualDropOff();
        benefit.unitValue = request.unitValue();
        benefit.unitValueSource = request.unitValueSource() == null ? null : request.unitValueSource().strip();
        benefit.derivation = null;
        if (measure != null) {
            benefit.derivation = new Derivation();
            benefit.derivation.measureId = measure.id;
            derivedBenefits.derive(benefit, measure);
        }
    }

    private static void checkPeriod(BenefitRequest request, Recurrence recurrence, List<Problem.Violation> wrong) {
        if (recurrence == Recurrence.ONCE && request.periodEnd() == null) {
            wrong.add(new Problem.Violation("periodEnd", "is required for a benefit that happens once (recurrence ONCE)"));
        }
        if (request.periodEnd() != null && request.periodEnd().isBefore(request.periodStart())) {
            wrong.add(new Problem.Violation("periodEnd", "must not be before periodStart"));
        }
        if (recurrence == Recurrence.ONCE && request.annualDropOff() != null) {
            wrong.add(new Problem.Violation("annualDropOff", "applies only to a recurring benefit (recurrence MONTHLY or ANNUAL)"));
        }
    }

    private void checkAttribution(AttributionEntry attribution, List<Problem.Violation> wrong) {
        if (attribution == null) {
            return;
        }
        if (attribution.confidence() == null && attribution.method().needsConfidence()) {
            wrong.add(new Problem.Violation("attribution.confidence", "is required for " + attribution.method()
                    + ": an estimate is adjusted for its error"));
        }
        if (attribution.estimatedOn().isAfter(LocalDate.now(clock))) {
            wrong.add(new Problem.Violation("attribution.estimatedOn", "must not be after today"));
        }
    }

    /** A claimed benefit states its value; a derived one has it worked out, in pounds, from pounds per unit of its measure. */
    private static void checkValue(BenefitRequest request, List<Problem.Violation> wrong) {
        boolean hasSource = request.unitValueSource() != null && !request.unitValueSource().isBlank();
        if (request.unitValue() != null && !hasSource) {
            wrong.add(new Problem.Violation("unitValueSource", "is required with unitValue: say where the pounds per unit come from"));
        }
        if (request.unitValue() == null && request.unitValueSource() != null) {
            wrong.add(new Problem.Violation("unitValueSource", "is given only with a unitValue"));
        }
        if (request.derivedFromMeasureId() != null) {
            if (request.value() != null) {
                wrong.add(new Problem.Violation("value", "must be absent: a derived benefit's value is worked out from its measure's chart"));
            }
            if (request.unit() != null && !Benefit.isMoney(request.unit())) {
                wrong.add(new Problem.Violation("unit", "must be absent or " + POUNDS + ": a derived benefit is in pounds"));
            }
            if (request.unitValue() == null) {
                wrong.add(new Problem.Violation("unitValue", "is required for a derived benefit: pounds per unit of its measure"));
            }
            return;
        }
        if (request.value() == null) {
            wrong.add(new Problem.Violation("value", "is required unless the benefit is derived from a measure (derivedFromMeasureId)"));
        }
        if (request.unit() == null || request.unit().isBlank()) {
            wrong.add(new Problem.Violation("unit", "is required unless the benefit is derived from a measure (derivedFromMeasureId)"));
        } else if (request.unitValue() != null && Benefit.isMoney(request.unit())) {
            wrong.add(new Problem.Violation("unitValue", "must be absent for a benefit in pounds, unless it is derived from a measure"));
        }
    }

    /** A derived benefit's measure is one of its own project's that stands. */
    private static Measure measureToDeriveFrom(BenefitRequest request) {
        Measure measure = Measure.findById(request.derivedFromMeasureId());
        if (measure == null || measure.isWithdrawn() || !measure.projectId.equals(request.projectId())) {
            throw ProblemException.unprocessable("derivedFromMeasureId", "must be a measure of project " + request.projectId()
                    + " that has not been withdrawn");
        }
        return measure;
    }

    private static Attribution attribution(AttributionEntry entry) {
        if (entry == null) {
            return null;
        }
        Attribution attribution = new Attribution();
        attribution.share = entry.share();
        attribution.method = entry.method();
        attribution.confidence = entry.confidence() != null ? entry.confidence() : HUNDRED;
        attribution.estimatedBy = entry.estimatedBy().strip();
        attribution.estimatedOn = entry.estimatedOn();
        return attribution;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Benefit get(UUID id) {
        return caller.visible(Benefit.findById(id), WHAT, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Benefit> list(PageRequest page, String system, UUID projectId, UUID programmeId) {
        return Benefit.page(page, caller.listableSystems(system), projectId, programmeId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Total> projectTotals(UUID projectId) {
        projects.get(projectId);
        return totals(Benefit.ofProject(projectId));
    }

    /** A programme's totals, over the benefits of its projects in the systems the caller acts for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Total> programmeTotals(UUID programmeId) {
        return totals(Benefit.ofProgramme(programmeId).stream().filter(b -> caller.mayActFor(b.systemCode)).toList());
    }

    static List<Total> totals(List<Benefit> benefits) {
        Map<String, Total> byKey = new TreeMap<>();
        for (Benefit benefit : benefits) {
            String key = benefit.category + "|" + benefit.unit + "|" + benefit.cashable + "|" + benefit.evidenceLevel;
            Total sum = byKey.get(key);
            byKey.put(key, new Total(benefit.category, benefit.unit, benefit.cashable, benefit.evidenceLevel,
                    sum == null ? benefit.value : sum.value().add(benefit.value), sum == null ? 1 : sum.benefits() + 1));
        }
        return byKey.values().stream()
                .sorted(Comparator.comparing(Total::category).thenComparing(Total::unit).thenComparing(Total::evidenceLevel))
                .toList();
    }
}
