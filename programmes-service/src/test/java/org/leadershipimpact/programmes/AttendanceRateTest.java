package org.leadershipimpact.programmes;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttendanceRateTest {

    private static List<Session> sessions(int count) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Session session = new Session();
            session.id = UUID.randomUUID();
            session.date = LocalDate.of(2026, 1, 1).plusWeeks(i);
            sessions.add(session);
        }
        return sessions;
    }

    @Test
    void absencesApologiesAndUnrecordedSessionsAllCountAgainstTheRate() {
        List<Session> held = sessions(8);
        Map<UUID, AttendanceMark> marks = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            marks.put(held.get(i).id, AttendanceMark.PRESENT);
        }
        marks.put(held.get(5).id, AttendanceMark.ABSENT);
        marks.put(held.get(6).id, AttendanceMark.APOLOGIES);
        AttendanceRate rate = AttendanceRate.of(held, marks);
        assertEquals(new AttendanceRate(8, 5, 1, 1, 1), rate);
        assertEquals(62.5, rate.percent());
    }

    @Test
    void theThresholdIsComparedExactlyNotAfterRounding() {
        // 2 of 3 is 66.666...%: it reaches 66% but not 67%, although it rounds to 66.7
        AttendanceRate twoOfThree = new AttendanceRate(3, 2, 1, 0, 0);
        assertEquals(66.7, twoOfThree.percent());
        assertTrue(twoOfThree.meets(66));
        assertFalse(twoOfThree.meets(67));
        assertTrue(new AttendanceRate(8, 6, 2, 0, 0).meets(75));
        assertFalse(new AttendanceRate(8, 5, 3, 0, 0).meets(75));
    }

    @Test
    void beforeAnySessionIsHeldTheRateIsZeroAndOnlyAZeroThresholdIsMet() {
        AttendanceRate none = AttendanceRate.of(List.of(), Map.of());
        assertEquals(0.0, none.percent());
        assertTrue(none.meets(0));
        assertFalse(none.meets(1));
    }
}
