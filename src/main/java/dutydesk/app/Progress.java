package dutydesk.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for the headless commands, redrawn at most ten times a
 * second, and only when stderr is a terminal (a log file or a pipe gets nothing).
 */
final class Progress {

    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintStream err;
    private final boolean on;
    private long lastDraw;
    private boolean drawn;
    private String phase;
    private long phaseStart = System.nanoTime();
    private long phaseCpu = cpuNanos();
    private final StringBuilder phases = new StringBuilder();

    Progress(PrintStream err, boolean on) {
        this.err = err;
        this.on = on;
    }

    /**
     * Whether stderr is a terminal. The launcher says so ({@code -Ddutydesk.stderr.tty}); without it,
     * whether the process has a console at all.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("dutydesk.stderr.tty");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /** "Writing  [##########..........]  45%  45,000 of 100,000 cases". */
    void show(String phase, long done, long total, String unit) {
        long now = System.nanoTime();
        if (!phase.equals(this.phase)) {
            endPhase(now);
            this.phase = phase;
        }
        if (!on || total <= 0) {
            return;
        }
        if (drawn && now - lastDraw < EVERY_NANOS && done < total) {
            return;
        }
        lastDraw = now;
        drawn = true;
        int pct = total <= 0 ? 100 : (int) Math.min(100, 100 * done / total);
        int filled = pct * WIDTH / 100;
        StringBuilder b = new StringBuilder(100).append('\r');
        b.append(String.format(Locale.UK, "%-10s [", phase));
        for (int i = 0; i < WIDTH; i++) {
            b.append(i < filled ? '#' : '.');
        }
        b.append(String.format(Locale.UK, "] %3d%%  %,d of %,d %s", pct, done, total, unit));
        b.append("\033[K");
        err.print(b);
        err.flush();
    }

    private void endPhase(long now) {
        long cpu = cpuNanos();
        if (this.phase != null) {
            phases.append(phases.length() == 0 ? "" : ", ").append(this.phase.toLowerCase(Locale.UK))
                    .append(String.format(Locale.UK, " %.2f s (cpu %.2f s)", (now - phaseStart) / 1e9,
                            (cpu - phaseCpu) / 1e9));
        }
        phaseStart = now;
        phaseCpu = cpu;
    }

    /** The process's CPU time so far (all threads), or 0 where the JVM cannot tell. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** "reading 1.20 s (cpu 1.10 s), cases 0.80 s (cpu ...), ...": how long each phase took, up to now. */
    String phases() {
        endPhase(System.nanoTime());
        phase = null;
        return phases.toString();
    }

    /** Clears the bar, so what follows starts on a clean line. */
    void clear() {
        if (on && drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}
