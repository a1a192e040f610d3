package dutydesk.db;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Threads that make rows for a {@link BulkInsert} while the writing thread writes the ones
 * before (a bulk load is bound by its one writer; the rows can be made anywhere).
 */
public final class RowMakers {

    private RowMakers() {
    }

    /** {@code threads} daemon threads named {@code name}, taking tasks in the order given. */
    public static ExecutorService start(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** One daemon thread per core but the writer's (at least one). */
    public static ExecutorService perOtherCore(String name) {
        return start(name, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /**
     * The rows, once made. A failure in making them is rethrown here, as it was if unchecked.
     *
     * @param what what was being made, for the message ("demo cases")
     */
    public static <T> T await(Future<T> rows, String what) {
        try {
            return rows.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("making " + what + " failed", e.getCause());
        }
    }
}
