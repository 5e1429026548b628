package org.leadershipimpact.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.evaluation.IndependentEvaluation;
import org.leadershipimpact.evaluation.ProgrammeCost;
import org.leadershipimpact.evaluation.facts.ProgrammeFact;
import org.leadershipimpact.evaluation.rest.Api.CostRequest;
import org.leadershipimpact.evaluation.rest.Api.IndependentEvaluationRequest;

import java.util.List;
import java.util.UUID;

/** What evaluation records against a programme itself: its costs beyond funding, and independent evaluations of it. */
@ApplicationScoped
@Transactional
public class ProgrammeRecords {

    @Inject
    Summaries summaries;

    public ProgrammeCost addCost(UUID programmeId, CostRequest request) {
        ProgrammeFact programme = summaries.programme(programmeId);
        ProgrammeCost cost = ProgrammeCost.of(programme.systemCode, programme.id);
        cost.category = request.category();
        cost.description = request.description();
        cost.amountPence = request.amountPence();
        cost.persist();
        return cost;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeCost> costs(UUID programmeId) {
        summaries.programme(programmeId);
        return ProgrammeCost.ofProgramme(programmeId);
    }

    public IndependentEvaluation addEvaluation(UUID programmeId, IndependentEvaluationRequest request) {
        ProgrammeFact programme = summaries.programme(programmeId);
        IndependentEvaluation evaluation = IndependentEvaluation.of(programme.systemCode, programme.id);
        evaluation.evaluator = request.evaluator();
        evaluation.reportedOn = request.reportedOn();
        evaluation.method = request.method();
        evaluation.findings = request.findings();
        evaluation.link = request.link();
        evaluation.persist();
        return evaluation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndependentEvaluation> evaluations(UUID programmeId) {
        summaries.programme(programmeId);
        return IndependentEvaluation.ofProgramme(programmeId);
    }
}
