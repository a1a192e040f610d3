package dutydesk.tui.widgets;

import dutydesk.tui.Canvas;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Paste;
import dutydesk.tui.Resized;
import dutydesk.tui.Role;
import dutydesk.tui.keys.HintBar;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.keys.Keys;
import java.util.List;
import java.util.Locale;

/**
 * A full-screen list to choose one code from (contact types, outcomes, enforcement actions):
 * arrows move, typing a code's first letters jumps to it, Enter chooses. The choice goes back to
 * the page underneath as {@link Picked}, tagged so that page knows which field it is for.
 */
public record Picker(String title, String tag, List<Option> options, ListCursor cursor, String typed, String help)
        implements Page {

    /** One choice: the code, its description, and a note shown dimmed after it. */
    public record Option(String code, String label, String note) {
    }

    /** The code chosen for the field {@code tag}. */
    public record Picked(String tag, String code) implements Msg {
    }

    enum Action { UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, CHOOSE, ERASE, BACK }

    static final Keymap<Action> KEYS = Keymap.named("Choosing from a list", Action.class)
            .bind(Action.DOWN, "Move down", "<Down>")
            .bind(Action.UP, "Move up", "<Up>")
            .bind(Action.PAGE_DOWN, "Page down", "<PageDown>")
            .bind(Action.PAGE_UP, "Page up", "<PageUp>")
            .bind(Action.HOME, "First", "<Home>")
            .bind(Action.END, "Last", "<End>")
            .bind(Action.CHOOSE, "Choose the selected code", "<Enter>")
            .bind(Action.ERASE, "Forget the letters typed so far", "<BS>")
            .bind(Action.BACK, "Back without choosing", "<Esc>", "<c-c>", "<Left>")
            .build();

    public Picker {
        options = List.copyOf(options);
    }

    /** A picker with {@code current} selected (or the first option). {@code help} is a line shown above the list. */
    public static Picker of(String title, String tag, List<Option> options, String current, String help) {
        int sel = 0;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).code().equals(current)) {
                sel = i;
            }
        }
        return new Picker(title, tag, options, new ListCursor(sel, 0, 1, options.size()).moveTo(sel), "", help);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return List.of(KEYS);
    }

    /** The option under the cursor, or null when there are none. */
    public Option selected() {
        return options.isEmpty() ? null : options.get(cursor.selected());
    }

    private Picker with(ListCursor c, String t) {
        return new Picker(title, tag, options, c, t, help);
    }

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof Resized r) {
            return Next.of(with(cursor.withHeight(Math.max(1, r.rows() - 5)).moveTo(cursor.selected()), typed));
        }
        if (msg instanceof Paste) {
            return Next.of(this);
        }
        if (msg instanceof KeyMsg k) {
            Character c = Keys.typed(k.key());
            if (c != null && Character.isLetterOrDigit(c)) {
                return Next.of(jump(typed + c));
            }
            return KEYS.lookup(k.key()).map(this::act).orElse(Next.ignored(this));
        }
        return Next.ignored(this);
    }

    /** Selects the first option whose code starts with {@code prefix}; if none, starts again from the last letter. */
    Picker jump(String prefix) {
        int i = indexOf(prefix);
        if (i >= 0) {
            return with(cursor.moveTo(i), prefix);
        }
        String last = prefix.substring(prefix.length() - 1);
        int j = indexOf(last);
        return j >= 0 ? with(cursor.moveTo(j), last) : with(cursor, "");
    }

    private int indexOf(String prefix) {
        String p = prefix.toUpperCase(Locale.ROOT);
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).code().toUpperCase(Locale.ROOT).startsWith(p)) {
                return i;
            }
        }
        return -1;
    }

    private Next<Page> act(Action a) {
        switch (a) {
            case DOWN: return Next.of(with(cursor.moveBy(1), ""));
            case UP: return Next.of(with(cursor.moveBy(-1), ""));
            case PAGE_DOWN: return Next.of(with(cursor.pageDown(), ""));
            case PAGE_UP: return Next.of(with(cursor.pageUp(), ""));
            case HOME: return Next.of(with(cursor.home(), ""));
            case END: return Next.of(with(cursor.end(), ""));
            case ERASE: return Next.of(with(cursor, ""));
            case CHOOSE: {
                Option o = selected();
                return o == null ? Next.of(this) : Next.of(this, Nav.popWith(new Picked(tag, o.code())));
            }
            case BACK: return Next.of(this, Nav.pop());
            default: return Next.of(this);
        }
    }

    @Override
    public void draw(Canvas c) {
        int cols = c.cols();
        c.fill(0, 0, cols, 1, Role.TITLE);
        c.field(0, 0, cols, " Duty Desk " + c.glyphs().dot() + " " + title, Role.TITLE);
        c.field(1, 1, cols - 2, help, Role.DIM);
        int codeW = 2;
        for (Option o : options) {
            codeW = Math.max(codeW, o.code().length());
        }
        int labelW = Math.min(48, cols - codeW - 4);
        for (int i = 0; i < cursor.height(); i++) {
            int idx = cursor.top() + i;
            if (idx >= options.size()) {
                break;
            }
            Option o = options.get(idx);
            int row = 2 + i;
            boolean sel = idx == cursor.selected();
            Role base = c.listRow(row, sel);
            c.field(2, row, codeW, o.code(), base);
            c.field(3 + codeW, row, labelW, o.label(), base);
            int noteCol = 4 + codeW + labelW;
            c.field(noteCol, row, cols - noteCol, o.note(), sel ? base : Role.DIM);
        }
        if (!options.isEmpty()) {
            // The selected code in full: a narrow list cuts long descriptions and notes.
            Option o = options.get(cursor.selected());
            c.field(0, c.rows() - 3, cols, " " + o.code() + ": " + o.label()
                    + (o.note().isEmpty() ? "" : " (" + o.note() + ")"), Role.NORMAL);
        }
        if (!typed.isEmpty()) {
            c.text(0, c.rows() - 2, "Code starts with: " + typed.toUpperCase(Locale.ROOT), Role.INPUT);
        }
        HintBar.draw(c, c.rows() - 1, List.of(
                KEYS.hint(c.glyphs(), "Move", Action.UP, Action.DOWN),
                new dutydesk.tui.keys.Hint("A-Z", "Jump to a code"),
                KEYS.hint(c.glyphs(), "Choose", Action.CHOOSE),
                KEYS.hint(c.glyphs(), "Back", Action.BACK)));
    }
}
