package dutydesk.bench;

import java.util.Arrays;
import java.util.Locale;

/** Durations in milliseconds, summarised by nearest-rank percentiles. */
final class Latencies {

    private double[] ms = new double[1024];
    private int n;

    void add(double millis) {
        if (n == ms.length) {
            ms = Arrays.copyOf(ms, n * 2);
        }
        ms[n++] = millis;
    }

    int count() {
        return n;
    }

    /** The smallest value with at least {@code p} percent of the values at or below it; 0 if none. */
    double percentile(double p) {
        if (n == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(ms, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n, rank) - 1)];
    }

    /** "p50=0.41 p95=2.10 p99=9.80 max=120.00", each key after {@code prefix}. */
    String summary(String prefix) {
        return prefix + "p50=" + format(percentile(50)) + " " + prefix + "p95=" + format(percentile(95)) + " "
                + prefix + "p99=" + format(percentile(99)) + " " + prefix + "max=" + format(percentile(100));
    }

    static String format(double millis) {
        return String.format(Locale.ROOT, "%.2f", millis);
    }
}
