package org.leadershipimpact.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.programmes.Programme;
import org.leadershipimpact.programmes.events.ProgrammeCreated;

import java.util.List;
import java.util.UUID;

/** Programmes: creating them and reading them, within the systems the caller acts for. */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    public Programme create(String systemCode, String title) {
        // A system the caller may not act for is, to them, a system that does not exist
        caller.requireActsFor(systemCode, "System", systemCode);
        Programme programme = Programme.draft(systemCode, title);
        programme.persist();
        outbox.publish(new ProgrammeCreated(programme.id, programme.systemCode, programme.title, programme.status.name()));
        return programme;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Programme get(UUID id) {
        Programme programme = Programme.findById(id);
        if (programme == null) {
            throw ProblemException.notFound("Programme", id);
        }
        caller.requireActsFor(programme.systemCode, "Programme", id);
        return programme;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Programme> list(PageRequest page) {
        return Programme.page(page, caller.isNational() ? null : caller.systems());
    }
}
