package org.leadershipimpact.programmes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How much of a cohort's programme so far a participant attended: sessions marked present out of the
 * sessions held (dated on or before the day of reckoning). Apologies are an absence with notice and
 * count against the rate like any absence; an unrecorded session counts as not attended.
 */
public record AttendanceRate(int sessionsHeld, int present, int absent, int apologies, int unrecorded) {

    public static AttendanceRate of(List<Session> held, Map<UUID, AttendanceMark> markBySession) {
        int present = 0;
        int absent = 0;
        int apologies = 0;
        int unrecorded = 0;
        for (Session session : held) {
            AttendanceMark mark = markBySession.get(session.id);
            if (mark == null) {
                unrecorded++;
            } else if (mark == AttendanceMark.PRESENT) {
                present++;
            } else if (mark == AttendanceMark.APOLOGIES) {
                apologies++;
            } else {
                absent++;
            }
        }
        return new AttendanceRate(held.size(), present, absent, apologies, unrecorded);
    }

    /** The rate in percent to one decimal place; 0 when no session has been held. */
    public double percent() {
        if (sessionsHeld == 0) {
            return 0;
        }
        return BigDecimal.valueOf(present * 100L).divide(BigDecimal.valueOf(sessionsHeld), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Whether the rate reaches {@code thresholdPercent}, compared exactly (no rounding lets 74.96% pass 75%). */
    public boolean meets(int thresholdPercent) {
        if (sessionsHeld == 0) {
            // nothing attended of nothing held: only a programme that asks for no attendance is satisfied
            return thresholdPercent == 0;
        }
        return present * 100L >= (long) thresholdPercent * sessionsHeld;
    }
}
