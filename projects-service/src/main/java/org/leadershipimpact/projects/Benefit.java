package org.leadershipimpact.projects;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;
import org.leadershipimpact.platform.paging.PageRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What a project achieved, as its system reports it: "3,600 hospital nights avoided", "£4m released". */
@Entity
@Table(name = "benefit")
public class Benefit extends WithdrawableRecord {

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    /** The programme the project came from, copied so programme totals need no join. */
    @Column(name = "programme_id")
    public UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BenefitCategory category;

    @Column(nullable = false)
    public String description;

    /** Money in pounds to the penny, counts as whole numbers: never a floating-point number. */
    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal value;

    @Column(nullable = false)
    public String unit;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public boolean cashable;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_level", nullable = false)
    public EvidenceLevel evidenceLevel;

    public static Benefit of(ImprovementProject project) {
        Benefit benefit = new Benefit();
        benefit.identify(project.systemCode);
        benefit.projectId = project.id;
        benefit.programmeId = project.originProgrammeId;
        return benefit;
    }

    public static List<Benefit> ofProject(UUID projectId) {
        return list("projectId = ?1 and " + CURRENT, Sort.by("id"), projectId);
    }

    public static List<Benefit> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 and " + CURRENT, Sort.by("id"), programmeId);
    }

    public static List<Benefit> page(PageRequest page, Collection<String> systems, UUID projectId, UUID programmeId) {
        PageRequest.Keyset keyset = page.keysetWithin(systems).current()
                .and(projectId != null, "projectId = :project", "project", projectId)
                .and(programmeId != null, "programmeId = :programme", "programme", programmeId);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
