package dutydesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import dutydesk.compliance.Compliance;
import dutydesk.compliance.Outcome;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Resized;
import dutydesk.tui.widgets.TextPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CasePageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Outcome ATTC = new Outcome("ATTC", "Attended - Complied", true, true, false, false, false, false);

    /** Stands in for the contact form: pages named after what was asked for. */
    static final CaseLinks LINKS = new CaseLinks() {
        @Override
        public Page logContact(long caseId, String crn) {
            return TextPage.of("log " + caseId, w -> List.of());
        }

        @Override
        public Page correctContact(long caseId, long contactId, String crn) {
            return TextPage.of("correct " + contactId, w -> List.of());
        }

        @Override
        public Page checks(long caseId, String crn) {
            return TextPage.of("checks " + caseId, w -> List.of());
        }

        @Override
        public Page missedChecks() {
            return TextPage.of("missed checks", w -> List.of());
        }

        @Override
        public Page queue() {
            return TextPage.of("queue", w -> List.of());
        }

        @Override
        public Page reception() {
            return TextPage.of("reception", w -> List.of());
        }

        @Override
        public Page reports() {
            return TextPage.of("reports", w -> List.of());
        }
    };

    static CaseDetail detail(int contacts, int registers) {
        List<ContactEntry> cs = new ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            cs.add(new ContactEntry(i, TODAY.minusDays(7L * i), "10:00", "COAP", "Planned Office Visit (NS)", ATTC,
                    null, "T Bradshaw", "Note " + i + "\nsecond line", false, false, "tom", 1, i % 2 == 0, null, null));
        }
        List<Registration> rs = new ArrayList<>();
        for (int i = 0; i < registers; i++) {
            rs.add(new Registration("ADVP", "Domestic Abuse Perpetrator", "DA", null, null, TODAY.minusDays(100), null));
        }
        return new CaseDetail(1, "X000001", null, "Smith", "Jo", LocalDate.of(1990, 1, 1), "N07RIV", "Riverside",
                "N07T01", "Duty", "N07T01U", "C2", "MEDIUM", "COMMUNITY", "ORA Community Order", TODAY.minusDays(90), null,
                TODAY.plusDays(275), "WEEK", TODAY.plusDays(1), TODAY, true, rs, cs,
                Compliance.of(List.of(), TODAY, "COMMUNITY", 12), TODAY, 3, List.of("PDA not requested"));
    }

    static CasePage loaded(int contacts, int registers) {
        Page p = CasePage.open(null, LINKS, 1, "X000001").update(new Resized(80, 24)).state();
        return (CasePage) p.update(new CasePage.Loaded(Optional.of(detail(contacts, registers)))).state();
    }

    @Test
    void theHistoryFillsTheRowsLeftByTheRegisters() {
        assertEquals(24 - 4 - (8 + 1 + 1), loaded(30, 1).historyHeight());
        assertEquals(24 - 4 - (8 + 4 + 1), loaded(30, 9).historyHeight(), "at most four register lines");
        assertEquals(40 - 4 - 10, ((CasePage) loaded(30, 1).update(new Resized(120, 40)).state()).historyHeight());
    }

    @Test
    void arrowsMoveThroughTheHistoryAndEnterReadsTheWholeContact() {
        CasePage p = loaded(30, 1);
        CasePage moved = (CasePage) p.update(new KeyMsg(new KeyStroke(KeyType.ArrowDown))).state();
        assertEquals(1, moved.selectedContact().id());
        Next<Page> read = moved.update(new KeyMsg(new KeyStroke(KeyType.Enter)));
        assertEquals(1, read.cmds().size(), "Enter loads the contact in full");
        ContactRecord rec = new ContactRecord(moved.selectedContact(),
                Map.of(Circumstance.ADDRESS, new Answer(true, "moved to Elm Street")), List.of(), null, null);
        read = moved.update(new CasePage.RecordLoaded(Optional.of(rec)));
        Nav.Push push = assertInstanceOf(Nav.Push.class, read.cmds().get(0));
        TextPage text = assertInstanceOf(TextPage.class, push.page());
        List<TextPage.Line> lines = text.content().lines(78);
        assertTrue(lines.stream().anyMatch(l -> l.text().equals("Note 1")));
        assertTrue(lines.stream().anyMatch(l -> l.text().equals("second line")), "every line of the notes is kept");
        assertTrue(lines.stream().anyMatch(l -> l.text().contains("Change of address") && l.text().contains(
                "yes: moved to Elm Street")), "the answers are shown");
    }

    @Test
    void cLogsAContactAndEOnlyCorrectsContactsLoggedAtTheDesk() {
        CasePage p = loaded(3, 1);
        Nav.Push log = assertInstanceOf(Nav.Push.class, p.update(new KeyMsg(new KeyStroke('c', false, false))).cmds().get(0));
        assertEquals("log 1", log.page().title());
        Nav.Push fix = assertInstanceOf(Nav.Push.class, p.update(new KeyMsg(new KeyStroke('e', false, false))).cmds().get(0));
        assertEquals("correct 0", fix.page().title(), "contact 0 was logged at the desk");
        CasePage second = (CasePage) p.update(new KeyMsg(new KeyStroke(KeyType.ArrowDown))).state();
        Next<Page> refused = second.update(new KeyMsg(new KeyStroke('e', false, false)));
        assertTrue(refused.cmds().isEmpty());
        assertTrue(((CasePage) refused.state()).message().contains("extract"), "an extract contact is corrected there");
    }

    @Test
    void escQLeftAndBackspaceAllGoBack() {
        for (KeyStroke k : List.of(new KeyStroke(KeyType.Escape), new KeyStroke('q', false, false),
                new KeyStroke(KeyType.ArrowLeft), new KeyStroke(KeyType.Backspace))) {
            assertInstanceOf(Nav.Pop.class, loaded(3, 1).update(new KeyMsg(k)).cmds().get(0), k.toString());
        }
    }

    @Test
    void aCaseThatHasGoneIsSaidSo() {
        Page p = CasePage.open(null, LINKS, 1, "X000001").update(new Resized(80, 24)).state();
        CasePage gone = (CasePage) p.update(new CasePage.Loaded(Optional.empty())).state();
        assertTrue(gone.missing());
        assertTrue(gone.message().contains("no longer"));
    }

    @Test
    void anEmptyHistoryHasNoSelection() {
        CasePage p = loaded(0, 0);
        assertEquals(null, p.selectedContact());
        assertEquals(0, p.update(new KeyMsg(new KeyStroke(KeyType.Enter))).cmds().size());
    }
}
