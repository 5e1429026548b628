package org.leadershipimpact.evaluation.survey;

import org.leadershipimpact.platform.Lifecycle;

import java.util.List;
import java.util.Map;

/** An instrument takes responses while open; once closed, it takes none. */
public enum InstrumentStatus {
    OPEN, CLOSED;

    public static final Lifecycle<InstrumentStatus> LIFECYCLE = Lifecycle.of("instrument", InstrumentStatus.class,
            Map.of(OPEN, List.of(CLOSED)));
}
