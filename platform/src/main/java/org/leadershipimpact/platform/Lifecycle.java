package org.leadershipimpact.platform;

import org.leadershipimpact.platform.problem.ProblemException;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states something moves through and the moves allowed between them. Asking for the state a thing
 * is already in changes nothing, so a status change can be repeated safely; an illegal move is a 409
 * problem that says which moves are allowed from where the thing stands.
 */
public final class Lifecycle<S extends Enum<S>> {

    private final String what;
    private final Map<S, Set<S>> allowed;

    private Lifecycle(String what, Map<S, Set<S>> allowed) {
        this.what = what;
        this.allowed = allowed;
    }

    public static <S extends Enum<S>> Lifecycle<S> of(String what, Class<S> states, Map<S, List<S>> moves) {
        Map<S, Set<S>> allowed = new EnumMap<>(states);
        for (S state : states.getEnumConstants()) {
            List<S> to = moves.getOrDefault(state, List.of());
            allowed.put(state, to.isEmpty() ? EnumSet.noneOf(states) : EnumSet.copyOf(to));
        }
        return new Lifecycle<>(what, allowed);
    }

    public Set<S> allowedFrom(S from) {
        return allowed.get(from);
    }

    /**
     * Whether {@code from → to} changes anything: false for a repeat (already there, nothing to do),
     * true for an allowed move; any other move is refused.
     */
    public boolean moves(S from, S to) {
        if (from == to) {
            return false;
        }
        check(from, to);
        return true;
    }

    /** Refuses {@code from → to} unless allowed, a repeat included: for an operation that may happen once (completion). */
    public void check(S from, S to) {
        if (allowed.get(from).contains(to)) {
            return;
        }
        Set<S> possible = allowed.get(from);
        String detail = possible.isEmpty()
                ? "A " + what + " that is " + from + " cannot change status"
                : "A " + what + " that is " + from + " can move to " + possible + ", not to " + to;
        throw ProblemException.conflict("illegal-transition", "Illegal status change", detail)
                .with("from", from.name())
                .with("to", to.name())
                .with("allowed", possible.stream().map(Enum::name).toList());
    }
}
