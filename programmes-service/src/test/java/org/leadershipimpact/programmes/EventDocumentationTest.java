package org.leadershipimpact.programmes;

import org.junit.jupiter.api.Test;
import org.leadershipimpact.programmes.events.ProgrammeEvents;
import org.leadershipimpact.testsupport.EventContract;

import java.util.Set;

class EventDocumentationTest {

    @Test
    void everyEventIsDocumentedWithAnExampleOfExactlyItsFields() {
        EventContract.assertDocumented(ProgrammeEvents.class, "programmes", Set.of("ProgrammeFacts"));
    }
}
