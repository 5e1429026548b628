package org.leadershipimpact.programmes.service;

import org.leadershipimpact.platform.security.Caller;

import java.util.Set;

/** Which systems a list may show: the caller's, narrowed to one when the client asks for it. */
final class Visibility {

    private Visibility() {
    }

    /**
     * The systems to list from, or null for all (the national admin without a filter). Asking for a
     * system the caller does not act for gives an empty list, as if it held nothing.
     */
    static Set<String> systems(Caller caller, String requested) {
        if (requested != null) {
            return caller.mayActFor(requested) ? Set.of(requested) : Set.of();
        }
        return caller.isNational() ? null : caller.systems();
    }
}
