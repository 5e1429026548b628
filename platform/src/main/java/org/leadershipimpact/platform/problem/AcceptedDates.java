package org.leadershipimpact.platform.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The dates a request may carry. Java reads years up to ±999,999,999, PostgreSQL stores none beyond
 * 5874897, and no programme, session or benefit falls outside these centuries: anything else is a typo
 * or a probe, refused before it reaches the database.
 */
public final class AcceptedDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);
    public static final String EXPECTATION = "must be a date from " + FIRST + " to " + LAST + ", like 2026-01-31";
    public static final String MOMENT_EXPECTATION = "must be a date and time with an offset from " + FIRST + " to " + LAST
            + ", like 2026-12-07T00:00:00Z";

    private AcceptedDates() {
    }

    /** Whether {@code value} (a LocalDate, OffsetDateTime or Instant) falls within the range; other values are not dates. */
    public static boolean accept(Object value) {
        if (value instanceof LocalDate date) {
            return !date.isBefore(FIRST) && !date.isAfter(LAST);
        }
        if (value instanceof OffsetDateTime moment) {
            return accept(moment.toInstant());
        }
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST.atStartOfDay(ZoneOffset.UTC).toInstant())
                    && instant.isBefore(LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return true;
    }

    static boolean isDate(Class<?> type) {
        return type == LocalDate.class || type == OffsetDateTime.class || type == Instant.class;
    }
}
