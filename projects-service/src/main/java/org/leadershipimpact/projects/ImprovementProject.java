package org.leadershipimpact.projects;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;
import org.leadershipimpact.platform.paging.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An improvement project a programme's participants started in their system. */
@Entity
@Table(name = "improvement_project")
public class ImprovementProject extends WithdrawableRecord {

    @Column(nullable = false)
    public String title;

    public String problem;

    public String aim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStage stage;

    @Column(name = "origin_programme_id")
    public UUID originProgrammeId;

    @Column(name = "origin_cohort_id")
    public UUID originCohortId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_lead", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "participant_id")
    public Set<UUID> leadParticipantIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_team_member", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "participant_id")
    public Set<UUID> teamParticipantIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "organisation_id")
    public Set<UUID> partnerOrganisationIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_stakeholder", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Stakeholder> stakeholders = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Someone outside the programme the project works with. */
    @Embeddable
    public static class Stakeholder {
        @Column(nullable = false)
        public String name;
        public String role;

        public Stakeholder() {
        }

        public Stakeholder(String name, String role) {
            this.name = name;
            this.role = role;
        }
    }

    public static ImprovementProject register(String systemCode) {
        ImprovementProject project = new ImprovementProject();
        project.identify(systemCode);
        project.stage = ProjectStage.IDEA;
        project.updatedAt = project.createdAt;
        return project;
    }

    /** A page in creation order, within {@code systems} unless null, with the optional filters. */
    public static List<ImprovementProject> page(PageRequest page, Collection<String> systems, UUID programmeId, Theme theme,
            ProjectStage stage) {
        PageRequest.Keyset keyset = page.keysetWithin(systems).current()
                .and(programmeId != null, "originProgrammeId = :programme", "programme", programmeId)
                .and(theme != null, "theme = :theme", "theme", theme)
                .and(stage != null, "stage = :stage", "stage", stage);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
