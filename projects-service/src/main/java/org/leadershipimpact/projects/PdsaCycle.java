package org.leadershipimpact.projects;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One turn of the Model for Improvement: plan (with a prediction), do, study what happened against
 * the prediction, act — adopt, adapt or abandon the change. Deciding the act completes the cycle.
 */
@Entity
@Table(name = "pdsa_cycle")
public class PdsaCycle extends WithdrawableRecord {

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String plan;

    @Column(nullable = false)
    public String prediction;

    @Column(name = "do_notes")
    public String doNotes;

    @Column(name = "study_notes")
    public String studyNotes;

    @Enumerated(EnumType.STRING)
    public PdsaAct act;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    public static PdsaCycle of(ImprovementProject project) {
        PdsaCycle cycle = new PdsaCycle();
        cycle.identify(project.systemCode);
        cycle.projectId = project.id;
        return cycle;
    }

    public static List<PdsaCycle> ofProject(UUID projectId) {
        return list("projectId = ?1 and " + CURRENT, Sort.by("id"), projectId);
    }
}
