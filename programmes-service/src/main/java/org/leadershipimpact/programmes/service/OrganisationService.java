package org.leadershipimpact.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.paging.PageRequest;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.rest.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.programmes.Organisation;
import org.leadershipimpact.programmes.OrganisationType;
import org.leadershipimpact.programmes.events.ProgrammeEvents.OrganisationRegistered;
import org.leadershipimpact.programmes.events.ProgrammeEvents.OrganisationUpdated;
import org.leadershipimpact.programmes.rest.Api.OrganisationRequest;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class OrganisationService {

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    SystemService systems;

    public Organisation register(OrganisationRequest request) {
        systems.requireUsable(request.systemCode());
        Organisation organisation = Organisation.register(request.systemCode());
        apply(organisation, request);
        organisation.persist();
        outbox.publish("organisation", organisation.id, new OrganisationRegistered(organisation.id, organisation.systemCode,
                organisation.name, organisation.type.name(), organisation.odsCode));
        return organisation;
    }

    public Organisation update(UUID id, OrganisationRequest request, String ifMatch) {
        Organisation organisation = get(id);
        SameSystem.require(organisation.systemCode, request.systemCode());
        ETags.requireMatch(ifMatch, organisation.version);
        apply(organisation, request);
        outbox.publish("organisation", organisation.id, new OrganisationUpdated(organisation.id, organisation.systemCode,
                organisation.name, organisation.type.name(), organisation.odsCode));
        return organisation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation get(UUID id) {
        return caller.visible(Organisation.findById(id), "Organisation", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> list(PageRequest page, String system, OrganisationType type) {
        return Organisation.page(page, caller.listableSystems(system), type);
    }

    /** An organisation named by another record must exist in that record's system. */
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
