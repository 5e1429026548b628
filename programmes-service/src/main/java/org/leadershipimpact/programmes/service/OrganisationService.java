package org.leadershipimpact.programmes.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.NeverMoves;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.platform.withdrawal.Withdrawal;
import org.leadershipimpact.platform.withdrawal.Withdrawals;
import org.leadershipimpact.programmes.Organisation;
import org.leadershipimpact.programmes.OrganisationType;
import org.leadershipimpact.programmes.Participant;
import org.leadershipimpact.programmes.Programme;
import org.leadershipimpact.programmes.events.ProgrammeEvents.OrganisationRegistered;
import org.leadershipimpact.programmes.events.ProgrammeEvents.OrganisationUpdated;
import org.leadershipimpact.programmes.events.ProgrammeEvents.OrganisationWithdrawn;
import org.leadershipimpact.programmes.api.Api.OrganisationRequest;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class OrganisationService {

    static final String WHAT = "Organisation";

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    SystemService systems;

    @Inject
    Withdrawals withdrawals;

    public Organisation register(OrganisationRequest request) {
        systems.requireUsable(request.systemCode());
        Organisation organisation = Organisation.register(request.systemCode());
        apply(organisation, request);
        organisation.persist();
        outbox.publish(organisation.id, new OrganisationRegistered(organisation.id, organisation.systemCode,
                organisation.name, organisation.type.name(), organisation.odsCode));
        return organisation;
    }

    public Organisation update(UUID id, OrganisationRequest request, String ifMatch) {
        Organisation organisation = get(id);
        NeverMoves.require("record", "systems", "systemCode", organisation.systemCode, request.systemCode());
        ETags.requireMatch(ifMatch, organisation.version);
        apply(organisation, request);
        outbox.publish(organisation.id, new OrganisationUpdated(organisation.id, organisation.systemCode,
                organisation.name, organisation.type.name(), organisation.odsCode));
        return organisation;
    }

    /**
     * Refused while participants belong to it or programmes name it: those are moved to another organisation
     * first. Its row is locked before they are looked for, so none can be added meanwhile (see {@link Organisation#existsIn}).
     */
    public Withdrawal withdraw(UUID id, Withdrawals.Request request, String ifMatch) {
        Organisation organisation = caller.visibleEvenIfWithdrawn(Organisation.findById(id, LockModeType.PESSIMISTIC_WRITE), WHAT, id);
        List<String> dependants = new Dependants()
                .add("participant", Participant.<Participant>find("organisationId", Sort.by("id"), id), p -> p.id)
                .add("programme", Programme.<Programme>find("commissionerId = ?1 or ?1 member of deliveryPartnerIds", Sort.by("id"), id),
                        p -> p.id)
                .list();
        return withdrawals.withdraw(WHAT, organisation, request, ifMatch, dependants, () -> outbox.publish(
                organisation.id, new OrganisationWithdrawn(organisation.id, organisation.systemCode)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Withdrawal withdrawal(UUID id) {
        return withdrawals.of(WHAT, caller.visibleEvenIfWithdrawn(Organisation.findById(id), WHAT, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation get(UUID id) {
        return caller.visible(Organisation.findById(id), WHAT, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> list(PageRequest page, String system, OrganisationType type) {
        return Organisation.page(page, caller.listableSystems(system), type);
    }

    /** An organisation named by another record must stand in that record's system. */
    static void requireIn(String systemCode, UUID organisationId, String field) {
        if (organisationId != null && !Organisation.existsIn(systemCode, organisationId)) {
            throw ProblemException.unprocessable(field, "no organisation " + organisationId + " in system " + systemCode);
        }
    }

    private static void apply(Organisation organisation, OrganisationRequest request) {
        organisation.name = request.name().strip();
        organisation.odsCode = request.odsCode();
        organisation.type = request.type();
    }
}
