package dutydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dutydesk.dachecks.CheckKind;
import dutydesk.dachecks.CheckResult;
import dutydesk.dachecks.CheckState;
import dutydesk.dachecks.Missed;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The lines of {@code dutydesk checks}: one per case and check, a reason always on one line. */
class ChecksCommandTest {

    static final CheckResult PDA = new CheckResult(CheckKind.POLICE_DA, CheckState.DUE, Missed.NOT_REQUESTED,
            LocalDate.of(2026, 11, 20), "no C369 by induction 2026-11-20 (sentenced 2026-11-13)");

    @Test
    void aCsvLineQuotesAReasonOnlyWhenItNeedsItAndKeepsItOnOneLine() {
        StringBuilder b = new StringBuilder();
        ChecksCommand.csvLine(b, "X123456", PDA);
        assertEquals("X123456,PDA,DUE,NOT_REQUESTED,2026-11-20,no C369 by induction 2026-11-20 (sentenced 2026-11-13)\n",
                b.toString());

        b.setLength(0);
        ChecksCommand.csvLine(b, "X123456", new CheckResult(CheckKind.POLICE_DA, CheckState.REQUESTED, null, null,
                "C369 \"urgent\", sent\r\nby post\u001b[2J"));
        assertEquals("X123456,PDA,REQUESTED,,,\"C369 \"\"urgent\"\", sent  by post [2J\"\n", b.toString());
    }

    @Test
    void aTextLineAlignsTheColumns() {
        StringBuilder b = new StringBuilder();
        ChecksCommand.textLine(b, "X123456", PDA);
        assertEquals("X123456  PDA    DUE                NOT_REQUESTED  2026-11-20  no C369 by induction 2026-11-20"
                + " (sentenced 2026-11-13)\n", b.toString());
    }
}
