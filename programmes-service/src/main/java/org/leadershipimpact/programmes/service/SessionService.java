package org.leadershipimpact.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.rest.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.programmes.Cohort;
import org.leadershipimpact.programmes.Session;
import org.leadershipimpact.programmes.events.ProgrammeEvents.SessionScheduled;
import org.leadershipimpact.programmes.events.ProgrammeEvents.SessionUpdated;
import org.leadershipimpact.programmes.rest.Api.SessionRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class SessionService {

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    CohortService cohorts;

    public Session schedule(SessionRequest request) {
        Cohort cohort = cohorts.get(request.cohortId());
        Session session = Session.of(cohort);
        apply(session, request);
        session.persist();
        outbox.publish("session", session.id, new SessionScheduled(session.id, session.cohortId, session.programmeId,
                session.systemCode, session.title, session.kind.name(), session.date));
        return session;
    }

    public Session update(UUID id, SessionRequest request, String ifMatch) {
        Session session = get(id);
        if (!session.cohortId.equals(request.cohortId())) {
            throw ProblemException.invalid("cohortId", "must be " + session.cohortId + ": a session never moves between cohorts");
        }
        ETags.requireMatch(ifMatch, session.version);
        apply(session, request);
        outbox.publish("session", session.id, new SessionUpdated(session.id, session.cohortId, session.programmeId,
                session.systemCode, session.title, session.kind.name(), session.date));
        return session;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Session get(UUID id) {
        return caller.visible(Session.findById(id), "Session", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Session> list(PageRequest page, String system, UUID cohortId, UUID programmeId, LocalDate from, LocalDate to) {
        return Session.page(page, caller.listableSystems(system), cohortId, programmeId, from, to);
    }

    private static void apply(Session session, SessionRequest request) {
        session.title = request.title().strip();
        session.kind = request.kind();
        session.date = request.date();
        session.location = request.location();
    }
}
