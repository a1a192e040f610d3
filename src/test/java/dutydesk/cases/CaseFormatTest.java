package dutydesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseFormatTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void listDatesAreShortAndNeverAmbiguous() {
        assertEquals("24 Nov", CaseFormat.listDate(LocalDate.of(2026, 11, 24), TODAY));
        assertEquals("05 Sep", CaseFormat.listDate(LocalDate.of(2026, 9, 5), TODAY));
        assertEquals("Mar 2025", CaseFormat.listDate(LocalDate.of(2025, 3, 14), TODAY), "older dates show the year");
        assertEquals("", CaseFormat.listDate(null, TODAY));
    }

    @Test
    void reportTagSaysLateOrToday() {
        assertEquals("LATE", CaseFormat.reportTag(TODAY.minusDays(1), TODAY));
        assertEquals("TODAY", CaseFormat.reportTag(TODAY, TODAY));
        assertEquals("", CaseFormat.reportTag(TODAY.plusDays(1), TODAY));
        assertEquals("OVERDUE by 1 day", CaseFormat.reportDue(TODAY.minusDays(1), TODAY));
        assertEquals("OVERDUE by 24 days", CaseFormat.reportDue(TODAY.minusDays(24), TODAY));
        assertEquals("tomorrow", CaseFormat.reportDue(TODAY.plusDays(1), TODAY));
        assertEquals("in 9 days", CaseFormat.reportDue(TODAY.plusDays(9), TODAY));
    }

    @Test
    void markersKeepTheirColumns() {
        assertEquals("DA CP M2", CaseFormat.markers(true, true, 2));
        assertEquals("   CP   ", CaseFormat.markers(false, true, 0));
        assertEquals("      M1", CaseFormat.markers(false, false, 1));
        assertEquals("        ", CaseFormat.markers(false, false, 0));
    }

    @Test
    void roshReadsInWords() {
        assertEquals("V.High", CaseFormat.rosh("VERY_HIGH"));
        assertEquals("Medium", CaseFormat.rosh("MEDIUM"));
        assertEquals("-", CaseFormat.rosh(null));
        assertEquals("VERY HIGH", CaseFormat.roshLong("VERY_HIGH"));
    }

    @Test
    void agesAndNames() {
        assertEquals(41, CaseFormat.age(LocalDate.of(1985, 9, 30), TODAY));
        assertEquals(40, CaseFormat.age(LocalDate.of(1985, 11, 24), TODAY));
        assertEquals("O'Brien, Seán", CaseFormat.name("O'Brien", "Seán"));
        assertEquals("Smith", CaseFormat.name("Smith", ""));
    }
}
