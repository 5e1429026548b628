package org.leadershipimpact.evaluation.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatisticsTest {

    /**
     * Student's (1908) sleep data, the paired example of R's {@code t.test} documentation
     * ({@code with(sleep, t.test(extra[group == 2], extra[group == 1], paired = TRUE))}): mean of the
     * differences 1.58, t = 4.0621 on 9 degrees of freedom, 95% interval 0.7001142 to 2.4598858.
     */
    @Test
    void pairedChangeMatchesStudentsSleepDataAsPublishedWithR() {
        double[] drug1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] drug2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
        Statistics.PairedChange change = Statistics.paired(drug1, drug2);
        assertEquals(10, change.n());
        assertEquals(1.58, change.meanDifference(), 1e-12);
        assertEquals(0.7001142, change.lower95(), 1e-7);
        assertEquals(2.4598858, change.upper95(), 1e-7);
        // t = mean / (sd / sqrt(n)) = 4.0621 as published, so sd = 1.58 * sqrt(10) / 4.0621
        double t = change.meanDifference() / (change.standardDeviationOfDifferences() / Math.sqrt(10));
        assertEquals(4.0621, t, 1e-4);
        // d_z = t / sqrt(n), by hand: 4.062128 / 3.162278 = 1.284558
        assertEquals(1.284558, change.effectSize(), 1e-5);
        assertEquals(0.75, change.meanBefore(), 1e-12);
        assertEquals(2.33, change.meanAfter(), 1e-12);
    }

    /** Critical values from any table of Student's t (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2). */
    @Test
    void studentTQuantilesMatchPublishedTables() {
        assertEquals(12.706, Statistics.studentTQuantile(0.975, 1), 5e-4);
        assertEquals(4.303, Statistics.studentTQuantile(0.975, 2), 5e-4);
        assertEquals(2.262, Statistics.studentTQuantile(0.975, 9), 5e-4);
        assertEquals(2.042, Statistics.studentTQuantile(0.975, 30), 5e-4);
        assertEquals(1.984, Statistics.studentTQuantile(0.975, 100), 5e-4);
        assertEquals(2.015, Statistics.studentTQuantile(0.95, 5), 5e-4);
        assertEquals(-2.262, Statistics.studentTQuantile(0.025, 9), 5e-4);
        assertEquals(1.960, Statistics.studentTQuantile(0.975, 100_000), 5e-4);
    }

    @Test
    void describesByHand() {
        Statistics.Description d = Statistics.describe(new double[] {1, 2, 3, 4, 5});
        assertEquals(3.0, d.mean(), 1e-12);
        // sum of squares 10 over n - 1 = 4: sd = sqrt(2.5)
        assertEquals(Math.sqrt(2.5), d.standardDeviation(), 1e-12);
        assertEquals(1, d.min());
        assertEquals(5, d.max());
        assertNull(Statistics.describe(new double[] {4}).standardDeviation());
    }

    @Test
    void onePairHasAChangeButNoIntervalAndIdenticalChangesHaveNoEffectSize() {
        Statistics.PairedChange one = Statistics.paired(new double[] {2}, new double[] {4});
        assertEquals(2.0, one.meanDifference());
        assertNull(one.lower95());
        assertNull(one.effectSize());
        Statistics.PairedChange same = Statistics.paired(new double[] {2, 3}, new double[] {3, 4});
        assertEquals(1.0, same.meanDifference());
        assertNull(same.effectSize(), "differences that do not vary have no standardised effect");
        assertEquals(1.0, same.lower95(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Statistics.paired(new double[] {1}, new double[] {1, 2}));
    }
}
