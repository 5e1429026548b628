package org.leadershipimpact.evaluation.report;

import io.quarkus.qute.TemplateExtension;
import org.leadershipimpact.platform.EnglandClock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Figures written as an NHS finance paper writes them: £1,234,567 in tables, £4.0m in headlines,
 * negative pounds in brackets, 12.5 %, and counts with their nouns agreeing ("1 measure shows").
 * Templates call these as {@code fmt:pounds(...)}.
 */
@TemplateExtension(namespace = "fmt")
public final class Wording {

    private static final String NONE = "–";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Wording() {
    }

    /** Pence as whole pounds, a loss in brackets: (£1,234). */
    public static String pounds(Number pence) {
        if (pence == null) {
            return NONE;
        }
        BigDecimal pounds = decimal(pence).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        return signed(pounds, "£" + grouped(pounds.abs(), 0, 0));
    }

    /** For a headline: millions to one decimal (£4.0m), smaller sums in whole pounds. */
    public static String headlinePounds(Number pence) {
        if (pence == null) {
            return NONE;
        }
        BigDecimal pounds = decimal(pence).movePointLeft(2);
        if (pounds.abs().compareTo(MILLION) < 0) {
            return pounds(pence);
        }
        BigDecimal millions = pounds.abs().divide(MILLION, 1, RoundingMode.HALF_UP);
        return signed(pounds, "£" + grouped(millions, 1, 1) + "m");
    }

    public static String percent(Number value) {
        if (value == null) {
            return NONE;
        }
        BigDecimal percent = decimal(value);
        return (percent.signum() < 0 ? "−" : "") + grouped(percent.abs(), 0, 2) + " %";
    }

    public static String number(Number value) {
        return value == null ? NONE : (decimal(value).signum() < 0 ? "−" : "") + grouped(decimal(value).abs(), 0, 2);
    }

    public static String ratio(Number value) {
        return value == null ? NONE : grouped(decimal(value), 2, 2) + " : 1";
    }

    /** "1 measure shows", "3 measures show"; a withheld count reads "–". */
    public static String counted(Number n, String one, String many) {
        if (n == null) {
            return NONE + " " + many;
        }
        return number(n) + " " + (decimal(n).compareTo(BigDecimal.ONE) == 0 ? one : many);
    }

    /** A horizon in years when it is whole years: "1 year", "3 years", "18 months". */
    public static String horizon(int months) {
        return months % 12 == 0 ? counted(months / 12, "year", "years") : counted(months, "month", "months");
    }

    public static String date(LocalDate day) {
        return day == null ? NONE : DAY.format(day);
    }

    /** A moment as people in England read it, on London's clock. */
    public static String moment(Instant instant) {
        return instant == null ? "no event applied yet" : MOMENT.format(instant.atZone(EnglandClock.ENGLAND)) + " (UK time)";
    }

    /** A question's answers: "1: 0; 2: 3; ...". */
    public static String distribution(Map<String, Long> counts) {
        if (counts == null) {
            return NONE;
        }
        StringJoiner text = new StringJoiner("; ");
        counts.forEach((answer, n) -> text.add(answer + ": " + number(n)));
        return text.toString();
    }

    private static String signed(BigDecimal value, String magnitude) {
        return value.signum() < 0 ? "(" + magnitude + ")" : magnitude;
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }

    private static String grouped(BigDecimal value, int minDecimals, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
