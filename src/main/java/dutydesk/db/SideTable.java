package dutydesk.db;

import dutydesk.io.Leftovers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;

/**
 * A second writer for a bulk load: one table's rows are written into a file of their own by a
 * thread of its own, while the main connection writes the rest, and then copied into the
 * database with one {@code INSERT INTO t SELECT * FROM side.t}. SQLite makes that copy record by
 * record without decoding them (its transfer optimisation) when the table is empty, defined
 * alike, and foreign keys are not being enforced, so it takes a small part of the time the rows
 * took to write.
 *
 * <p>The copy is a transaction of its own ({@code ATTACH} is not allowed inside one, and the
 * main load's write lock would extend to an attached file, stopping this writer): use it only
 * on a database no other process can see until it is finished.
 */
public final class SideTable implements AutoCloseable {

    private static final List<Object[]> END = List.of();
    private static final String SCHEMA = "dutydesk_side";

    private final String table;
    private final Path file;
    private final BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(64);
    private final CompletableFuture<Long> written = new CompletableFuture<>();
    private final Thread writer;
    private boolean ended;

    private SideTable(String table, Path file, List<String> definitions, String head, String row) {
        this.table = table;
        this.file = file;
        this.writer = new Thread(() -> {
            try {
                written.complete(write(definitions, head, row));
            } catch (Throwable e) {
                written.completeExceptionally(e);
                queue.clear();
            }
        }, "side-" + table);
        writer.setDaemon(true);
    }

    /**
     * Starts the side writer for {@code table}, made as {@code main} defines it (with its indexes).
     *
     * @param head {@code INSERT INTO t (a, b, c) VALUES }, as for {@link BulkInsert}
     * @param row  the placeholder of one row, as for {@link BulkInsert}
     */
    public static SideTable start(Connection main, String table, String head, String row) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement ps = main.prepareStatement("SELECT sql FROM sqlite_master WHERE tbl_name = ?"
                + " AND sql IS NOT NULL ORDER BY type = 'index', name")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    definitions.add(rs.getString(1));
                }
            }
        }
        if (definitions.isEmpty()) {
            throw new SQLException("no table " + table);
        }
        Path file;
        try {
            // Named for this process, so that one killed half way is tidied away by the next.
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Leftovers.remove(tmp, "dutydesk-" + table + "-");
            file = Files.createTempFile(tmp, "dutydesk-" + table + "-" + ProcessHandle.current().pid() + "-", ".db");
        } catch (IOException e) {
            throw new SQLException("cannot make a file for " + table + ": " + e.getMessage(), e);
        }
        SideTable side = new SideTable(table, file, definitions, head, row);
        side.writer.start();
        return side;
    }

    private long write(List<String> definitions, String head, String row) throws SQLException, InterruptedException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        long rows = 0;
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = -65536");
                for (String d : definitions) {
                    st.execute(d);
                }
            }
            c.setAutoCommit(false);
            try (BulkInsert insert = new BulkInsert(c, head, row)) {
                for (List<Object[]> batch = queue.take(); batch != END; batch = queue.take()) {
                    for (Object[] values : batch) {
                        insert.add(values);
                    }
                    rows += batch.size();
                }
                insert.flush();
            }
            c.commit();
        }
        return rows;
    }

    /** Hands rows to the side writer (waiting while it is far behind). */
    public void add(List<Object[]> rows) throws SQLException {
        if (ended) {
            throw new IllegalStateException("the side writer of " + table + " has been told the end");
        }
        if (rows.isEmpty()) {
            return;
        }
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                if (written.isDone()) {
                    rowsWritten();          // its failure, rethrown
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while writing " + table, e);
        }
    }

    /**
     * Tells the side writer there are no more rows, waits for it, and copies its rows into
     * {@code db} in a transaction of their own; returns how many rows were copied. Call it
     * outside any transaction, with foreign keys not enforced.
     */
    public long copyInto(Database db) throws SQLException {
        if (!ended) {
            ended = true;
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while writing " + table, e);
            }
        }
        long rows = rowsWritten();
        db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("ATTACH DATABASE ? AS " + SCHEMA)) {
                ps.setString(1, file.toString());
                ps.execute();
            }
            return null;
        });
        try {
            db.write(h -> {
                try (Statement st = h.getConnection().createStatement()) {
                    st.executeUpdate("INSERT INTO main.\"" + table + "\" SELECT * FROM " + SCHEMA + ".\"" + table + "\"");
                }
                return null;
            });
        } finally {
            db.query(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DETACH DATABASE " + SCHEMA);
                }
                return null;
            });
        }
        return rows;
    }

    private long rowsWritten() throws SQLException {
        try {
            return written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while writing " + table, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new SQLException("writing " + table + " failed", e.getCause());
        }
    }

    /** Stops the side writer if it is still going, and deletes its file. */
    @Override
    public void close() {
        if (!written.isDone()) {
            writer.interrupt();
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file: the system's clean-up will have it.
        }
    }
}
