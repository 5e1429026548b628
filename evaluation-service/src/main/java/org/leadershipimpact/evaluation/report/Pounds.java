package org.leadershipimpact.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Pence written as pounds for people: to the penny where a figure is worked, to the pound on a headline. */
final class Pounds {

    private Pounds() {
    }

    static String exact(BigDecimal pence) {
        return "£" + format(pence.movePointLeft(2).setScale(2, RoundingMode.DOWN), 2);
    }

    static String whole(BigDecimal pence) {
        return "£" + format(pence.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP), 0);
    }

    private static String format(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
