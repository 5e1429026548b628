package org.leadershipimpact.platform;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.UUID;

/**
 * Time-ordered identifiers (UUID version 7, RFC 9562): random enough to be unguessable, ordered by
 * creation so that cursor paging and B-tree inserts follow creation order.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /**
     * Ids as a text array for SQL ({@code = ANY(CAST(?1 AS uuid[]))}): one statement text whatever their
     * number, which Hibernate prepares once, where JPQL's {@code in} is translated anew for every call.
     */
    public static String[] asSqlArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    public static UUID newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long randB = RANDOM.nextLong();
        long high = (millis << 16) | (0x7L << 12) | randA;
        long low = (randB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
