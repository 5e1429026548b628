package org.leadershipimpact.tokens;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers tokens smallrye-jwt has verified, for a minute at most and never past their expiry: a
 * client sends the same token with every request, and checking its RSA signature each time was a
 * seventh of the gateway's work and nearly a third of a service's on a read (docs/PERFORMANCE.md).
 * Only the exact token string verified is remembered, so a token changed in any character is verified
 * afresh. The gateway and every service each remember what they verified themselves: none trusts
 * another's check.
 */
@Singleton
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private static final long REMEMBER_MILLIS = 60_000;
    private static final int MOST_REMEMBERED = 10_000;

    @Inject
    MpJwtValidator validator;

    private record Verified(SecurityIdentity identity, long validUntil) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Asked before smallrye-jwt's own validator (which has the default priority), and calls it for
     * any token it does not know.
     */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null) {
            if (now < known.validUntil()) {
                return Uni.createFrom().item(known.identity());
            }
            verified.remove(token);
        }
        return validator.authenticate(request, context).invoke(identity -> remember(token, identity, now));
    }

    private void remember(String token, SecurityIdentity identity, long now) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        if (verified.size() >= MOST_REMEMBERED) {
            // many clients at once: start again rather than track which are oldest
            verified.clear();
        }
        verified.put(token, new Verified(identity, Math.min(now + REMEMBER_MILLIS, jwt.getExpirationTime() * 1000)));
    }
}
