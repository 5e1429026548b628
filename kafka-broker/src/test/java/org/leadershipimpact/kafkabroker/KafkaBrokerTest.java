package org.leadershipimpact.kafkabroker;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KafkaBrokerTest {

    @Test
    void clusterIdsAreSixteenBytesAndNeverLookLikeACommandLineOption() {
        // 10,000 draws meet an id starting with "-" about 156 times if it is not prevented
        for (int i = 0; i < 10_000; i++) {
            String id = KafkaBroker.newClusterId();
            assertFalse(id.startsWith("-"), id);
            assertEquals(16, Base64.getUrlDecoder().decode(id).length);
        }
    }
}
