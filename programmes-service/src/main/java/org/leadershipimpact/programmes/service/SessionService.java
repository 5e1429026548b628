package org.leadershipimpact.programmes.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.NeverMoves;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.platform.withdrawal.Withdrawal;
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.programmes.Attendance;
import org.leadershipimpact.programmes.Cohort;
import org.leadershipimpact.programmes.Session;
import org.leadershipimpact.programmes.events.ProgrammeEvents.SessionScheduled;
import org.leadershipimpact.programmes.events.ProgrammeEvents.SessionUpdated;
import org.leadershipimpact.programmes.events.ProgrammeEvents.SessionWithdrawn;
import org.leadershipimpact.programmes.api.Api.SessionRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class SessionService {

    static final String WHAT = "Session";

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    CohortService cohorts;

    @Inject
    Withdrawals withdrawals;

    public Session schedule(SessionRequest request) {
        Cohort cohort = cohorts.get(request.cohortId());
        Session session = Session.of(cohort);
        apply(session, request);
        session.persist();
        outbox.publish(session.id, new SessionScheduled(session.id, session.cohortId, session.programmeId,
                session.systemCode, session.title, session.kind.name(), session.date));
        return session;
    }

    public Session update(UUID id, SessionRequest request, String ifMatch) {
        Session session = get(id);
        NeverMoves.require("session", "cohorts", "cohortId", session.cohortId, request.cohortId());
        ETags.requireMatch(ifMatch, session.version);
        apply(session, request);
        outbox.publish(session.id, new SessionUpdated(session.id, session.cohortId, session.programmeId,
                session.systemCode, session.title, session.kind.name(), session.date));
        return session;
    }

    /**
     * Refused while attendance is recorded at it: a session someone was marked at took place. Its row is
     * locked before the marks are looked for, so none can be recorded meanwhile (see {@link #getToRecordAt}).
     */
    public Withdrawal withdraw(UUID id, Withdrawals.Request request, String ifMatch) {
        Session session = caller.visibleEvenIfWithdrawn(Session.findById(id, LockModeType.PESSIMISTIC_WRITE), WHAT, id);
        List<String> dependants = new Dependants()
                .add("enrolment", Attendance.<Attendance>find("sessionId", Sort.by("enrolmentId"), id), a -> a.enrolmentId)
                .list();
        return withdrawals.withdraw(WHAT, session, request, ifMatch, dependants, () -> outbox.publish(session.id,
                new SessionWithdrawn(session.id, session.cohortId, session.programmeId, session.systemCode)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal withdrawal(UUID id) {
        return withdrawals.of(WHAT, caller.visibleEvenIfWithdrawn(Session.findById(id), WHAT, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Session get(UUID id) {
        return caller.visible(Session.findById(id), WHAT, id);
    }

    /** As {@link #get}, and held (FOR SHARE) until the transaction ends, so that it is not withdrawn while marks are recorded at it. */
    Session getToRecordAt(UUID id) {
        return caller.visible(Session.findById(id, LockModeType.PESSIMISTIC_READ), WHAT, id);
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
