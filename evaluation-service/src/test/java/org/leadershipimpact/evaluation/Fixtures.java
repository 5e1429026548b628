package org.leadershipimpact.evaluation;

import java.util.Locale;
import java.util.UUID;

final class Fixtures {

    private Fixtures() {
    }

    /** A system code no other test uses, so each test's figures are its own. */
    static String newSystem() {
        return "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }
}
