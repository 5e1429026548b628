package org.leadershipimpact.evaluation;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An evaluation of a programme by someone independent of it, e.g. a university or The King's Fund. */
@Entity
@Table(name = "independent_evaluation")
public class IndependentEvaluation extends WithdrawableRecord {

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(nullable = false)
    public String evaluator;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public String findings;

    public String link;

    public static IndependentEvaluation of(String systemCode, UUID programmeId) {
        IndependentEvaluation evaluation = new IndependentEvaluation();
        evaluation.identify(systemCode);
        evaluation.programmeId = programmeId;
        return evaluation;
    }

    /** The programme's evaluations in the order they reported, withdrawn ones left out. */
    public static List<IndependentEvaluation> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 and " + CURRENT, Sort.by("reportedOn").and("id"), programmeId);
    }

    /** The evaluation {@code id} of the programme, withdrawn or not; null when the programme has no such evaluation. */
    public static IndependentEvaluation findIn(UUID programmeId, UUID id) {
        return find("id = ?1 and programmeId = ?2", id, programmeId).firstResult();
    }
}
