package dutydesk.app;

import java.io.PrintStream;

/**
 * Start-up phase times, written to stderr (the log) when {@code -Ddutydesk.trace=true}: where the
 * time to the first frame goes. Costs nothing when off.
 */
final class Trace {

    private static final boolean ON = Boolean.getBoolean("dutydesk.trace");
    private static final long T0 = System.nanoTime();

    private Trace() {
    }

    static void mark(PrintStream log, String phase) {
        if (ON) {
            long sinceMain = (System.nanoTime() - T0) / 1_000_000;
            log.printf("trace %-20s %5d ms since main (epoch ms %d)%n", phase, sinceMain, System.currentTimeMillis());
        }
    }
}
