package org.leadershipimpact.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.evaluation.IndependentEvaluation;
import org.leadershipimpact.evaluation.ProgrammeCost;
import org.leadershipimpact.evaluation.facts.ProgrammeFact;
import org.leadershipimpact.evaluation.api.Api.CostRequest;
import org.leadershipimpact.evaluation.api.Api.IndependentEvaluationRequest;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.platform.withdrawal.Withdrawal;
import org.leadershipimpact.platform.withdrawal.Withdrawals;

import java.util.List;
import java.util.UUID;

/**
 * What evaluation records against a programme itself: its costs beyond funding, and independent
 * evaluations of it. Both are corrected in place and withdrawn with a reason; nothing else refers to
 * them, so a withdrawal never waits on dependants. Each stays with the programme it was recorded for.
 */
@ApplicationScoped
@Transactional
public class ProgrammeRecords {

    private static final String COST = "Programme cost";
    private static final String EVALUATION = "Independent evaluation";

    @Inject
    Summaries summaries;

    @Inject
    Caller caller;

    @Inject
    Withdrawals withdrawals;

    public ProgrammeCost addCost(UUID programmeId, CostRequest request) {
        ProgrammeFact programme = summaries.programme(programmeId);
        ProgrammeCost cost = ProgrammeCost.of(programme.systemCode, programme.id);
        apply(cost, request);
        cost.persist();
        return cost;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeCost> costs(UUID programmeId) {
        summaries.programme(programmeId);
        return ProgrammeCost.ofProgramme(programmeId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeCost cost(UUID programmeId, UUID costId) {
        return caller.visible(ProgrammeCost.findIn(programmeId, costId), COST, costId);
    }

    public ProgrammeCost correctCost(UUID programmeId, UUID costId, CostRequest request, String ifMatch) {
        ProgrammeCost cost = cost(programmeId, costId);
        ETags.requireMatch(ifMatch, cost.version);
        apply(cost, request);
        return cost;
    }

    public Withdrawal withdrawCost(UUID programmeId, UUID costId, Withdrawals.Request request, String ifMatch) {
        ProgrammeCost cost = caller.visibleEvenIfWithdrawn(ProgrammeCost.findIn(programmeId, costId), COST, costId);
        return withdrawals.withdraw(COST, cost, request, ifMatch, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal costWithdrawal(UUID programmeId, UUID costId) {
        return withdrawals.of(COST, caller.visibleEvenIfWithdrawn(ProgrammeCost.findIn(programmeId, costId), COST, costId));
    }

    public IndependentEvaluation addEvaluation(UUID programmeId, IndependentEvaluationRequest request) {
        ProgrammeFact programme = summaries.programme(programmeId);
        IndependentEvaluation evaluation = IndependentEvaluation.of(programme.systemCode, programme.id);
        apply(evaluation, request);
        evaluation.persist();
        return evaluation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndependentEvaluation> evaluations(UUID programmeId) {
        summaries.programme(programmeId);
        return IndependentEvaluation.ofProgramme(programmeId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndependentEvaluation evaluation(UUID programmeId, UUID evaluationId) {
        return caller.visible(IndependentEvaluation.findIn(programmeId, evaluationId), EVALUATION, evaluationId);
    }

    public IndependentEvaluation correctEvaluation(UUID programmeId, UUID evaluationId, IndependentEvaluationRequest request,
            String ifMatch) {
        IndependentEvaluation evaluation = evaluation(programmeId, evaluationId);
        ETags.requireMatch(ifMatch, evaluation.version);
        apply(evaluation, request);
        return evaluation;
    }

    public Withdrawal withdrawEvaluation(UUID programmeId, UUID evaluationId, Withdrawals.Request request, String ifMatch) {
        IndependentEvaluation evaluation = caller.visibleEvenIfWithdrawn(IndependentEvaluation.findIn(programmeId, evaluationId),
                EVALUATION, evaluationId);
        return withdrawals.withdraw(EVALUATION, evaluation, request, ifMatch, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal evaluationWithdrawal(UUID programmeId, UUID evaluationId) {
        return withdrawals.of(EVALUATION,
                caller.visibleEvenIfWithdrawn(IndependentEvaluation.findIn(programmeId, evaluationId), EVALUATION, evaluationId));
    }

    private static void apply(ProgrammeCost cost, CostRequest request) {
        cost.category = request.category();
        cost.description = request.description();
        cost.amountPence = request.amountPence();
    }

    private static void apply(IndependentEvaluation evaluation, IndependentEvaluationRequest request) {
        evaluation.evaluator = request.evaluator();
        evaluation.reportedOn = request.reportedOn();
        evaluation.method = request.method();
        evaluation.findings = request.findings();
        evaluation.link = request.link();
    }
}
