package dutydesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.cases.CaseQuery;
import dutydesk.cases.CaseRepository;
import dutydesk.dachecks.CheckStoreTest;
import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing CSV extracts into a real, migrated database: one test per kind of problem (the exact
 * message, and that nothing was written), the encodings and line ends offices produce, --skip-bad
 * with its rejects file, importing twice, and cases that leave the extract.
 */
class ImporterTest {

    static final String CASES_HEADER = "crn,pnc,surname,forename,date_of_birth,pdu_code,team_code,om_staff_code,tier,"
            + "rosh,case_type,order_description,sentence_date,release_date,order_end_date,reporting_frequency,"
            + "next_report_date";
    static final String CASE_1 = "A114207,1988/0412733L,O'Brien,Siobhán,1971-03-14,N07RIV,N07T01,N07T01U,B2,HIGH,"
            + "COMMUNITY,12 month Community Order,2026-10-02,,2027-10-01,WEEK,2026-11-24";
    static final String CASE_2 = "B503881,2001/0554210R,Nowak-Kowalska,Zoë,1983-07-09,N07RIV,N07T01,N07T01U,C1,MEDIUM,"
            + "LICENSE,\"CJA - Std Determinate Custody, on licence\",2025-06-16,2026-11-06,2027-05-15,WEEK,2026-11-20";
    static final String CASE_3 = "C220918,,Björnsson,Björn,1965-02-28,N07RIV,N07T01,N07T01U,A2,VERY_HIGH,LICENSE,"
            + "Extended Determinate Sentence,2019-04-11,2026-10-30,2029-04-10,WEEK,23/11/2026";
    static final String REG_HEADER = "crn,type,level,category,registered_date,next_review_date,deregistered_date,notes";
    static final String CONTACT_HEADER = "crn,contact_date,start_time,type,outcome,enforcement,respond_by,staff_code,"
            + "location,description,notes,sensitive";

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDb.empty(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    Path file(String name, String... lines) throws IOException {
        return bytes(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    Path bytes(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    /** Whether imports are told the database is a new file no one else has open (as a new one made by the command is). */
    boolean unshared;

    Importer.Result run(boolean skipBad, boolean partial, Path... files) throws IOException {
        return Importer.run(db, new Importer.Options(List.of(files), skipBad, null, null, partial, unshared),
                TestDb.CLOCK, "importer", Importer.Progress.NONE);
    }

    Importer.Result run(Path... files) throws IOException {
        return run(false, false, files);
    }

    int count(String table) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    /** The problems as printed, and that the import wrote nothing at all. */
    void assertRejected(Importer.Result r, String... problems) {
        assertTrue(r.rejected(), "nothing written");
        assertEquals(List.of(problems), r.problems().stream().map(Problem::toString).toList());
        for (String table : List.of("cases", "registration", "contact", "import_run", "case_check", "pdu", "team")) {
            assertEquals(0, count(table), table + " is untouched");
        }
    }

    // ---- each kind of problem ----------------------------------------------------------------

    @Test
    void badCrn() throws IOException {
        Importer.Result r = run(file("cases.csv", CASES_HEADER, CASE_1, CASE_2.replace("B503881", "b50388"),
                CASE_3.replace("C220918", "")));
        assertRejected(r,
                "cases.csv:3: column crn: 'b50388' is not a CRN (a capital letter and six digits, e.g. X123456)",
                "cases.csv:4: column crn: empty, but a value is required");
    }

    @Test
    void badPncCheckLetter() throws IOException {
        assertRejected(run(file("cases.csv", CASES_HEADER, CASE_1.replace("0412733L", "0412733M"),
                        CASE_2.replace("2001/0554210R", "2001/55421R"))),
                "cases.csv:2: column pnc: '1988/0412733M': the check letter should be L",
                "cases.csv:3: column pnc: '2001/55421R' is not a PNC number (YYYY/NNNNNNNC, e.g. 2012/0052494Q)");
    }

    @Test
    void impossibleAndMalformedDates() throws IOException {
        assertRejected(run(file("cases.csv", CASES_HEADER, CASE_1.replace("1971-03-14", "1971-02-30"),
                        CASE_2.replace("2026-11-20", "31/13/2026"), CASE_3.replace("1965-02-28", "next week"))),
                "cases.csv:2: column date_of_birth: '1971-02-30' is not a real date",
                "cases.csv:3: column next_report_date: '31/13/2026' is not a real date",
                "cases.csv:4: column date_of_birth: 'next week' is not a date: write YYYY-MM-DD or DD/MM/YYYY");
    }

    @Test
    void unknownCodes() throws IOException {
        Path cases = file("cases.csv", CASES_HEADER, CASE_1.replace(",HIGH,", ",SEVERE,"),
                CASE_2.replace("LICENSE", "PAROLE").replace(",WEEK,", ",MONTHLY,").replace(",C1,", ",E9,"), CASE_3);
        Path regs = file("registrations.csv", REG_HEADER, "C220918,ZZZZ,,,2026-10-30,,,",
                "C220918,MAPP,M4,,2026-10-30,,,");
        Path contacts = file("contacts.csv", CONTACT_HEADER, "C220918,2026-10-31,10:00,XXXX,ATTC,,,,,,,N",
                "C220918,2026-11-01,10:00,COAP,ATTX,ROM2,,,,,,N");
        assertRejected(run(cases, regs, contacts),
                "cases.csv:2: column rosh: 'SEVERE' is not a RoSH level (LOW, MEDIUM, HIGH, VERY_HIGH)",
                "cases.csv:3: column tier: 'E9' is not a tier (A0 to D3, S added if unsupervised)",
                "cases.csv:3: column case_type: 'PAROLE' is not a case type (COMMUNITY, LICENSE, CUSTODY)",
                "cases.csv:3: column reporting_frequency: 'MONTHLY' is not a reporting frequency (NONE, DAY, WEEK,"
                        + " FORTNIGHT, FOUR_WEEKS)",
                "registrations.csv:2: column type: 'ZZZZ' is not a register type code",
                "registrations.csv:3: column level: 'M4' is not a MAPPA level (M1, M2 or M3)",
                "contacts.csv:2: column type: 'XXXX' is not a contact type code",
                "contacts.csv:3: column outcome: 'ATTX' is not an outcome code",
                "contacts.csv:3: column enforcement: 'ROM2' is not an enforcement action code");
    }

    @Test
    void missingColumn() throws IOException {
        assertRejected(run(file("cases.csv", CASES_HEADER.replace(",next_report_date", ""),
                        CASE_1.substring(0, CASE_1.lastIndexOf(',')))),
                "cases.csv:1: column next_report_date: missing from the header (a cases extract needs crn, surname,"
                        + " forename, date_of_birth, pdu_code, team_code, om_staff_code, case_type, order_description,"
                        + " sentence_date, reporting_frequency, next_report_date)");
    }

    @Test
    void wrongColumnCount() throws IOException {
        assertRejected(run(file("cases.csv", CASES_HEADER, CASE_1.substring(0, CASE_1.lastIndexOf(',')),
                        CASE_2 + ",extra", CASE_3)),
                "cases.csv:2: column next_report_date: missing: the row has 16 fields, the header 17",
                "cases.csv:3: column 18: not in the header: the row has 18 fields, the header 17");
    }

    @Test
    void registrationOrContactForACaseNeitherInTheFileNorTheDatabase() throws IOException {
        assertRejected(run(file("cases.csv", CASES_HEADER, CASE_1),
                        file("registrations.csv", REG_HEADER, "G999999,ADVP,,,2026-10-02,,,"),
                        file("contacts.csv", CONTACT_HEADER, "G999998,2026-10-09,10:30,COAI,ATTC,,,,,,,N")),
                "registrations.csv:2: column crn: G999999 is not in cases.csv nor in the database",
                "contacts.csv:2: column crn: G999998 is not in cases.csv nor in the database");
    }

    @Test
    void theSameRowTwice() throws IOException {
        assertRejected(run(file("cases.csv", CASES_HEADER, CASE_1, CASE_2, CASE_1),
                        file("contacts.csv", CONTACT_HEADER, "A114207,2026-10-09,10:30,COAI,ATTC,,,,,,,N",
                                "A114207,2026-10-09,10:30,COAI,ATTC,,,,,,Again,N")),
                "cases.csv:4: column crn: A114207 is already on line 2",
                "contacts.csv:3: column type: A114207 has a COAI contact on 2026-10-09 10:30 already on line 2");
    }

    @Test
    void aFileThatIsNoExtract() throws IOException {
        assertRejected(run(file("people.csv", "name,age", "Ann,40")),
                "people.csv:1: not a cases, registrations or contacts extract: the header row (name,age) names none"
                        + " of their columns");
    }

    @Test
    void anEmptyCasesExtractIsNotImported() throws IOException {
        assertRejected(run(file("cases.csv", CASES_HEADER)),
                "cases.csv:1: no cases under the header: an empty extract is not imported");
    }

    @Test
    void aFileThatIsNotValidCsvStopsTheImport() throws IOException {
        assertRejected(run(file("cases.csv", CASES_HEADER, CASE_1, "B503881,\"2001/0554210R,Nowak")),
                "cases.csv:3: not readable as CSV: Unclosed quoted field at end of input");
    }

    // ---- what offices' files look like ---------------------------------------------------------

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        Path cases = file("cases.csv", CASES_HEADER, CASE_1, CASE_2);
        Path contacts = file("contacts.csv", CONTACT_HEADER,
                "A114207,2026-10-09,10:30,COAI,ATTC,,,N07P002,\"Riverside Probation Office, room 2\",Induction,"
                        + "\"Says he is \"\"keeping his head down\"\".",
                "Lives alone; no contact with the victim.",
                "Next: 16/10.\",N",
                "B503881,2026-11-06,09:15,COAI,NOPE,,,,,,,N");
        Importer.Result r = run(cases, contacts);
        assertEquals(List.of("contacts.csv:5: column outcome: 'NOPE' is not an outcome code"),
                r.problems().stream().map(Problem::toString).toList(), "the line after a three-line record is line 5");
        Path fixed = file("contacts.csv", Files.readString(contacts).replace("NOPE", "ATTC"));
        r = run(cases, fixed);
        assertTrue(r.written(), r.problems().toString());
        Map<String, Object> c = db.read(h -> h.createQuery("SELECT location, notes FROM contact ORDER BY id LIMIT 1")
                .mapToMap().one());
        assertEquals("Riverside Probation Office, room 2", c.get("location"));
        assertEquals("Says he is \"keeping his head down\".\nLives alone; no contact with the victim.\nNext: 16/10.",
                c.get("notes"));
        assertEquals("CJA - Std Determinate Custody, on licence", db.read(h -> h.createQuery(
                "SELECT order_description FROM cases WHERE crn = 'B503881'").mapTo(String.class).one()));
    }

    @Test
    void byteOrderMarkAndCrlf() throws IOException {
        String text = String.join("\r\n", CASES_HEADER, CASE_1, CASE_2, CASE_3) + "\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Importer.Result r = run(bytes("cases.csv", withBom));
        assertTrue(r.written(), r.problems().toString());
        assertEquals(List.of(), r.notes());
        assertEquals(List.of("A114207", "B503881", "C220918"), db.read(h -> h.createQuery("SELECT crn FROM cases ORDER BY id")
                .mapTo(String.class).list()));
        assertEquals("2029-04-10", db.read(h -> h.createQuery("SELECT order_end_date || '' FROM cases WHERE crn = 'C220918'")
                .mapTo(String.class).one()), "no carriage return at the end of a line's last field");
        assertEquals("2026-11-23", db.read(h -> h.createQuery("SELECT next_report_date FROM cases WHERE crn = 'C220918'")
                .mapTo(String.class).one()), "DD/MM/YYYY read");
    }

    @Test
    void windows1252IsReadWhenTheFileIsNotUtf8() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        Importer.Result r = run(bytes("cases.csv", (String.join("\r\n", CASES_HEADER, CASE_1, CASE_2, CASE_3) + "\r\n")
                .getBytes(cp1252)));
        assertTrue(r.written(), r.problems().toString());
        assertEquals(List.of("cases.csv: not valid UTF-8, so read as windows-1252"), r.notes());
        assertEquals(List.of("O'Brien, Siobhán", "Nowak-Kowalska, Zoë", "Björnsson, Björn"), db.read(h -> h.createQuery(
                "SELECT surname || ', ' || forename FROM cases ORDER BY id").mapTo(String.class).list()));
        assertEquals(List.of("obrien", "nowakkowalska", "bjornsson"), db.read(h -> h.createQuery(
                "SELECT surname_key FROM cases ORDER BY id").mapTo(String.class).list()));
    }

    // ---- --skip-bad -----------------------------------------------------------------------------

    @Test
    void skipBadImportsTheGoodRowsAndWritesTheRejects() throws IOException {
        Path cases = file("cases.csv", CASES_HEADER, CASE_1, CASE_2.replace("1983-07-09", "1983-02-29"), CASE_3);
        Path regs = file("registrations.csv", REG_HEADER, "A114207,ADVP,,,2026-10-02,,,",
                "B503881,RMDO,,,2025-06-16,,,\"Seen by the \"\"crisis\"\" team\"");
        Importer.Result r = run(true, false, cases, regs);
        assertTrue(r.written());
        assertEquals(2, r.rejectedRows());
        assertEquals(List.of(
                "cases.csv:3: column date_of_birth: '1983-02-29' is not a real date",
                "registrations.csv:3: column crn: B503881's row in cases.csv (line 3) was rejected"),
                r.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of("A114207", "C220918"), db.read(h -> h.createQuery("SELECT crn FROM cases ORDER BY id")
                .mapTo(String.class).list()));
        assertEquals(1, count("registration"));
        assertEquals(List.of(dir.resolve("cases.rejects.csv"), dir.resolve("registrations.rejects.csv")), r.rejectsFiles());
        byte[] rejects = Files.readAllBytes(dir.resolve("registrations.rejects.csv"));
        assertEquals((byte) 0xEF, rejects[0], "a byte-order mark, for Excel");
        assertEquals(REG_HEADER + "," + Importer.REASON_COLUMN + "\r\n"
                        + "B503881,RMDO,,,2025-06-16,,,\"Seen by the \"\"crisis\"\" team\",line 3: column crn: B503881's"
                        + " row in cases.csv (line 3) was rejected\r\n",
                new String(rejects, 3, rejects.length - 3, StandardCharsets.UTF_8));
        // Corrected in the rejects file, which imports as it is (its extra column is not used).
        Path again = bytes("cases.rejects.csv", Files.readString(dir.resolve("cases.rejects.csv"))
                .replace("1983-02-29", "1983-02-28").getBytes(StandardCharsets.UTF_8));
        r = run(false, true, again, dir.resolve("registrations.rejects.csv"));
        assertTrue(r.written(), r.problems().toString());
        assertEquals(List.of("cases.rejects.csv: column 'reject_reason' is not used",
                "registrations.rejects.csv: column 'reject_reason' is not used"), r.notes());
        assertEquals(3, count("cases"));
        assertEquals(2, count("registration"));
    }

    @Test
    void anUnreadableCrnIsReportedOnlyWhenACaseCouldHaveLeft() throws IOException {
        String unreadable = CASE_2.replace("B503881", "B50388");
        Importer.Result first = run(true, false, file("cases.csv", CASES_HEADER, CASE_1, unreadable));
        assertTrue(first.written(), first.problems().toString());
        assertFalse(first.leftSkipped(), "nothing was in the database: no case could have left");

        Importer.Result allListed = run(true, false, file("cases.csv", CASES_HEADER, CASE_1, CASE_3, unreadable));
        assertFalse(allListed.leftSkipped(), "every case in the database is listed");

        Importer.Result oneMissing = run(true, false, file("cases.csv", CASES_HEADER, CASE_3, unreadable));
        assertTrue(oneMissing.leftSkipped(), "A114207 is not listed: it may be the unreadable row, or have left");
        assertEquals(0, oneMissing.counts().casesLeft());
        assertFalse(run(true, true, file("cases.csv", CASES_HEADER, CASE_3, unreadable)).leftSkipped(),
                "--partial: no case leaves anyway");
    }

    @Test
    void theSummaryCountsOneCaseAsOne() {
        assertEquals("cases: 1 new, 0 changed, 0 unchanged, 0 back in the extract, 0 left the extract; registrations:"
                + " 0 new, 0 changed; contacts: 0 new, 0 changed; DA checks evaluated for 1 case",
                Importer.summary(new Counts(1, 0, 0, 0, 0, 0, 0, 0, 0, 1)));
        assertTrue(Importer.summary(new Counts(2, 0, 0, 0, 0, 0, 0, 0, 0, 2)).endsWith("evaluated for 2 cases"));
    }

    // ---- importing again ------------------------------------------------------------------------

    /** Every table's rows, in a stable order, without the record of the imports themselves. */
    List<List<Map<String, Object>>> everything() {
        List<List<Map<String, Object>>> all = new ArrayList<>();
        for (String table : db.read(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT IN ('import_run', 'schema_version') ORDER BY name").mapTo(String.class).list())) {
            all.add(db.read(h -> h.createQuery("SELECT * FROM " + table + " ORDER BY 1, 2").mapToMap().list()));
        }
        return all;
    }

    /**
     * The list markers are what recomputing them from the rows gives, and every stored DA-check
     * evaluation equals a fresh one.
     */
    void assertDerivedDataExact(String what) {
        String markers = "SELECT id, da_flag, cp_flag, mappa_level, last_seen_date FROM cases ORDER BY id";
        List<Map<String, Object>> stored = db.read(h -> h.createQuery(markers).mapToMap().list());
        db.write(h -> CaseRepository.refreshDerived(h, null));
        assertEquals(stored, db.read(h -> h.createQuery(markers).mapToMap().list()), what + ": markers");
        CheckStoreTest.assertAgree(CheckStoreTest.fresh(db, TestDb.TODAY), CheckStoreTest.stored(db), what);
    }

    Path[] examples() {
        return new Path[] {Path.of("data/examples/cases.csv"), Path.of("data/examples/registrations.csv"),
            Path.of("data/examples/contacts.csv")};
    }

    @Test
    void theExamplesImportWithExactMarkersAndChecks() throws IOException {
        Importer.Result r = run(examples());
        assertTrue(r.written(), r.problems().toString());
        assertEquals(new Counts(8, 0, 0, 0, 0, 8, 0, 10, 0, 8), r.counts());
        Map<String, Object> obrien = db.read(h -> h.createQuery("SELECT surname_key, forename_key, unallocated, rosh_rank,"
                + " da_flag, cp_flag, mappa_level, last_seen_date FROM cases WHERE crn = 'A114207'").mapToMap().one());
        assertEquals(Map.of("surname_key", "obrien", "forename_key", "siobhan", "unallocated", 1, "rosh_rank", 3,
                "da_flag", 1, "cp_flag", 1, "mappa_level", 0, "last_seen_date", "2026-10-16"), obrien);
        assertEquals(2, (int) db.read(h -> h.createQuery("SELECT mappa_level FROM cases WHERE crn = 'A902215'")
                .mapTo(Integer.class).one()));
        assertEquals(0, (int) db.read(h -> h.createQuery("SELECT da_flag FROM cases WHERE crn = 'C640092'")
                .mapTo(Integer.class).one()), "a deregistered DA register sets no marker");
        assertDerivedDataExact("imported vs fresh");
        assertTrue(CheckStoreTest.stored(db).values().stream().anyMatch(s -> s.missedChecks() > 0), "some checks are missed");
        assertEquals(List.of(), db.read(h -> h.createQuery("PRAGMA foreign_key_check").mapToMap().list()));
        // On the desk's list, under its PDU's name.
        CaseRepository cases = new CaseRepository(db, TestDb.CLOCK);
        assertEquals(8, cases.load(CaseQuery.DEFAULT, null, 0, 0, 20).total());
        assertEquals("Riverside PDU", cases.officeName());
    }

    @Test
    void aNameTheDeskAlreadyHasIsKeptAndAnExtractOfSeveralPdusNamesNone() throws IOException {
        db.write(h -> h.execute("INSERT INTO setting (key, value) VALUES ('office_name', 'Riverside and Hill PDU')"));
        run(examples());
        assertEquals("Riverside and Hill PDU", new CaseRepository(db, TestDb.CLOCK).officeName());
        db.write(h -> h.execute("DELETE FROM setting WHERE key = 'office_name'"));
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of("data/examples/cases.csv")));
        lines.set(2, lines.get(2).replace(",N07RIV,Riverside,N07T01,Riverside Duty Team,", ",N07HIL,Hill,N07H01,Hill Duty Team,"));
        assertTrue(lines.get(2).contains(",N07HIL,Hill,"), lines.get(2));
        Importer.Result two = run(file("cases.csv", lines.toArray(String[]::new)));
        assertTrue(two.written(), two.problems().toString());
        assertEquals("", new CaseRepository(db, TestDb.CLOCK).officeName(), "two PDUs: no one name");
    }

    @Test
    void importingTheSameFilesTwiceChangesNothing() throws IOException {
        run(examples());
        List<List<Map<String, Object>>> once = everything();
        Importer.Result again = run(examples());
        assertEquals(new Counts(0, 0, 8, 0, 0, 0, 0, 0, 0, 0), again.counts());
        assertEquals(once, everything());
        assertEquals(2, count("import_run"));
    }

    @Test
    void aChangedExtractUpdatesButNeverMovesTheNextReportEarlier() throws IOException {
        run(file("cases.csv", CASES_HEADER, CASE_1, CASE_2));
        db.write(h -> h.execute("UPDATE cases SET next_report_date = '2026-12-01' WHERE crn = 'A114207'"));
        Importer.Result r = run(file("cases.csv", CASES_HEADER, CASE_1.replace(",HIGH,", ",MEDIUM,"),
                CASE_2.replace("2026-11-20", "2026-11-27")));
        assertEquals(new Counts(0, 2, 0, 0, 0, 0, 0, 0, 0, 0), r.counts());
        assertEquals(List.of(Map.of("rosh", "MEDIUM", "rosh_rank", 2, "next_report_date", "2026-12-01"),
                        Map.of("rosh", "MEDIUM", "rosh_rank", 2, "next_report_date", "2026-11-27")),
                db.read(h -> h.createQuery("SELECT rosh, rosh_rank, next_report_date FROM cases ORDER BY id")
                        .mapToMap().list()));
    }

    @Test
    void aCaseMissingFromANewerFullExtractLeavesTheListButStays() throws IOException {
        Path contacts = file("contacts.csv", CONTACT_HEADER, "B503881,2026-11-06,09:15,COAI,ATTC,,,,,,,N");
        run(file("cases.csv", CASES_HEADER, CASE_1, CASE_2, CASE_3), contacts);
        CaseRepository cases = new CaseRepository(db, TestDb.CLOCK);
        assertEquals(3, cases.load(CaseQuery.DEFAULT, null, 0, 0, 20).total());

        Importer.Result partial = run(false, true, file("cases.csv", CASES_HEADER, CASE_1));
        assertEquals(0, partial.counts().casesLeft(), "--partial: nobody leaves");

        Importer.Result r = run(file("cases.csv", CASES_HEADER, CASE_1, CASE_3));
        assertEquals(new Counts(0, 0, 2, 0, 1, 0, 0, 0, 0, 0), r.counts());
        Map<String, Object> left = db.read(h -> h.createQuery("SELECT unallocated, left_extract_at FROM cases"
                + " WHERE crn = 'B503881'").mapToMap().one());
        assertEquals(0, left.get("unallocated"));
        assertNotNull(left.get("left_extract_at"));
        assertEquals(1, count("contact"), "its contacts stay");
        assertEquals(2, cases.load(CaseQuery.DEFAULT, null, 0, 0, 20).total(), "off the unallocated list");

        Importer.Result back = run(file("cases.csv", CASES_HEADER, CASE_1, CASE_2, CASE_3));
        assertEquals(new Counts(0, 0, 3, 1, 0, 0, 0, 0, 0, 0), back.counts());
        assertNull(db.read(h -> h.createQuery("SELECT left_extract_at FROM cases WHERE crn = 'B503881'")
                .mapTo(String.class).one()));
        assertEquals(3, cases.load(CaseQuery.DEFAULT, null, 0, 0, 20).total());
    }

    @ParameterizedTest(name = "a new file no one else has open: {0}")
    @ValueSource(booleans = {false, true})
    void aFirstLargeLoadRebuildsTheIndexesAndKeepsEveryReference(boolean newFile) throws IOException {
        // In a new file, the DA-check rows are written beside the rest and copied in (db.SideTable).
        unshared = newFile;
        List<Map<String, Object>> indexes = db.read(h -> h.createQuery("SELECT name, sql FROM sqlite_master"
                + " WHERE type = 'index' ORDER BY name").mapToMap().list());
        int n = ImportStore.BULK;
        StringBuilder cases = new StringBuilder(CASES_HEADER).append('\n');
        StringBuilder regs = new StringBuilder(REG_HEADER).append('\n');
        StringBuilder contacts = new StringBuilder(CONTACT_HEADER).append('\n');
        String[] registers = {"ADVP", "RCPR", "REG30", "RMDO"};
        // Every kind of value the table's CHECK constraints look at, which a first load does not
        // test row by row (integrity_check below does).
        String[] templates = {CASE_1, CASE_2, CASE_3};
        String[] roshes = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH", ""};
        String[] managers = {"N07T01U", "N07T01U", "N07T012", "N07IAVU"};
        String[] frequencies = {"NONE", "DAY", "WEEK", "FORTNIGHT", "FOUR_WEEKS"};
        for (int i = 0; i < n; i++) {
            String crn = String.format("G%06d", i);
            String[] f = templates[i % 3].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            f[0] = crn;
            f[1] = i % 2 == 0 ? "" : f[1];
            f[7] = managers[i % 4];
            f[9] = roshes[i % 5];
            f[12] = String.format("2026-%02d-1%d", 9 + i % 3, i % 10);
            f[15] = frequencies[i % 5];
            cases.append(String.join(",", f)).append('\n');
            regs.append(crn).append(',').append(registers[i % 4]).append(",,,2026-10-02,,,\n");
            if (i % 7 == 0) {
                regs.append(crn).append(",MAPP,M").append(1 + i % 3).append(",M2,2026-10-02,,,\n");
            }
            contacts.append(crn).append(",2026-10-16,14:00,COAP,").append(i % 5 == 0 ? "AFTA" : "ATTC").append(",,,,,,,N\n");
            if (i % 2 == 0) {
                contacts.append(crn).append(",2026-10-10,,C369,,,,,,,Requested,N\n");
            }
        }
        Importer.Result r = run(file("cases.csv", cases.toString()), file("registrations.csv", regs.toString()),
                file("contacts.csv", contacts.toString()));
        assertTrue(r.written(), r.problems().subList(0, Math.min(3, r.problems().size())).toString());
        assertEquals(n, r.counts().casesNew());
        assertEquals(indexes, db.read(h -> h.createQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                + " ORDER BY name").mapToMap().list()), "every index is back, exactly as migrated");
        assertEquals(1, (int) db.read(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()));
        assertEquals(List.of(), db.read(h -> h.createQuery("PRAGMA foreign_key_check").mapToMap().list()));
        assertEquals(0, (int) db.read(h -> h.createQuery("PRAGMA ignore_check_constraints").mapTo(Integer.class).one()));
        assertEquals(List.of("ok"), db.read(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list()),
                "every row meets its table's CHECK constraints");
        assertDerivedDataExact("bulk vs fresh");
        assertEquals("wal", db.read(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
        assertEquals(2, (int) db.read(h -> h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()), "FULL");
        // The list queries still use their indexes.
        assertEquals(n / 2, new CaseRepository(db, TestDb.CLOCK).load(CaseQuery.DEFAULT, null, 0, 0, 20).total(),
                "half have a named offender manager");
    }

    @Test
    void casesNeverImportedDoNotLeave() throws IOException {
        db.close();
        db = TestDb.demo(dir);
        int demo = count("cases");
        Importer.Result r = run(file("cases.csv", CASES_HEADER, CASE_1));
        assertEquals(0, r.counts().casesLeft());
        assertEquals(demo + 1, count("cases"));
        assertFalse(r.rejected());
    }
}
