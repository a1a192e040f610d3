package dutydesk.users;

import com.googlecode.lanterna.input.KeyStroke;
import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.NotAllowed;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Paste;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import dutydesk.tui.keys.HintBar;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.keys.Keys;
import dutydesk.tui.widgets.LineEdit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * First run: the database has no users, so whoever starts the desk first sets themselves up as
 * its SPO (name, staff code, grade) and can then add everyone else ({@code dutydesk users add}).
 * Saving replaces this page with the SPO's start; if someone was set up meanwhile (another desk,
 * the users command), nothing is saved and the form says so.
 *
 * @param field 0 name, 1 staff code, 2 grade
 */
public record SetupPage(UserRepository users, String osUser, Function<Access, List<Page>> start, LineEdit name,
                        LineEdit code, Grade grade, int field, String message, boolean error) implements Page {

    enum Action { NEXT, PREVIOUS, SAVE, LEFT, RIGHT, ERASE, QUIT }

    static final Keymap<Action> KEYS = Keymap.named("Setting up Duty Desk", Action.class)
            .bind(Action.NEXT, "Next field (on the last: save)", "<Tab>", "<Down>", "<Enter>")
            .bind(Action.PREVIOUS, "Previous field", "<s-Tab>", "<Up>")
            .bind(Action.SAVE, "Save and start", "<c-s>")
            .bind(Action.LEFT, "Previous grade / cursor left", "<Left>")
            .bind(Action.RIGHT, "Next grade / cursor right", "<Right>")
            .bind(Action.ERASE, "Delete the character before the cursor", "<BS>")
            .bind(Action.QUIT, "Leave without setting up", "<Esc>")
            .build();

    /** Why the save was refused when someone was set up after this page opened. */
    static final String TOO_LATE = "Someone else set up this database first. Press Esc and start the desk again.";

    /** The user was saved. */
    record Saved(User user) implements Msg {
    }

    public static SetupPage create(UserRepository users, String osUser, Function<Access, List<Page>> start) {
        return new SetupPage(users, osUser, start, LineEdit.empty(60), LineEdit.empty(7), Grade.SPO, 0, "", false);
    }

    @Override
    public String title() {
        return "Set up";
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return List.of(KEYS);
    }

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof KeyMsg k) {
            return key(k.key());
        }
        if (msg instanceof Paste p && field < 2) {
            String t = p.text().replaceAll("[\\r\\n\\t]+", " ").strip();
            return Next.of(field == 0 ? with(name.paste(t), code, grade, field)
                    : with(name, code.paste(t.toUpperCase(Locale.ROOT)), grade, field));
        }
        if (msg instanceof Saved s) {
            return Next.of(this, new Nav.Reset(start.apply(Access.of(s.user(), null))));
        }
        if (msg instanceof CmdFailed f) {
            return Next.of(new SetupPage(users, osUser, start, name, code, grade, field, f.message(), true));
        }
        return Next.ignored(this);
    }

    private Next<Page> key(KeyStroke key) {
        Character c = Keys.typed(key);
        if (c != null && field < 2) {
            return Next.of(field == 0 ? with(name.insert(c), code, grade, field)
                    : with(name, code.insert(Character.toUpperCase(c)), grade, field));
        }
        return KEYS.lookup(key).map(this::act).orElse(Next.ignored(this));
    }

    private Next<Page> act(Action a) {
        switch (a) {
            case NEXT: return field == 2 ? save() : Next.of(with(name, code, grade, field + 1));
            case PREVIOUS: return Next.of(with(name, code, grade, Math.max(0, field - 1)));
            case SAVE: return save();
            case LEFT:
                if (field == 2) {
                    Grade[] all = Grade.values();
                    return Next.of(with(name, code, all[(grade.ordinal() + all.length - 1) % all.length], field));
                }
                return Next.of(field == 0 ? with(name.left(), code, grade, field) : with(name, code.left(), grade, field));
            case RIGHT:
                if (field == 2) {
                    Grade[] all = Grade.values();
                    return Next.of(with(name, code, all[(grade.ordinal() + 1) % all.length], field));
                }
                return Next.of(field == 0 ? with(name.right(), code, grade, field) : with(name, code.right(), grade, field));
            case ERASE:
                if (field == 2) {
                    return Next.of(this);
                }
                return Next.of(field == 0 ? with(name.backspace(), code, grade, field)
                        : with(name, code.backspace(), grade, field));
            case QUIT: return Next.of(this, Nav.quit());
            default: return Next.ignored(this);
        }
    }

    /** What is wrong with the form, in words, or null. */
    String problem() {
        if (name.text().isBlank()) {
            return "Name: type your name as colleagues know it.";
        }
        String c = code.text().strip();
        if (!c.isEmpty() && !User.isStaffCode(c)) {
            return "Staff code: 7 letters and digits as in nDelius (N07P001), or leave it empty.";
        }
        return null;
    }

    private Next<Page> save() {
        String problem = problem();
        if (problem != null) {
            return Next.of(new SetupPage(users, osUser, start, name, code, grade, problem.startsWith("Name") ? 0 : 1,
                    problem, true));
        }
        String c = code.text().strip().toUpperCase(Locale.ROOT);
        User u = new User(osUser, name.text().strip(), c.isEmpty() ? null : c, grade, dutydesk.users.Role.SPO, true);
        return Next.of(new SetupPage(users, osUser, start, name, code, grade, field, "Saving...", false),
                (Cmd) () -> {
                    if (!users.saveFirst(u)) {
                        throw new NotAllowed(TOO_LATE);
                    }
                    return new Saved(u);
                });
    }

    private SetupPage with(LineEdit n, LineEdit c, Grade g, int f) {
        return new SetupPage(users, osUser, start, n, c, g, f, "", false);
    }

    @Override
    public void draw(Canvas c) {
        c.fill(0, 0, c.cols(), 1, Role.TITLE);
        c.text(0, 0, " Duty Desk " + c.glyphs().dot() + " First start on this database", Role.TITLE);
        int row = 2;
        for (String line : Text.wrap("No one is set up to use this database yet. You are the first (login '" + osUser
                + "'), so you will be its SPO: you can then add everyone else with 'dutydesk users add'.",
                c.cols() - 4, c.glyphs().ascii())) {
            c.text(2, row++, line, Role.NORMAL);
        }
        row++;
        String[] labels = {"Your name", "Staff code", "Grade"};
        for (int i = 0; i < 3; i++) {
            int r = row + 2 * i;
            c.text(2, r, labels[i], i == field ? Role.HEADER : Role.NORMAL);
            int col = 15;
            if (i == 2) {
                StringBuilder b = new StringBuilder();
                for (Grade g : Grade.values()) {
                    b.append(g == grade ? "[" + g.label() + "]" : " " + g.label() + " ").append(' ');
                }
                c.text(col, r, b.toString(), i == field ? Role.INPUT : Role.NORMAL);
                c.text(col, r + 1, grade.description(), Role.DIM);
            } else {
                LineEdit e = i == 0 ? name : code;
                c.field(col, r, i == 0 ? 40 : 8, c.clean(e.text()), i == field ? Role.INPUT
                        : Role.NORMAL);
                if (i == field) {
                    c.cursorAt(col + Text.width(c.clean(e.text().substring(0, e.cursor()))), r);
                }
                if (i == 1) {
                    c.text(col + 10, r, "optional, as in nDelius (e.g. N07P001)", Role.DIM);
                }
            }
        }
        if (!message.isEmpty()) {
            c.field(0, c.rows() - 2, c.cols(), message, error ? Role.ERROR : Role.NORMAL);
        }
        HintBar.draw(c, c.rows() - 1, List.of(
                KEYS.hint(c.glyphs(), "Next", Action.NEXT),
                KEYS.hint(c.glyphs(), "Grade", Action.LEFT, Action.RIGHT),
                KEYS.hint(c.glyphs(), "Save", Action.SAVE),
                KEYS.hint(c.glyphs(), "Leave", Action.QUIT)));
    }
}
