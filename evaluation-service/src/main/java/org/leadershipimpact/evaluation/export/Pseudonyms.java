package org.leadershipimpact.evaluation.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A participant's pseudonym: HMAC-SHA256 of their id under the deployment's secret, in hex. The same
 * person has the same pseudonym in every export, so analysts can link datasets; without the secret
 * nobody can go from a pseudonym back to the id, or test a guessed id against it.
 */
@ApplicationScoped
public class Pseudonyms {

    private final SecretKeySpec key;

    public Pseudonyms(@ConfigProperty(name = "lip.evaluation.pseudonym-secret") String secret) {
        if (secret.length() < 32) {
            throw new IllegalStateException("lip.evaluation.pseudonym-secret must be at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A keyed hash for one thread's use: Mac instances are not thread-safe, and one per export is cheap. */
    public Hasher hasher() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return new Hasher(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public String of(UUID participantId) {
        return hasher().of(participantId);
    }

    public static final class Hasher {
        private final Mac mac;
        private final ByteBuffer bytes = ByteBuffer.allocate(16);

        private Hasher(Mac mac) {
            this.mac = mac;
        }

        public String of(UUID participantId) {
            bytes.clear();
            bytes.putLong(participantId.getMostSignificantBits()).putLong(participantId.getLeastSignificantBits());
            return HexFormat.of().formatHex(mac.doFinal(bytes.array()));
        }
    }
}
