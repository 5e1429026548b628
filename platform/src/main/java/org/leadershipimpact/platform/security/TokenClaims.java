package org.leadershipimpact.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The claims our rules read, checked once when a token is accepted. A token can be correctly signed
 * by a trusted issuer and still be unusable (a misconfigured identity provider, a clock gone wrong):
 * such a token is refused as any invalid token is, with a 401, rather than failing later wherever a
 * claim is first read.
 */
@ApplicationScoped
public class TokenClaims implements SecurityIdentityAugmentor {

    /** The clock difference tolerated between the issuer and us, as smallrye-jwt tolerates for expiry. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (systemsOf(token) == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token's systems claim is not a list of system codes"));
        }
        if (Instant.ofEpochSecond(token.getIssuedAtTime()).isAfter(Instant.now().plus(CLOCK_SKEW))) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token was issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }

    /**
     * The systems the token's holder may act for: the {@code systems} claim, a list of codes or one
     * code; none when it is absent; null when it is anything else ({@code [1]}, {@code [null]}, an object).
     */
    static Set<String> systemsOf(JsonWebToken token) {
        Object claim = token.getClaim(Caller.SYSTEMS_CLAIM);
        Set<String> systems = new TreeSet<>();
        if (claim == null) {
            return systems;
        }
        if (claim instanceof JsonString single) {
            systems.add(single.getString());
            return systems;
        }
        if (claim instanceof String single) {
            systems.add(single);
            return systems;
        }
        Collection<?> values = claim instanceof JsonArray array ? array : claim instanceof Collection<?> list ? list : null;
        if (values == null) {
            return null;
        }
        for (Object value : values) {
            if (value instanceof JsonString code) {
                systems.add(code.getString());
            } else if (value instanceof String code) {
                systems.add(code);
            } else {
                return null;
            }
        }
        return systems;
    }
}
