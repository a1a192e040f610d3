package dutydesk.tui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.cases.CaseListPage;
import dutydesk.cases.CasePage;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.Glyphs;
import dutydesk.tui.Page;
import dutydesk.tui.widgets.TextPage;
import java.util.ArrayList;
import dutydesk.contacts.ContactFormPage;
import dutydesk.contacts.DraftsPage;
import dutydesk.dachecks.ChecksPage;
import dutydesk.dachecks.WorklistPage;
import dutydesk.tui.widgets.Picker;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeymapTest {

    /** Every page, for checks that apply to all of them. */
    static List<Page> pages() {
        return List.of(CaseListPage.create(null, null), CasePage.open(null, null, 1, "X000001"),
                TextPage.of("t", w -> List.of()), ContactFormPage.create(null, 1, "X000001"),
                DraftsPage.create(null, null), Picker.of("p", "T", List.of(), "", ""),
                WorklistPage.create(null, null), ChecksPage.open(null, 1, "X000001"));
    }

    @Test
    void noKeyIsBoundTwiceWithinAMode() {
        List<String> conflicts = new ArrayList<>(GlobalKeys.KEYS.conflicts());
        for (Page p : pages()) {
            for (Keymap<?> m : p.keymaps()) {
                conflicts.addAll(m.conflicts());
            }
        }
        assertEquals(List.of(), conflicts);
    }

    @Test
    void pagesNeverShadowTheGlobalHelpKeyOrQuitKeys() {
        for (Page p : pages()) {
            Keymap<?> main = p.keymaps().get(0);
            for (Binding<GlobalKeys.Action> g : GlobalKeys.KEYS.bindings()) {
                for (KeyStroke k : g.keys()) {
                    if (g.action() == GlobalKeys.Action.HELP || g.action() == GlobalKeys.Action.QUIT) {
                        assertEquals(Optional.empty(), main.lookup(k), p.title() + " binds " + k);
                    }
                }
            }
        }
    }

    @Test
    void lookupTreatsCtrlArrowsAsArrowsAndCtrlLettersCaseInsensitively() {
        Keymap<GlobalKeys.Action> m = GlobalKeys.KEYS;
        assertEquals(Optional.of(GlobalKeys.Action.REDRAW), m.lookup(new KeyStroke('L', true, false)));
        assertEquals(Optional.of(GlobalKeys.Action.QUIT), m.lookup(new KeyStroke('Q', false, false)));
        assertEquals(Optional.empty(), m.lookup(new KeyStroke('q', false, false)), "q and Q are different keys");
        assertEquals(new KeyStroke(KeyType.ArrowUp), Keys.normalise(new KeyStroke(KeyType.ArrowUp, true, false)));
    }

    @Test
    void labelsReadAsUsersKnowThem() {
        assertEquals("Ctrl+F", Keys.label(Keys.parse("<c-f>"), Glyphs.UNICODE));
        assertEquals("PgDn", Keys.label(Keys.parse("<PageDown>"), Glyphs.UNICODE));
        assertEquals("↓", Keys.label(Keys.parse("<Down>"), Glyphs.UNICODE));
        assertEquals("Dn", Keys.label(Keys.parse("<Down>"), Glyphs.ASCII));
        assertEquals("Space", Keys.label(Keys.parse("<Space>"), Glyphs.UNICODE));
        assertEquals("Bksp", Keys.label(Keys.parse("<BS>"), Glyphs.UNICODE));
    }

    @Test
    void hintsNameTheBoundKeys() {
        enum A { UP, DOWN, PREV, NEXT }
        Keymap<A> m = Keymap.named("t", A.class).bind(A.UP, "u", "<Up>").bind(A.DOWN, "d", "<Down>")
                .bind(A.PREV, "p", "<PageUp>").bind(A.NEXT, "n", "<PageDown>").build();
        assertEquals(new Hint("↑↓", "Move"), m.hint(Glyphs.UNICODE, "Move", A.UP, A.DOWN));
        assertEquals(new Hint("PgUp/PgDn", "Page"), m.hint(Glyphs.UNICODE, "Page", A.PREV, A.NEXT));
        assertEquals(new Hint("Up/Dn", "Move"), m.hint(Glyphs.ASCII, "Move", A.UP, A.DOWN));
    }
}
