package org.leadershipimpact.projects;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.projects.spc.ImprovementDirection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** What a project measures, and how its chart is read. */
@Entity
@Table(name = "measure")
public class Measure extends WithdrawableRecord {

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureKind kind;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImprovementDirection direction;

    public Double baseline;

    public Double target;

    /** Dates a change was made: each starts a new segment of the chart with its own limits. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_rebase", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "rebase_on")
    public Set<LocalDate> rebaseDates = new TreeSet<>();

    @Column(name = "fixed_baseline_points")
    public Integer fixedBaselinePoints;

    @Column(name = "screen_outliers", nullable = false)
    public boolean screenOutliers = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "chart_rules", nullable = false)
    public ChartRules chartRules = ChartRules.MAKING_DATA_COUNT;

    public static Measure of(ImprovementProject project) {
        Measure measure = new Measure();
        measure.identify(project.systemCode);
        measure.projectId = project.id;
        return measure;
    }

    public static List<Measure> page(PageRequest page, Collection<String> systems, UUID projectId) {
        PageRequest.Keyset keyset = page.keysetWithin(systems).current().and(projectId != null, "projectId = :project", "project", projectId);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }

    public static List<Measure> ofProject(UUID projectId) {
        return list("projectId = ?1 and " + CURRENT, Sort.by("id"), projectId);
    }
}
