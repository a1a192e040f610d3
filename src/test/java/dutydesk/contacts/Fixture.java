package dutydesk.contacts;

import dutydesk.cases.CaseRepository;
import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A read-only copy of the demo database shared by the pure tests of this package, for real code
 * lists and real cases to build form contexts from. Tests that write use their own copy.
 */
final class Fixture {

    private static Database db;
    private static ContactRepository repo;

    private Fixture() {
    }

    static synchronized ContactRepository repo() {
        if (repo == null) {
            try {
                Path dir = Files.createTempDirectory("dutydesk-contacts");
                db = TestDb.demo(dir);
                // Shared by the test classes until the JVM ends; then closed (which removes its
                // -wal and -shm files) and its folder deleted.
                Database shared = db;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    shared.close();
                    try (var files = Files.list(dir)) {
                        for (Path f : files.toList()) {
                            Files.deleteIfExists(f);
                        }
                        Files.deleteIfExists(dir);
                    } catch (IOException leftForTheSystem) {
                        // A temporary folder; the system clears those in time.
                    }
                }, "contacts-fixture-cleanup"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            repo = repository(db);
        }
        return repo;
    }

    static ContactRepository repository(Database d) {
        return new ContactRepository(d, TestDb.CLOCK, TestDb.USER, new CaseRepository(d, TestDb.CLOCK));
    }

    /** The id of the first case (by id) matching a condition on {@code cases c}. */
    static long caseWhere(String condition) {
        repo();
        return caseWhere(db, condition);
    }

    static long caseWhere(Database d, String condition) {
        return d.read(h -> h.createQuery("SELECT c.id FROM cases c WHERE " + condition + " ORDER BY c.id LIMIT 1")
                .mapTo(Long.class).one());
    }

    /** A weekly community case with no failures to comply, no warnings and no breach. */
    static final String CLEAN_WEEKLY = "c.reporting_frequency = 'WEEK' AND c.case_type = 'COMMUNITY' AND c.unallocated = 1"
            + " AND NOT EXISTS (SELECT 1 FROM contact x WHERE x.case_id = c.id AND (x.outcome_code IN ('UAAB', 'AFTC')"
            + " OR x.enforcement_code IS NOT NULL))";

    /** A community case with exactly one failure to comply in the last 12 months, warned, and no breach. */
    static final String ONE_FAILURE = "c.case_type = 'COMMUNITY' AND c.unallocated = 1"
            + " AND (SELECT count(*) FROM contact x WHERE x.case_id = c.id AND x.outcome_code IN ('UAAB', 'AFTC')"
            + " AND x.contact_date > '2025-11-23') = 1"
            + " AND NOT EXISTS (SELECT 1 FROM contact x JOIN enforcement_action a ON a.code = x.enforcement_code"
            + " WHERE x.case_id = c.id AND a.kind = 'BREACH')";

    static FormContext context(long caseId) {
        return repo().context(caseId, 0).orElseThrow();
    }
}
