package dutydesk.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.cases.CaseRepository;
import dutydesk.contacts.ContactRepository;
import dutydesk.contacts.NewContact;
import dutydesk.contacts.SaveResult;
import dutydesk.dachecks.CheckAction;
import dutydesk.dachecks.CheckKind;
import dutydesk.dachecks.CheckRepository;
import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.io.AtomicFile;
import dutydesk.io.Csv;
import dutydesk.testing.CsvReader;
import dutydesk.testing.Rows;
import dutydesk.testing.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export on a small hand-made database with the real migrations, contacts saved and
 * corrected the way the desk saves them: export, read the CSV back, compare with the database;
 * a second run finds nothing; {@code --again} repeats; corrections go out as corrections.
 */
class ContactExportTest {

    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;
    Database db;
    long smith;
    long obrien;

    @BeforeEach
    void open() {
        db = TestDb.empty(dir);
        Rows.office(db);
        Rows.officer(db, TestDb.USER, "N07A001", "Khan");
        smith = Rows.person(db, "X100001", "Smith", "John", "MEDIUM");
        obrien = Rows.person(db, "X100002", "O'Brien", "Seán", "HIGH");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The desk's contact form, saving as the test user on a given day at 10:00. */
    ContactRepository contacts(LocalDate day) {
        Clock clock = Clock.fixed(LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(TestDb.LONDON).toInstant(),
                TestDb.LONDON);
        return new ContactRepository(db, clock, TestDb.USER, new CaseRepository(db, clock));
    }

    static NewContact visit(long caseId, LocalDate date, String outcome, String enforcement, LocalDate respondBy,
                            String notes, boolean sensitive) {
        return new NewContact(caseId, 0, 0, "COAP", date, LocalTime.of(9, 30), outcome, enforcement, respondBy,
                Map.of(), notes, date.plusDays(7), sensitive, false, false, "Riverside office", null);
    }

    static NewContact correction(NewContact c, long id, int version, String reason) {
        return new NewContact(c.caseId(), id, version, c.type(), c.date(), c.time(), c.outcome(), c.enforcement(),
                c.respondBy(), c.answers(), c.notes(), c.next(), c.sensitive(), c.alert(), c.referToSpo(),
                c.location(), reason);
    }

    long save(ContactRepository repo, NewContact c) {
        return ((SaveResult.Saved) repo.save(c)).contactId();
    }

    ContactExport export() {
        return new ContactExport(db, TestDb.CLOCK, "clerk1");
    }

    List<List<String>> read(Path file) throws IOException {
        List<List<String>> records = CsvReader.parse(Files.readString(file));
        assertEquals(ExportCsv.COLUMNS, records.get(0), "the header row");
        return records.subList(1, records.size());
    }

    Map<String, Object> stored(long id) {
        return db.read(h -> h.createQuery("SELECT k.crn, c.* FROM contact c JOIN cases k ON k.id = c.case_id"
                + " WHERE c.id = :id").bind("id", id).mapToMap().one());
    }

    int count(String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Every field of a row against the contact as stored (its current version). */
    void assertRowIsTheStoredContact(List<String> row, boolean correction) {
        Map<String, Object> c = stored(Long.parseLong(row.get(13)));
        List<String> expected = List.of(str(c.get("crn")), str(c.get("contact_date")), str(c.get("start_time")),
                str(c.get("type_code")), str(c.get("outcome_code")), str(c.get("enforcement_code")),
                str(c.get("enforcement_response_by")), str(c.get("description")), Csv.clean(str(c.get("notes"))),
                ((Number) c.get("sensitive")).intValue() == 1 ? "Y" : "N", str(c.get("staff_code")),
                str(c.get("created_by")), str(c.get("created_at")), str(c.get("id")), str(c.get("version")),
                correction ? "Y" : "N");
        assertEquals(expected, row.subList(0, 16));
    }

    @Test
    void everyContactRecordedAtTheDeskIsExportedOnceWithItsCodes() throws IOException {
        ContactRepository repo = contacts(TestDb.TODAY);
        String awkward = "Said \"fine, thanks\".\r\nNew job\tstarting Monday;\u0007 no concerns.";
        long attended = save(repo, visit(smith, TestDb.TODAY, "ATTC", null, null, awkward, true));
        long failed = save(repo, visit(obrien, TestDb.TODAY, "AFTA", "EA12", TestDb.TODAY.plusDays(7), "", false));
        new CheckRepository(db, TestDb.CLOCK, TestDb.USER).record(new CheckRepository.Entry(smith,
                CheckAction.POLICE_REQUEST, CheckKind.POLICE_DA, TestDb.TODAY, "Domestic abuse", null, ""));
        Rows.contact(db, Map.of("case_id", smith, "type_code", "COAP", "contact_date", "2026-11-23",
                "outcome_code", "ATTC", "source", "IMPORT", "created_by", "extract", "created_at", "2026-11-23T06:00:00Z"));

        Path file = Files.createDirectory(dir.resolve("out")).resolve("contacts.csv");
        ContactExport.Result r = export().export(ContactExport.Selection.notExported(), file, false);

        assertEquals(3, r.rows(), "the imported contact is not the desk's to export");
        assertEquals(0, r.corrections());
        assertEquals("NEW", r.selection());
        List<List<String>> rows = read(file);
        assertEquals(3, rows.size());
        for (List<String> row : rows) {
            assertRowIsTheStoredContact(row, false);
            assertEquals(List.of("", "", ""), row.subList(16, 19), "first versions are not corrections");
        }
        List<String> first = rows.stream().filter(x -> x.get(13).equals(Long.toString(attended))).findFirst().orElseThrow();
        assertEquals(List.of("X100001", "2026-11-23", "09:30", "COAP", "ATTC", "", ""), first.subList(0, 7));
        assertEquals("Said \"fine, thanks\".\nNew job starting Monday; no concerns.", first.get(8),
                "line breaks kept, the tab a space, the bell gone");
        assertEquals(List.of("Y", "N07A001", TestDb.USER, "2026-11-23T10:00:00Z"), first.subList(9, 13));
        List<String> fta = rows.stream().filter(x -> x.get(13).equals(Long.toString(failed))).findFirst().orElseThrow();
        assertEquals(List.of("X100002", "2026-11-23", "09:30", "COAP", "AFTA", "EA12", "2026-11-30"), fta.subList(0, 7));
        List<String> check = rows.stream().filter(x -> x.get(3).equals("C369")).findFirst().orElseThrow();
        assertEquals("Police request sent: Domestic abuse", check.get(7));

        Map<String, Object> run = db.read(h -> h.createQuery("SELECT * FROM contact_export_run").mapToMap().one());
        assertEquals(file.toAbsolutePath().toString(), run.get("file"));
        assertEquals("NEW", run.get("selection"));
        assertEquals(3, ((Number) run.get("row_count")).intValue());
        assertEquals("clerk1", run.get("exported_by"));
        assertEquals("2026-11-23T10:00:00Z", run.get("exported_at"));
        assertEquals(3, count("SELECT count(*) FROM contact_export WHERE run_id = " + r.run()));
        assertEquals(AtomicFile.PERMISSIONS, Files.getPosixFilePermissions(file));
    }

    @Test
    void aSecondRunFindsNothingAndWritesNoFile() throws IOException {
        save(contacts(TestDb.TODAY), visit(smith, TestDb.TODAY, "ATTC", null, null, "ok", false));
        assertEquals(1, export().export(ContactExport.Selection.notExported(), dir.resolve("a.csv"), false).rows());

        ContactExport.Result second = export().export(ContactExport.Selection.notExported(), dir.resolve("b.csv"), false);

        assertEquals(0, second.rows());
        assertEquals(0, second.run());
        assertFalse(Files.exists(dir.resolve("b.csv")));
        assertEquals(1, count("SELECT count(*) FROM contact_export_run"));
        assertEquals(1, export().rows(ContactExport.Selection.again()).size(), "--again still has the last export");
    }

    @Test
    void againWritesTheLastExportAgainExactlyAsItWasEvenAfterACorrection() throws IOException {
        ContactRepository repo = contacts(TestDb.TODAY);
        NewContact v1 = visit(smith, TestDb.TODAY, "ATTC", null, null, "first words", false);
        long id = save(repo, v1);
        save(repo, visit(obrien, TestDb.TODAY, "AFTA", "ROM", null, "", false));
        Path first = dir.resolve("first.csv");
        ContactExport.Result one = export().export(ContactExport.Selection.notExported(), first, false);
        repo.save(correction(visit(smith, TestDb.TODAY, "AFTC", "EA02", null, "second words", false), id, 1,
                "Wrong outcome"));

        Path again = dir.resolve("again.csv");
        ContactExport.Result r = export().export(ContactExport.Selection.again(), again, false);

        assertEquals("AGAIN " + one.run(), r.selection());
        assertEquals(2, r.rows());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again), "the same file, byte for byte");
        // The correction is still to go: repeating an export does not send it.
        List<ExportRow> pending = export().rows(ContactExport.Selection.notExported());
        assertEquals(1, pending.size());
        assertEquals(2, pending.get(0).version());
    }

    @Test
    void aCorrectionAfterAnExportIsExportedAsACorrectionOfIt() throws IOException {
        NewContact v1 = visit(smith, TestDb.TODAY, "ATTC", null, null, "first words", false);
        long id = save(contacts(TestDb.TODAY), v1);
        export().export(ContactExport.Selection.notExported(), dir.resolve("a.csv"), false);
        // Corrected the next day by someone else.
        ContactRepository tuesday = new ContactRepository(db, Clock.offset(TestDb.CLOCK, java.time.Duration.ofDays(1)),
                "duty2", new CaseRepository(db, TestDb.CLOCK));
        tuesday.save(correction(visit(smith, TestDb.TODAY, "AFTC", "EA02", null, "second words", false), id, 1,
                "Wrong outcome: he refused the drug test"));

        Path file = dir.resolve("b.csv");
        ContactExport.Result r = export().export(ContactExport.Selection.notExported(), file, false);

        assertEquals(1, r.rows());
        assertEquals(1, r.corrections());
        List<String> row = read(file).get(0);
        assertRowIsTheStoredContact(row, true);
        assertEquals(List.of("AFTC", "EA02"), row.subList(4, 6));
        assertEquals("second words", row.get(8));
        assertEquals(List.of(Long.toString(id), "2", "Y", "duty2", "2026-11-24T10:00:00Z",
                "Wrong outcome: he refused the drug test"), row.subList(13, 19));
        assertEquals(TestDb.USER, row.get(11), "os_user is who first recorded it");
    }

    @Test
    void aContactCorrectedBeforeItWasEverExportedGoesOutAsNew() throws IOException {
        NewContact v1 = visit(smith, TestDb.TODAY, "ATTC", null, null, "first", false);
        ContactRepository repo = contacts(TestDb.TODAY);
        long id = save(repo, v1);
        repo.save(correction(v1, id, 1, "Typo"));

        ExportRow only = export().rows(ContactExport.Selection.notExported()).get(0);

        assertEquals(2, only.version());
        assertFalse(only.correction(), "the system of record never had version 1");
        assertEquals("Typo", only.correctionReason());
    }

    @Test
    void sinceADayExportsWhatWasRecordedOrCorrectedFromThenExportedOrNot() throws IOException {
        save(contacts(FRIDAY.minusDays(1)), visit(smith, FRIDAY.minusDays(1), "ATTC", null, null,
                "thu", false));
        long friday = save(contacts(FRIDAY), visit(obrien, FRIDAY, "ATTC", null, null, "fri", false));
        export().export(ContactExport.Selection.notExported(), dir.resolve("a.csv"), false);
        long monday = save(contacts(TestDb.TODAY), visit(smith, TestDb.TODAY, "ATTC", null, null, "mon", false));

        List<Long> since = new ArrayList<>();
        for (ExportRow r : export().rows(ContactExport.Selection.since(FRIDAY))) {
            since.add(r.contactId());
        }
        assertEquals(List.of(friday, monday), since, "Friday's went out already but is asked for again; Thursday's is older");

        Path file = dir.resolve("since.csv");
        ContactExport.Result r = export().export(ContactExport.Selection.since(FRIDAY), file, false);
        assertEquals("SINCE 2026-11-20", r.selection());
        assertEquals(0, r.corrections(), "the same version again is not a correction");
        assertTrue(export().rows(ContactExport.Selection.notExported()).isEmpty(), "Monday's is now marked too");
    }

    @Test
    void twoExportsAtTheSameTimeNeverSendAContactTwice() throws IOException {
        save(contacts(TestDb.TODAY), visit(smith, TestDb.TODAY, "ATTC", null, null, "one", false));
        ContactExport slow = export();
        ContactExport.Selected read = slow.select(ContactExport.Selection.notExported());
        assertEquals(1, export().export(ContactExport.Selection.notExported(), dir.resolve("fast.csv"), false).rows());

        DbException e = assertThrows(DbException.class, () -> slow.write(read, dir.resolve("slow.csv"), false));

        assertTrue(e.getMessage().startsWith("Another export sent some of these contacts"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("slow.csv")));
        assertEquals(1, count("SELECT count(*) FROM contact_export_run"));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
        }
        // Exports that ask again on purpose are not stopped.
        ContactExport.Selected again = slow.select(ContactExport.Selection.since(TestDb.TODAY));
        export().export(ContactExport.Selection.since(TestDb.TODAY), dir.resolve("a.csv"), false);
        assertEquals(1, slow.write(again, dir.resolve("b.csv"), false).rows());
    }
}
