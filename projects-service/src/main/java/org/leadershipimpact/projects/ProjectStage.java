package org.leadershipimpact.projects;

import org.leadershipimpact.platform.Lifecycle;

import java.util.List;
import java.util.Map;

/** Where a project is: idea → scoping → business case → implementation → sustaining → closed, or abandoned. */
public enum ProjectStage {
    IDEA, SCOPING, BUSINESS_CASE, IMPLEMENTATION, SUSTAINING, CLOSED, ABANDONED;

    public static final Lifecycle<ProjectStage> LIFECYCLE = Lifecycle.of("project", ProjectStage.class, Map.of(
            IDEA, List.of(SCOPING, ABANDONED),
            SCOPING, List.of(BUSINESS_CASE, IMPLEMENTATION, ABANDONED),
            BUSINESS_CASE, List.of(IMPLEMENTATION, ABANDONED),
            IMPLEMENTATION, List.of(SUSTAINING, CLOSED, ABANDONED),
            SUSTAINING, List.of(CLOSED, ABANDONED)));
}
