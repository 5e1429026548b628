package org.leadershipimpact.platform.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailureLogTest {

    @Test
    void aKindOfFailureIsTracedOnceThenNamedInOneLine() {
        FailureLog log = new FailureLog();
        assertTrue(log.unexpected(failure(), "/api/v1/programmes"));
        for (int i = 0; i < 1_000; i++) {
            assertFalse(log.unexpected(failure(), "/api/v1/programmes"));
        }
        assertTrue(log.unexpected(otherFailure(), "/api/v1/programmes"), "another defect is traced in full");
    }

    @Test
    void aFailureIsKnownByItsInnermostCauseAndWhereThatWasThrown() {
        assertEquals(FailureLog.kindOf(failure()), FailureLog.kindOf(new RuntimeException("wrapped", failure())));
        assertNotEquals(FailureLog.kindOf(failure()), FailureLog.kindOf(otherFailure()));
        assertTrue(FailureLog.kindOf(failure()).startsWith("java.lang.IllegalStateException at "
                + FailureLogTest.class.getName() + ".failure:"), FailureLog.kindOf(failure()));
    }

    private static IllegalStateException failure() {
        return new IllegalStateException("the same defect, whatever the request");
    }

    private static IllegalStateException otherFailure() {
        return new IllegalStateException("another defect");
    }
}
