package org.leadershipimpact.projects;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A step a project plans to reach, and the day it did. */
@Entity
@Table(name = "milestone")
public class Milestone extends WithdrawableRecord {

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String title;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "achieved_on")
    public LocalDate achievedOn;

    public static Milestone of(ImprovementProject project) {
        Milestone milestone = new Milestone();
        milestone.identify(project.systemCode);
        milestone.projectId = project.id;
        return milestone;
    }

    public static List<Milestone> ofProject(UUID projectId) {
        return list("projectId = ?1 and " + CURRENT, Sort.by("id"), projectId);
    }
}
