package org.leadershipimpact.evaluation;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.SystemRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An evaluation of a programme by someone independent of it, e.g. a university or The King's Fund. */
@Entity
@Table(name = "independent_evaluation")
public class IndependentEvaluation extends SystemRecord {

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

    public static List<IndependentEvaluation> ofProgramme(UUID programmeId) {
        return list("programmeId", Sort.by("reportedOn").and("id"), programmeId);
    }
}
