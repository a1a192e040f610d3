package dutydesk.db;

import org.jdbi.v3.core.Jdbi;

/**
 * Jdbi's first use loads and initialises several hundred classes (a quarter of a second on a
 * small machine). Once the first screen is up, this does that on a background thread, against a
 * throwaway in-memory database, so the first case the user opens does not pay for it.
 */
public final class JdbiWarmUp {

    private JdbiWarmUp() {
    }

    public static void start() {
        Thread t = new Thread(JdbiWarmUp::run, "jdbi-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static void run() {
        try {
            Jdbi.create("jdbc:sqlite::memory:").withHandle(h -> h.createQuery("SELECT 1 WHERE :x = 1")
                    .bind("x", 1).mapTo(Integer.class).findOne());
        } catch (RuntimeException ignored) {
            // Only a warm-up: the real work reports its own errors.
        }
    }
}
