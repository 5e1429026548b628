package org.leadershipimpact.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.leadershipimpact.platform.SystemRecord;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.withdrawal.WithdrawableRecord;

import java.util.Set;

/**
 * Who is calling, from the bearer token: their roles and the systems (tenants) they may act for.
 * A record of a system the caller may not act for is answered as if it did not exist (404), so that
 * one system cannot even learn what another holds.
 */
@RequestScoped
public class Caller {

    public static final String SYSTEMS_CLAIM = "systems";

    @Inject
    JsonWebToken token;

    // read from the token once per request: a bulk call asks for every row it checks
    private Boolean national;
    private Set<String> systems;

    public String subject() {
        return token.getSubject();
    }

    /** The national admin acts for every system. */
    public boolean isNational() {
        if (national == null) {
            national = token.getGroups().contains(Roles.ADMIN);
        }
        return national;
    }

    public boolean hasRole(String role) {
        return token.getGroups().contains(role);
    }

    /** The systems of the caller's token, which {@link TokenClaims} accepted only if they were well formed. */
    public Set<String> systems() {
        if (systems == null) {
            Set<String> claimed = TokenClaims.systemsOf(token);
            systems = claimed == null ? Set.of() : claimed;
        }
        return systems;
    }

    public boolean mayActFor(String systemCode) {
        return isNational() || systems().contains(systemCode);
    }

    /**
     * The systems a list may show: the caller's, narrowed to {@code requested} when the client asks for
     * one, or null for all (the national admin without a filter). Asking for a system the caller does not
     * act for gives an empty set, so the list is empty, as if that system held nothing.
     */
    public Set<String> listableSystems(String requested) {
        if (requested != null) {
            return mayActFor(requested) ? Set.of(requested) : Set.of();
        }
        return isNational() ? null : systems();
    }

    /**
     * The record if the caller may see it; a 404 problem if it does not exist or belongs to a system
     * the caller does not act for, which to them is the same thing.
     */
    public <T extends SystemRecord> T visible(T record, String what, Object id) {
        T found = visibleEvenIfWithdrawn(record, what, id);
        if (found instanceof WithdrawableRecord withdrawable && withdrawable.isWithdrawn()) {
            throw withdrawable.gone(what);
        }
        return found;
    }

    /** As {@link #visible}, but a withdrawn record is returned too: for withdrawing it (again) and reading its audit. */
    public <T extends SystemRecord> T visibleEvenIfWithdrawn(T record, String what, Object id) {
        if (record == null || !mayActFor(record.systemCode)) {
            throw ProblemException.notFound(what, id);
        }
        return record;
    }

    /**
     * Stops the request with a 404 when the caller may not act for {@code systemCode}: the record
     * named {@code what} {@code id} does not exist as far as this caller can tell.
     */
    public void requireActsFor(String systemCode, String what, Object id) {
        if (!mayActFor(systemCode)) {
            throw ProblemException.notFound(what, id);
        }
    }
}
