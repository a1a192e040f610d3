package dutydesk.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Resized;
import dutydesk.tui.widgets.ListCursor;
import dutydesk.users.Access;
import dutydesk.users.Grade;
import dutydesk.users.Role;
import dutydesk.users.User;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue page's update alone: messages in, state and commands out; nothing runs. */
class QueuePageTest {

    static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    static final User PSO = new User("gpritchard", "Gareth Pritchard", null, Grade.PSO, Role.DUTY_OFFICER, true);
    static final User PO = new User("tbradshaw", "Tom Bradshaw", null, Grade.PO, Role.DUTY_OFFICER, true);
    static final User SPO = new User("hokoye", "Helen Okoye", null, Grade.SPO, Role.SPO, true);

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

    static QueueRow waiting(long visit, int minute, boolean da) {
        return new QueueRow(visit, 100 + visit, "A00000" + visit, "Person" + visit, "P", NINE.plusSeconds(60L * minute),
                true, VisitState.WAITING, null, null, null, "MEDIUM", da, false, 0, 0);
    }

    static QueueRow with(QueueRow r, String login, String name) {
        return new QueueRow(r.visitId(), r.caseId(), r.crn(), r.surname(), r.forename(), r.arrivedAt(), r.expected(),
                VisitState.WITH_OFFICER, login, name, NINE.plusSeconds(1800), r.rosh(), r.da(), r.cp(), r.mappaLevel(),
                r.missedChecks());
    }

    QueuePage page(User user) {
        VisitRepository repo = new VisitRepository(db, TestDb.CLOCK, user.osUser());
        QueuePage p = new QueuePage(repo, null, Access.of(user, null), QueueRules.DEFAULTS, List.of(), Map.of(),
                ListCursor.empty(1), 0, Set.of(), false, NINE, null, "", false, 0);
        return (QueuePage) p.update(new Resized(80, 24)).state();
    }

    static QueuePage load(QueuePage p, QueueRow... rows) {
        return p.loaded(new QueuePage.Loaded(p.gen(), List.of(rows), Map.of(), NINE.plusSeconds(3600)));
    }

    static Next<Page> key(QueuePage p, char c) {
        return p.update(new KeyMsg(new KeyStroke(c, false, false)));
    }

    @Test
    void theSelectionStaysOnItsPersonAndNewArrivalsAreMarked() {
        QueuePage p = load(page(PO), waiting(1, 0, false), waiting(2, 5, false), waiting(3, 9, false));
        assertEquals(Set.of(), p.fresh(), "nothing is new on the first load");
        p = (QueuePage) key(p, 'j').state();
        assertEquals(2, p.selectedVisit());

        // Someone else takes the first person; a fourth arrives.
        p = load(p, with(waiting(1, 0, false), "akaur", "Anita Kaur"), waiting(2, 5, false), waiting(3, 9, false),
                waiting(4, 12, false));
        assertEquals(2, p.selectedVisit(), "the selection stays on the same person");
        assertEquals(0, p.cursor().selected(), "who is now first, as the one taken moved below the waiting");
        assertEquals(List.of(2L, 3L, 4L, 1L), p.rows().stream().map(QueueRow::visitId).toList());
        assertEquals(Set.of(4L), p.fresh());
        assertEquals(3, p.waiting());

        p = (QueuePage) key((QueuePage) key(p, 'j').state(), 'j').state();
        assertEquals(4, p.selectedVisit());
        assertEquals(Set.of(), p.fresh(), "seen once selected");
    }

    @Test
    void aPsoIsAskedBeforeTakingSomeoneRoutedToAPoAndAPoIsNot() {
        QueuePage pso = load(page(PSO), waiting(1, 0, true));
        Next<Page> asked = key(pso, 't');
        QueuePage confirm = (QueuePage) asked.state();
        assertEquals(1, confirm.confirm().visitId());
        assertTrue(asked.cmds().isEmpty(), "nothing is taken yet");
        Next<Page> no = key(confirm, 'n');
        assertNull(((QueuePage) no.state()).confirm());
        assertTrue(no.cmds().isEmpty());
        assertTrue(((QueuePage) no.state()).message().contains("in the queue for a PO"));
        Next<Page> yes = key(confirm, 'y');
        assertNull(((QueuePage) yes.state()).confirm());
        assertEquals(1, yes.cmds().size(), "the take runs");

        QueuePage po = load(page(PO), waiting(1, 0, true));
        Next<Page> taken = key(po, 't');
        assertNull(((QueuePage) taken.state()).confirm());
        assertEquals(1, taken.cmds().size());
    }

    @Test
    void someoneWithAnotherOfficerIsNotTakenAndOnlyTheyOrTheSpoReleaseThem() {
        QueueRow r = with(waiting(1, 0, false), "akaur", "Anita Kaur");
        QueuePage po = load(page(PO), r);
        Next<Page> take = key(po, 't');
        assertTrue(take.cmds().isEmpty());
        assertEquals("Person1, P is with Anita Kaur since 09:30.", ((QueuePage) take.state()).message());
        Next<Page> release = key(po, 'r');
        assertTrue(release.cmds().isEmpty());
        assertTrue(((QueuePage) release.state()).error());

        QueuePage spo = load(page(SPO), r);
        assertEquals(1, key(spo, 'r').cmds().size(), "the SPO can put anyone back");
    }

    @Test
    void aLoginThatIsNotAUserCannotTake() {
        VisitRepository repo = new VisitRepository(db, TestDb.CLOCK, "jdoe");
        QueuePage p = new QueuePage(repo, null, Access.readOnly("jdoe"), QueueRules.DEFAULTS, List.of(), Map.of(),
                ListCursor.empty(20), 0, Set.of(), false, NINE, null, "", false, 0);
        p = load(p, waiting(1, 0, false));
        Next<Page> n = key(p, 't');
        assertTrue(n.cmds().isEmpty());
        assertTrue(((QueuePage) n.state()).message().startsWith("You can read cases but not take people"),
                ((QueuePage) n.state()).message());
    }
}
