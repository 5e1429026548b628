package org.leadershipimpact.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.projects.ImprovementProject;

import java.util.List;

@ApplicationScoped
@Transactional
public class ProjectService {

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImprovementProject> list(PageRequest page) {
        return ImprovementProject.page(page, caller.isNational() ? null : caller.systems());
    }
}
