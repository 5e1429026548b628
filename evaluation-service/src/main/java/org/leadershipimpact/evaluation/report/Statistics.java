package org.leadershipimpact.evaluation.report;

/**
 * The few statistics the reports need, written out so they can be checked by hand: sample mean and
 * standard deviation, and the paired comparison of before and after (mean difference, its 95%
 * confidence interval from Student's t, and the standardised effect size d_z).
 */
public final class Statistics {

    private Statistics() {
    }

    public record Description(int n, double mean, Double standardDeviation, double min, double max) {
    }

    /**
     * The change from {@code before} to {@code after} in the same people. {@code effectSize} is
     * Cohen's d_z: the mean difference over the standard deviation of the differences. The interval
     * and the standard deviation need two pairs or more; the effect size needs differences that vary.
     */
    public record PairedChange(int n, double meanBefore, double meanAfter, double meanDifference,
            Double standardDeviationOfDifferences, Double effectSize, Double lower95, Double upper95) {
    }

    public static Description describe(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("nothing to describe");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new Description(values.length, mean(values), values.length > 1 ? standardDeviation(values) : null, min, max);
    }

    public static PairedChange paired(double[] before, double[] after) {
        if (before.length != after.length || before.length == 0) {
            throw new IllegalArgumentException("paired data needs the same number (at least one) before and after");
        }
        int n = before.length;
        double[] differences = new double[n];
        for (int i = 0; i < n; i++) {
            differences[i] = after[i] - before[i];
        }
        double meanDifference = mean(differences);
        if (n < 2) {
            return new PairedChange(n, mean(before), mean(after), meanDifference, null, null, null, null);
        }
        double sd = standardDeviation(differences);
        double halfWidth = studentTQuantile(0.975, n - 1) * sd / Math.sqrt(n);
        Double effect = sd > 0 ? meanDifference / sd : null;
        return new PairedChange(n, mean(before), mean(after), meanDifference, sd, effect,
                meanDifference - halfWidth, meanDifference + halfWidth);
    }

    public static double mean(double[] values) {
        // Kahan summation: long series of similar values lose no precision
        double sum = 0;
        double carry = 0;
        for (double v : values) {
            double y = v - carry;
            double t = sum + y;
            carry = (t - sum) - y;
            sum = t;
        }
        return sum / values.length;
    }

    /** Sample standard deviation (n − 1 in the denominator), computed in two passes for accuracy. */
    public static double standardDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    /** The p-quantile of Student's t distribution with {@code df} degrees of freedom (0 < p < 1). */
    public static double studentTQuantile(double p, int df) {
        if (p <= 0 || p >= 1 || df < 1) {
            throw new IllegalArgumentException("p must be in (0, 1) and df at least 1");
        }
        if (p < 0.5) {
            return -studentTQuantile(1 - p, df);
        }
        // the CDF rises monotonically: bisect between 0 and a bound certainly above the quantile
        double low = 0;
        double high = 1;
        while (studentTCdf(high, df) < p) {
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > 1e-12 * Math.max(1, high); i++) {
            double middle = (low + high) / 2;
            if (studentTCdf(middle, df) < p) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** P(T ≤ t) for Student's t with {@code df} degrees of freedom, through the regularised incomplete beta function. */
    public static double studentTCdf(double t, int df) {
        double x = df / (df + t * t);
        double tail = 0.5 * regularisedIncompleteBeta(x, df / 2.0, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    /** I_x(a, b), by its continued fraction (evaluated with the modified Lentz method). */
    static double regularisedIncompleteBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        // the continued fraction converges fast only below the mean; use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) above it
        if (x > (a + 1) / (a + b + 2)) {
            return 1 - regularisedIncompleteBeta(1 - x, b, a);
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)) / a;
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double f = d;
        for (int m = 1; m <= 500; m++) {
            // even step
            double numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            d = 1 + numerator * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + numerator / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            f *= d * c;
            // odd step
            numerator = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
            d = 1 + numerator * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + numerator / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double step = d * c;
            f *= step;
            if (Math.abs(step - 1) < 1e-15) {
                break;
            }
        }
        return front * f;
    }

    /** ln Γ(x) for x > 0, by the Lanczos approximation (g = 7, nine coefficients): about 15 significant digits. */
    static double logGamma(double x) {
        if (x < 0.5) {
            // reflection: Γ(x)Γ(1−x) = π / sin(πx)
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7};
        double z = x - 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
