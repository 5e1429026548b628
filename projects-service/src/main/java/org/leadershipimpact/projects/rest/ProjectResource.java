package org.leadershipimpact.projects.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.platform.paging.Page;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.security.Roles;
import org.leadershipimpact.projects.ImprovementProject;
import org.leadershipimpact.projects.service.ProjectService;

import java.time.Instant;
import java.util.UUID;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
@SecurityRequirement(name = "bearer")
public class ProjectResource {

    @Inject
    ProjectService projects;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.PROJECT_LEAD, Roles.ANALYST, Roles.INTEGRATOR})
    @Operation(summary = "List improvement projects", description = "Projects of the caller's systems in creation order, a page at a time.")
    public Page<ProjectView> list(@QueryParam("after") String after, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(after, limit);
        return page.toPage(projects.list(page), p -> p.id, ProjectView::of, uri);
    }

    public record ProjectView(UUID id, String systemCode, String title, String stage, Instant createdAt) {
        static ProjectView of(ImprovementProject project) {
            return new ProjectView(project.id, project.systemCode, project.title, project.stage, project.createdAt);
        }
    }
}
