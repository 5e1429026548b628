package org.leadershipimpact.programmes.service;

import org.leadershipimpact.platform.NeverMoves;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.programmes.Accreditation;
import org.leadershipimpact.programmes.Credits;
import org.leadershipimpact.programmes.Funding;
import org.leadershipimpact.programmes.Programme;
import org.leadershipimpact.programmes.ProgrammeKind;
import org.leadershipimpact.programmes.ProgrammeStatus;
import org.leadershipimpact.programmes.events.ProgrammeEvents.ProgrammeCreated;
import org.leadershipimpact.programmes.events.ProgrammeEvents.ProgrammeFacts;
import org.leadershipimpact.programmes.events.ProgrammeEvents.ProgrammeStatusChanged;
import org.leadershipimpact.programmes.events.ProgrammeEvents.ProgrammeUpdated;
import org.leadershipimpact.programmes.api.Api.ProgrammeRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Programmes: creating, changing and moving them through their lifecycle, within the caller's systems. */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    static final int DEFAULT_COMPLETION_THRESHOLD = 75;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    SystemService systems;

    public Programme create(ProgrammeRequest request) {
        systems.requireUsable(request.systemCode());
        Programme programme = Programme.draft(request.systemCode());
        apply(programme, request);
        programme.persist();
        outbox.publish(programme.id, new ProgrammeCreated(programme.id, programme.systemCode, facts(programme)));
        return programme;
    }

    public Programme update(UUID id, ProgrammeRequest request, String ifMatch) {
        Programme programme = get(id);
        NeverMoves.require("record", "systems", "systemCode", programme.systemCode, request.systemCode());
        ETags.requireMatch(ifMatch, programme.version);
        apply(programme, request);
        programme.updatedAt = Instant.now(clock);
        outbox.publish(programme.id, new ProgrammeUpdated(programme.id, programme.systemCode, facts(programme)));
        return programme;
    }

    /** Moves the programme to {@code to}; asking for the status it already has changes nothing. */
    public Programme changeStatus(UUID id, ProgrammeStatus to, String ifMatch) {
        Programme programme = get(id);
        ETags.requireMatch(ifMatch, programme.version);
        if (!ProgrammeStatus.LIFECYCLE.moves(programme.status, to)) {
            return programme;
        }
        ProgrammeStatus from = programme.status;
        programme.status = to;
        programme.updatedAt = Instant.now(clock);
        outbox.publish(programme.id, new ProgrammeStatusChanged(programme.id, programme.systemCode, from.name(), to.name()));
        return programme;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Programme get(UUID id) {
        return caller.visible(Programme.findById(id), "Programme", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Programme> list(PageRequest page, String system, ProgrammeStatus status, ProgrammeKind kind) {
        return Programme.page(page, caller.listableSystems(system), status, kind);
    }

    private static void apply(Programme programme, ProgrammeRequest request) {
        if (request.startDate() != null && request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate");
        }
        OrganisationService.requireIn(programme.systemCode, request.commissionerId(), "commissionerId");
        if (request.deliveryPartnerIds() != null) {
            request.deliveryPartnerIds().forEach(partner -> OrganisationService.requireIn(programme.systemCode, partner, "deliveryPartnerIds"));
        }
        programme.title = request.title().strip();
        programme.kind = request.kind();
        programme.aims = request.aims();
        programme.commissionerId = request.commissionerId();
        programme.deliveryPartnerIds = new LinkedHashSet<>(request.deliveryPartnerIds() == null ? List.of() : request.deliveryPartnerIds());
        programme.startDate = request.startDate();
        programme.endDate = request.endDate();
        programme.funding = request.funding() == null ? null : new Funding(request.funding().amountPence(), "GBP", request.funding().source());
        programme.capacity = request.capacity();
        programme.targetProfessions = new LinkedHashSet<>(request.targetProfessions() == null ? List.of() : request.targetProfessions());
        programme.completionThresholdPercent = request.completionThresholdPercent() == null
                ? DEFAULT_COMPLETION_THRESHOLD : request.completionThresholdPercent();
        var accreditation = request.accreditation();
        programme.accreditation = accreditation == null ? null : new Accreditation(accreditation.award(), accreditation.credits(),
                accreditation.minimumAttendancePercent(), accreditation.projectRequired());
    }

    static Credits accreditationCredits(Programme programme) {
        return programme.isAccredited() ? programme.accreditation.credits() : null;
    }

    private static ProgrammeFacts facts(Programme p) {
        Funding funding = p.funding == null ? new Funding(null, null, null) : p.funding;
        return new ProgrammeFacts(p.title, p.kind.name(), p.status.name(), p.startDate, p.endDate, funding.pence(),
                funding.currency(), funding.source(), p.capacity, p.completionThresholdPercent, p.isAccredited(), accreditationCredits(p));
    }

}
