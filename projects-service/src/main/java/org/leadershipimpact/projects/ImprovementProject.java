package org.leadershipimpact.projects;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.SystemRecord;
import org.leadershipimpact.platform.paging.PageRequest;

import java.util.Collection;
import java.util.List;

/** An improvement project a programme's participants started in their system. */
@Entity
@Table(name = "improvement_project")
public class ImprovementProject extends SystemRecord {

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String stage;

    /** A page in creation order, within {@code systems} unless null. */
    public static List<ImprovementProject> page(PageRequest page, Collection<String> systems) {
        PageRequest.Keyset keyset = page.keysetWithin(systems);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
