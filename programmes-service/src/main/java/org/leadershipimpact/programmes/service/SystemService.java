package org.leadershipimpact.programmes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leadershipimpact.platform.outbox.Outbox;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.concurrency.ETags;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.programmes.HealthSystem;
import org.leadershipimpact.programmes.events.ProgrammeEvents.SystemRegistered;
import org.leadershipimpact.programmes.events.ProgrammeEvents.SystemUpdated;
import org.leadershipimpact.programmes.api.Api.SystemRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Systems (tenants): registered by the national admin, seen by those who act for them. */
@ApplicationScoped
@Transactional
public class SystemService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    public HealthSystem register(SystemRequest request) {
        if (HealthSystem.findById(request.code()) != null) {
            throw ProblemException.conflict("duplicate", "Already registered", "System " + request.code() + " is already registered");
        }
        HealthSystem system = new HealthSystem();
        system.code = request.code();
        system.createdAt = Instant.now(clock);
        apply(system, request);
        system.persist();
        outbox.publish(system.code, new SystemRegistered(system.code, system.name, system.kind.name(), system.region));
        return system;
    }

    public HealthSystem update(String code, SystemRequest request, String ifMatch) {
        HealthSystem system = get(code);
        if (!code.equals(request.code())) {
            throw ProblemException.invalid("code", "must be " + code + ": a system's code never changes");
        }
        ETags.requireMatch(ifMatch, system.version);
        apply(system, request);
        outbox.publish(system.code, new SystemUpdated(system.code, system.name, system.kind.name(), system.region));
        return system;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HealthSystem get(String code) {
        HealthSystem system = HealthSystem.findById(code);
        if (system == null || !caller.mayActFor(code)) {
            throw ProblemException.notFound("System", code);
        }
        return system;
    }

    /** The system a record is being created in: it must exist and the caller must act for it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HealthSystem requireUsable(String code) {
        return get(code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HealthSystem> list() {
        List<HealthSystem> all = HealthSystem.listAll(io.quarkus.panache.common.Sort.by("code"));
        return all.stream().filter(s -> caller.mayActFor(s.code)).toList();
    }

    private static void apply(HealthSystem system, SystemRequest request) {
        system.name = request.name().strip();
        system.kind = request.kind();
        system.region = request.region();
    }
}
