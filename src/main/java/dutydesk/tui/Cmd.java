package dutydesk.tui;

/**
 * Work that must not run on the UI thread (database, files, clock). It runs on the command
 * thread and its result comes back to {@code update} as a {@link Msg}; it may return
 * {@code null} when there is nothing to report. If it throws, the page receives a
 * {@link CmdFailed} instead.
 */
@FunctionalInterface
public interface Cmd {

    Msg run() throws Exception;

    /**
     * A command that supersedes earlier ones with the same key still waiting to run: only the
     * newest is run (typing five letters of a filter runs one query, not five).
     */
    static Cmd latest(String key, Cmd cmd) {
        return new Keyed(key, cmd);
    }

    /**
     * Delivers {@code msg} once nothing has restarted the wait for {@code millis}: a newer
     * debounce with the same key replaces this one. The loop keeps the timer itself (no thread,
     * no work while waiting); tests skip the wait whenever the loop is otherwise idle.
     */
    static Cmd debounce(String key, long millis, Msg msg) {
        return new Debounce(key, millis, msg);
    }

    /** A message to deliver after a quiet period; see {@link #debounce}. */
    record Debounce(String key, long millis, Msg msg) implements Cmd {
        @Override
        public Msg run() {
            return msg;
        }
    }

    /** A command tagged for coalescing; see {@link #latest}. */
    record Keyed(String key, Cmd cmd) implements Cmd {
        @Override
        public Msg run() throws Exception {
            return cmd.run();
        }
    }
}
