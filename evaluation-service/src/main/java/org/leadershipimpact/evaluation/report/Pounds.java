package org.leadershipimpact.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Pence written as pounds to the penny, where a figure is worked in a sentence ({@link Wording} writes tables and headlines). */
final class Pounds {

    private Pounds() {
    }

    static String exact(BigDecimal pence) {
        return "£" + format(pence.movePointLeft(2).setScale(2, RoundingMode.DOWN), 2);
    }

    private static String format(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
