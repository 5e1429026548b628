package org.leadershipimpact.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    @Test
    void idsAreVersion7WithTheRfcVariant() {
        UUID id = Ids.newId();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void idsMadeInDifferentMillisecondsSortInCreationOrderAsPostgreSqlComparesThem() throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Ids.newId());
            Thread.sleep(2); // distinct milliseconds are the premise of the ordering, not a wait for something
        }
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(unsignedCompare(ids.get(i - 1), ids.get(i)) < 0, ids.get(i - 1) + " before " + ids.get(i));
        }
    }

    @Test
    void idsDoNotRepeat() {
        HashSet<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(Ids.newId()));
        }
    }

    /** PostgreSQL orders uuid values byte by byte, i.e. as unsigned numbers. */
    private static int unsignedCompare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
