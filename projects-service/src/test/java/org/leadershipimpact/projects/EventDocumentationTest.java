package org.leadershipimpact.projects;

import org.junit.jupiter.api.Test;
import org.leadershipimpact.projects.events.ProjectEvents;
import org.leadershipimpact.testsupport.EventContract;

import java.util.Set;

class EventDocumentationTest {

    @Test
    void everyEventIsDocumentedWithAnExampleOfExactlyItsFields() {
        EventContract.assertDocumented(ProjectEvents.class, "projects", Set.of("RecordedPoint", "ChartSignal", "ChartSegment", "BenefitAttribution", "BenefitDerivation"));
    }
}
