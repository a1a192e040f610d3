package dutydesk.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.NotAllowed;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run set-up page's save, run against a database: only the first to set up becomes its SPO. */
class SetupSaveTest {

    static final String TOO_LATE = "Someone else set up this database first. Press Esc and start the desk again.";
    static final User ANITA = new User("akaur", "Anita Kaur", "N07P002", Grade.SPO, Role.SPO, true);

    @TempDir
    Path dir;
    Database db;
    UserRepository users;

    @BeforeEach
    void open() {
        db = TestDb.empty(dir);
        users = new UserRepository(db, TestDb.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The form filled in on a desk started while the database had no users, and saved. */
    Next<Page> saved(String login, String name, String code) {
        SetupPage p = SetupPage.create(users, login, a -> List.of(new SetupPageTest.Start(a)));
        Next<Page> n = SetupPageTest.keys(p, name, "<Tab>", code, "<Tab>", "<Enter>");
        assertEquals(1, n.cmds().size());
        return n;
    }

    @Test
    void theFirstToSaveIsTheSpo() throws Exception {
        Cmd save = saved("hokoye", "Helen Okoye", "n07p001").cmds().get(0);
        SetupPage.Saved s = assertInstanceOf(SetupPage.Saved.class, save.run());
        User helen = new User("hokoye", "Helen Okoye", "N07P001", Grade.SPO, Role.SPO, true);
        assertEquals(helen, s.user());
        assertEquals(Optional.of(helen), users.find("hokoye"));
        assertEquals(1, users.activeCount());
    }

    @Test
    void theNameIsSavedWithoutSurroundingSpacesAnEmptyStaffCodeAsNoneAndTheGradeAsChosen() throws Exception {
        SetupPage p = SetupPage.create(users, "hokoye", a -> List.of(new SetupPageTest.Start(a)));
        Cmd save = SetupPageTest.keys(p, "  Helen Okoye ", "<Tab>", "<Tab>", "<Left>", "<Enter>").cmds().get(0);
        User helen = new User("hokoye", "Helen Okoye", null, Grade.PQIP, Role.SPO, true);
        assertEquals(new SetupPage.Saved(helen), save.run());
        assertEquals(Optional.of(helen), users.find("hokoye"));
    }

    @Test
    void someoneWhoSetUpWhileTheFormWasOpenIsNotOverriddenAndTheFormSaysSo() {
        Next<Page> n = saved("hokoye", "Helen Okoye", "n07p001");
        // Meanwhile Anita sets herself up with the users command, and adds Helen as reception.
        users.save(ANITA, "akaur");
        User desk = new User("hokoye", "Helen Okoye", null, null, Role.RECEPTION, true);
        users.save(desk, "akaur");

        Cmd save = n.cmds().get(0);
        NotAllowed refused = assertThrows(NotAllowed.class, save::run);
        assertEquals(TOO_LATE, refused.getMessage());
        assertEquals(Optional.of(desk), users.find("hokoye"), "Helen is still reception, not an SPO");
        assertEquals(List.of(ANITA, desk), users.list());

        SetupPage told = (SetupPage) n.state().update(new CmdFailed(refused, refused.getMessage(), save)).state();
        assertEquals(TOO_LATE, told.message());
        assertTrue(told.error());
    }

    @Test
    void ofTwoDesksStartedTogetherOnlyTheFirstToSaveBecomesTheSpo() throws Exception {
        Cmd helen = saved("hokoye", "Helen Okoye", "n07p001").cmds().get(0);
        Cmd anita = saved("akaur", "Anita Kaur", "n07p002").cmds().get(0);
        assertInstanceOf(SetupPage.Saved.class, anita.run());
        assertEquals(TOO_LATE, assertThrows(NotAllowed.class, helen::run).getMessage());
        assertEquals(Optional.empty(), users.find("hokoye"));
        assertEquals(1, users.activeCount());
    }

    @Test
    void theFirstUserAddedBySomeoneElseIsRecordedAsTheirsAndOnlyOnce() {
        assertTrue(users.saveFirst(ANITA, "root"));
        assertEquals("root", db.read(h -> h.createQuery("SELECT created_by FROM app_user WHERE os_user = 'akaur'")
                .mapTo(String.class).one()));
        User helen = new User("hokoye", "Helen Okoye", null, Grade.SPO, Role.SPO, true);
        assertEquals(false, users.saveFirst(helen, "root"), "there is a user now");
        assertEquals(Optional.empty(), users.find("hokoye"));
    }
}
