package org.leadershipimpact.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.projects.Benefit;
import org.leadershipimpact.projects.BenefitCategory;
import org.leadershipimpact.projects.EvidenceLevel;
import org.leadershipimpact.projects.ImprovementProject;
import org.leadershipimpact.platform.rest.ETags;
import org.leadershipimpact.platform.withdrawal.Withdrawal;
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.projects.events.ProjectEvents.BenefitCorrected;
import org.leadershipimpact.projects.events.ProjectEvents.BenefitRecorded;
import org.leadershipimpact.projects.events.ProjectEvents.BenefitWithdrawn;
import org.leadershipimpact.projects.rest.Api.BenefitRequest;

import java.math.BigDecimal;
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
    Outbox outbox;

    @Inject
    ProjectService projects;

    @Inject
    Withdrawals withdrawals;

    /** A total of one category in one unit: pounds are never added to bed nights. */
    public record Total(BenefitCategory category, String unit, boolean cashable, EvidenceLevel evidenceLevel,
            BigDecimal value, int benefits) {
    }

    static final String WHAT = "Benefit";

    public Benefit record(BenefitRequest request) {
        Benefit benefit = Benefit.of(projects.toAddTo(request.projectId()));
        apply(benefit, request);
        benefit.persist();
        outbox.publish("benefit", benefit.id, new BenefitRecorded(benefit.id, benefit.projectId, benefit.programmeId,
                benefit.systemCode, benefit.category.name(), benefit.value, benefit.unit, benefit.periodStart, benefit.periodEnd,
                benefit.cashable, benefit.evidenceLevel.name()));
        return benefit;
    }

    /** A correction replaces what was recorded; the benefit never moves to another project. */
    public Benefit correct(UUID id, BenefitRequest request, String ifMatch) {
        Benefit benefit = get(id);
        if (!benefit.projectId.equals(request.projectId())) {
            throw ProblemException.invalid("projectId", "must be " + benefit.projectId + ": a benefit never moves between projects");
        }
        ETags.requireMatch(ifMatch, benefit.version);
        apply(benefit, request);
        outbox.publish("benefit", benefit.id, new BenefitCorrected(benefit.id, benefit.projectId, benefit.programmeId,
                benefit.systemCode, benefit.category.name(), benefit.value, benefit.unit, benefit.periodStart, benefit.periodEnd,
                benefit.cashable, benefit.evidenceLevel.name()));
        return benefit;
    }

    public Withdrawal withdraw(UUID id, Withdrawals.Request request, String ifMatch) {
        Benefit benefit = caller.visibleEvenIfWithdrawn(Benefit.findById(id), WHAT, id);
        return withdrawals.withdraw(WHAT, benefit, request, ifMatch, List.of(), () -> outbox.publish("benefit", benefit.id,
                new BenefitWithdrawn(benefit.id, benefit.projectId, benefit.programmeId, benefit.systemCode)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal withdrawal(UUID id) {
        return withdrawals.of(WHAT, caller.visibleEvenIfWithdrawn(Benefit.findById(id), WHAT, id));
    }

    private static void apply(Benefit benefit, BenefitRequest request) {
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw ProblemException.invalid("periodEnd", "must not be before periodStart");
        }
        benefit.category = request.category();
        benefit.description = request.description().strip();
        benefit.value = request.value();
        benefit.unit = request.unit().strip();
        benefit.periodStart = request.periodStart();
        benefit.periodEnd = request.periodEnd();
        benefit.cashable = request.cashable();
        benefit.evidenceLevel = request.evidenceLevel();
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
