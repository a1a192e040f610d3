package dutydesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dutydesk.dachecks.CheckKind;
import dutydesk.db.Database;
import dutydesk.testing.CsvReader;
import dutydesk.testing.Golden;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports' figures on the hand-made office of {@link ReportFixture}, worked out on paper,
 * and the text for an email compared with reviewed golden files.
 */
class ReportRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    ReportRepository repo;

    @BeforeEach
    void open() {
        db = ReportFixture.open(dir);
        repo = new ReportRepository(db, TestDb.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theDaysFigures() {
        DailyReport r = repo.daily(TestDb.TODAY);

        assertEquals("Riverside PDU", r.office());
        assertEquals(12, r.contactTotal(), "the imported contact and Friday's are not the desk's today");
        assertEquals(List.of(
                new DailyReport.ContactCount("COAP", "Planned Office Visit (NS)", "ATTC", "Attended - Complied", 2),
                new DailyReport.ContactCount("COAP", "Planned Office Visit (NS)", "AFTC", "Attended - Failed To Comply", 1),
                new DailyReport.ContactCount("COAP", "Planned Office Visit (NS)", "AFTA", "Failed To Attend", 1),
                new DailyReport.ContactCount("COPT", "Planned Telephone Contact (NS)", "UAAB", "Unacceptable Absence", 1),
                new DailyReport.ContactCount("COUP", "Unplanned contact from person on probation", "ATTC",
                        "Attended - Complied", 1)), r.contacts().subList(0, 5), "the corrected contact counts as ATTC");
        assertEquals(List.of(
                new DailyReport.Failure("09:00", "X100002", "O'Brien, Seán", "COAP", "AFTA", "Failed To Attend", false,
                        "EA12", LocalDate.of(2026, 11, 30)),
                new DailyReport.Failure("11:00", "X100004", "Adeyemi, Abena", "COAP", "AFTC",
                        "Attended - Failed To Comply", true, "EA02", null),
                new DailyReport.Failure("15:00", "X100003", "Núñez, Ana", "COPT", "UAAB", "Unacceptable Absence", false,
                        "ROM", null)), r.failures());
        assertEquals(List.of(new DailyReport.CodeCount("ROM", "Refer to Offender Manager", 1),
                new DailyReport.CodeCount("EA12", "Decision pending response from person on probation", 1),
                new DailyReport.CodeCount("EA02", "First warning letter sent", 1)), r.enforcement());
        assertEquals(new DailyReport.CheckIns(5, 3, 2, 1, 1, 1, 1, 3, 12 * 60L, 45 * 60L), r.checkIns());
        assertEquals(List.of(
                new DailyReport.CheckCount(CheckKind.POLICE_DA, "Police request sent", "C369", 1),
                new DailyReport.CheckCount(CheckKind.POLICE_DA, "Police response received", "C515", 1),
                new DailyReport.CheckCount(CheckKind.POLICE_DA, "Police response analysed", "CTPJ", 1),
                new DailyReport.CheckCount(CheckKind.SAFEGUARDING, "Safeguarding enquiry sent", "SFGC", 1),
                new DailyReport.CheckCount(CheckKind.SAFEGUARDING, "Safeguarding response followed up", "CTPJ", 1),
                new DailyReport.CheckCount(CheckKind.SARA, "SARA seen", null, 1),
                new DailyReport.CheckCount(CheckKind.MARAC, "Flag to SPO", "CSPO", 1)), r.checks());
        assertEquals(new DailyReport.MissedNow(6, 3), r.missed(), "the allocated case's missed check is not counted");
    }

    @Test
    void aDayWithNothingSaysSo() {
        DailyReport r = repo.daily(LocalDate.of(2026, 11, 21));
        assertEquals(0, r.contactTotal());
        assertEquals(new DailyReport.CheckIns(0, 0, 0, 0, 0, 0, 0, 0, null, null), r.checkIns());
        Golden.assertScreen("reports/daily-empty", ReportText.join(ReportText.daily(r)));
    }

    @Test
    void theMissedChecks() {
        MissedReport r = repo.missed(100);

        assertEquals(6, r.checks());
        assertEquals(3, r.cases());
        assertEquals(new MissedReport.ByCheck(CheckKind.POLICE_DA, 1, LocalDate.of(2026, 10, 1)), r.byCheck().get(0));
        assertEquals(new MissedReport.ByCheck(CheckKind.DA_INTERVENTION, 0, null), r.byCheck().get(3));
        assertEquals(List.of(1, 1, 1, 0, 0, 1, 0, 0, 1, 1), r.byCheck().stream().map(MissedReport.ByCheck::cases).toList());
        assertEquals(List.of("X100004", "X100002", "X100003"), r.byCase().stream().map(MissedReport.ByCase::crn).toList(),
                "worst first: very high RoSH, then high with child protection, then not assessed");
        assertEquals(new MissedReport.ByCase("X100002", "O'Brien, Seán", "HIGH", true,
                List.of(CheckKind.POLICE_DA, CheckKind.SAFEGUARDING, CheckKind.SARA), LocalDate.of(2026, 10, 1)),
                r.byCase().get(1));
        assertEquals(1, repo.missed(1).byCase().size(), "a limit lists fewer cases");
        assertEquals(3, repo.missed(1).cases(), "but counts them all");
    }

    @Test
    void theTextForAnEmail() {
        List<String> daily = ReportText.daily(repo.daily(TestDb.TODAY));
        List<String> missed = ReportText.missed(repo.missed(Integer.MAX_VALUE));
        Golden.assertScreen("reports/daily", ReportText.join(daily));
        Golden.assertScreen("reports/missed", ReportText.join(missed));
        for (String line : concat(daily, missed)) {
            assertEquals(true, line.length() <= ReportText.WIDTH, "too wide: " + line);
            assertEquals(true, line.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F), "not plain ASCII: " + line);
        }
        List<String> limited = ReportText.missed(repo.missed(1));
        assertEquals("... and 2 more cases (the full report lists them all).", limited.get(limited.size() - 1));
    }

    /** Every line of the text fits an email's 78 columns, even with the longest figures and words there can be. */
    @Test
    void theTextFitsItsColumnsWhateverTheFigures() {
        int most = Integer.MAX_VALUE;
        String office = "The National Probation Service Greater Manchester Probation Delivery Unit of Oldham, Rochdale and"
                + " Bury " + "X".repeat(120);
        String words = "Attended - failed to comply, a description long enough to need far more than one line of its own"
                + " to say what it says";
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 9, 30, 23, 59);
        List<DailyReport.ContactCount> contacts = List.of(new DailyReport.ContactCount("COAPXX", words, "AFTCXX", words, most),
                new DailyReport.ContactCount("COAPXX", words, null, null, most));
        List<DailyReport.Failure> failures = List.of(new DailyReport.Failure("23:59", "X100001", "Featherstonehaugh-"
                + "Cholmondeley, Wolfeschlegelsteinhausenbergerdorff", "COAPXX", "AFTCXX", words, true, "EA12XX",
                LocalDate.of(2026, 12, 31)), new DailyReport.Failure(null, "X100002", "A", "COAP", "AFTA", words, false,
                null, null));
        List<DailyReport.CodeCount> enforcement = List.of(new DailyReport.CodeCount("EA12XX", words, most));
        List<DailyReport.CheckCount> checks = List.of(new DailyReport.CheckCount(CheckKind.MARAC, words, "CTPJXX", most),
                new DailyReport.CheckCount(null, words, null, most));
        // The failures are listed one per line, so their number is what the day holds: a breakdown
        // "(5,000 failed to attend, 5,000 failed to comply)" does not fit beside the title.
        List<DailyReport.Failure> many = new java.util.ArrayList<>(java.util.Collections.nCopies(5_000, failures.get(0)));
        many.addAll(java.util.Collections.nCopies(5_000, failures.get(1)));
        DailyReport.CheckIns busiest = new DailyReport.CheckIns(most, most / 2, most, most, most, most, most, most,
                86_399L, 86_399L);
        assertFits(ReportText.daily(new DailyReport(LocalDate.of(2026, 9, 30), office, at, contacts, many, enforcement,
                busiest, checks, new DailyReport.MissedNow(most, most))));
        for (DailyReport.CheckIns v : List.of(busiest,
                new DailyReport.CheckIns(1, 1, 1, 0, 0, 0, 0, 1, 0L, 29L),
                new DailyReport.CheckIns(most, 0, 0, 0, 0, 0, most, 0, null, null))) {
            assertFits(ReportText.daily(new DailyReport(LocalDate.of(2026, 9, 30), office, at, contacts, failures,
                    enforcement, v, checks, new DailyReport.MissedNow(1, 1))));
        }
        List<MissedReport.ByCheck> byCheck = java.util.Arrays.stream(CheckKind.values())
                .map(k -> new MissedReport.ByCheck(k, most, LocalDate.of(2026, 9, 30))).toList();
        List<MissedReport.ByCase> byCase = List.of(new MissedReport.ByCase("X100001", "Featherstonehaugh-Cholmondeley,"
                + " Wolfeschlegelsteinhausenbergerdorff", "VERY_HIGH", true, List.of(CheckKind.values()),
                LocalDate.of(2026, 9, 30)), new MissedReport.ByCase("X100002", "A", null, false, List.of(), null));
        assertFits(ReportText.missed(new MissedReport(LocalDate.of(2026, 9, 30), office, at, most, most, byCheck, byCase)));
        assertFits(ReportText.missed(new MissedReport(LocalDate.of(2026, 9, 30), "", at, 0, 0, byCheck, List.of())));
    }

    static void assertFits(List<String> lines) {
        for (String line : lines) {
            assertEquals(true, line.length() <= ReportText.WIDTH, "too wide (" + line.length() + "): " + line);
            assertEquals(true, line.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F), "not plain ASCII: " + line);
        }
    }

    @Test
    void theWaitingTimesAreCountedUnderTheCheckIns() {
        List<String> lines = ReportText.daily(new DailyReport(TestDb.TODAY, "", java.time.LocalDateTime.of(2026, 11, 23, 10, 0),
                List.of(), List.of(), List.of(), new DailyReport.CheckIns(1, 1, 1, 0, 0, 0, 0, 1, 20L, 8_100L), List.of(),
                new DailyReport.MissedNow(0, 0)));
        int at = lines.indexOf("Check-ins undone (not counted)           0");
        assertEquals(List.of("Wait until taken by an officer (1 person):",
                "  Median                    under a minute",
                "  Longest                       2 h 15 min"), lines.subList(at + 1, at + 4));
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void theCsvHasOneFigurePerRow() {
        List<List<String>> daily = CsvReader.parse(ReportCsv.daily(repo.daily(TestDb.TODAY)));
        assertEquals(ReportCsv.DAILY, daily.get(0));
        assertEquals(List.of("2026-11-23", "failures", "failed_to_attend", "1", "COAP", "", "AFTA", "Failed To Attend",
                "EA12", "", "2026-11-30", "", "", "X100002", "O'Brien, Seán", "09:00"),
                daily.stream().filter(r -> r.get(1).equals("failures")).findFirst().orElseThrow());
        assertEquals(List.of("2026-11-23", "checkins", "median_wait_seconds", "720"),
                daily.stream().filter(r -> r.get(2).equals("median_wait_seconds")).findFirst().orElseThrow().subList(0, 4));
        assertEquals(List.of("2026-11-23", "missed", "cases_with_missed_checks", "3"),
                daily.get(daily.size() - 1).subList(0, 4));
        int total = daily.stream().filter(r -> r.get(1).equals("contacts")).mapToInt(r -> Integer.parseInt(r.get(3))).sum();
        assertEquals(12, total);

        List<List<String>> missed = CsvReader.parse(ReportCsv.missed(repo.missed(Integer.MAX_VALUE)));
        assertEquals(ReportCsv.MISSED, missed.get(0));
        assertEquals(1 + 10 + 3, missed.size());
        assertEquals(List.of("2026-11-23", "by_case", "", "", "", "X100002", "O'Brien, Seán", "HIGH", "Y", "3",
                "PDA CSC SARA", "2026-10-01"), missed.get(12));
    }
}
