package org.leadershipimpact.evaluation.export;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangeCursorTest {

    private static String token(String snapshot) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(snapshot.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aSnapshotGoesOutAsAnOpaqueTokenAndComesBackAsItWas() {
        for (String snapshot : new String[] {"7904:7906:7904", "10:10:", "748:760:749,750,759"}) {
            ChangeCursor cursor = new ChangeCursor(snapshot);
            assertEquals(Optional.of(cursor), ChangeCursor.parse(cursor.token()), snapshot);
        }
        assertEquals("NzkwNDo3OTA2Ojc5MDQ", new ChangeCursor("7904:7906:7904").token());
    }

    @Test
    void onlyASnapshotPostgresqlWouldAcceptIsACursor() {
        for (String snapshot : new String[] {"", "7904", "7904:7906", "0:5:", "12:10:", "5:7:9", "5:7:4", "10:20:15,12", "10:20:12,,15",
                "1:2:1 ", "x:2:", "1:99999999999999999999:", "10:20:12;DROP TABLE answer"}) {
            assertEquals(Optional.empty(), ChangeCursor.parse(token(snapshot)), snapshot);
        }
        assertEquals(Optional.empty(), ChangeCursor.parse("!!"));
        assertEquals(Optional.empty(), ChangeCursor.parse("not-a-cursor"));
    }
}
