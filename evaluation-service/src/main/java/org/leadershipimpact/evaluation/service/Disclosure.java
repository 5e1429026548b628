package org.leadershipimpact.evaluation.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.platform.security.Roles;

/**
 * Small-count suppression for figures published to analysts: a count of people below the threshold
 * is withheld (shown as null), so nobody can be singled out from a breakdown. Off (0) by default;
 * those who run the programmes see every count.
 */
@RequestScoped
public class Disclosure {

    @Inject
    Caller caller;

    @ConfigProperty(name = "lip.evaluation.suppress-below", defaultValue = "0")
    int threshold;

    /** The threshold in force for this caller, or null when nothing is withheld from them. */
    public Integer threshold() {
        return applies() ? threshold : null;
    }

    public boolean applies() {
        return threshold > 0 && caller.hasRole(Roles.ANALYST) && !caller.isNational();
    }

    /** The count, or null when it is small enough to single someone out. */
    public Long count(long n) {
        return withheld(n) ? null : n;
    }

    public boolean withheld(long n) {
        return applies() && n > 0 && n < threshold;
    }
}
