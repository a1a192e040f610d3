package dutydesk.tui.widgets;

import dutydesk.tui.Canvas;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Resized;
import dutydesk.tui.Role;
import dutydesk.tui.keys.HintBar;
import dutydesk.tui.keys.Keymap;
import java.util.List;

/**
 * A read-only, scrollable page of text: the help screen, a contact's full notes. Its content is
 * laid out for the current width and laid out again after a resize.
 */
public record TextPage(String title, Content content, List<Line> lines, int top, int cols, int rows) implements Page {

    /** Produces the page's lines for a given width. */
    @FunctionalInterface
    public interface Content {
        List<Line> lines(int width);
    }

    /** One line and how it is drawn. */
    public record Line(String text, Role role) {
        public static Line of(String text) {
            return new Line(text, Role.NORMAL);
        }

        public static Line heading(String text) {
            return new Line(text, Role.HEADER);
        }
    }

    /** What the reading keys do. */
    public enum Action { UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, BACK }

    /** The reading keys (also for a page that shows a TextPage as its body). */
    public static final Keymap<Action> KEYS = Keymap.named("Reading", Action.class)
            .bind(Action.DOWN, "Scroll down", "<Down>", "j")
            .bind(Action.UP, "Scroll up", "<Up>", "k")
            .bind(Action.PAGE_DOWN, "Page down", "<PageDown>", "<Space>", "<c-f>")
            .bind(Action.PAGE_UP, "Page up", "<PageUp>", "<c-b>")
            .bind(Action.HOME, "Top", "<Home>", "g")
            .bind(Action.END, "Bottom", "<End>", "G")
            .bind(Action.BACK, "Close", "<Esc>", "q", "<Left>", "h", "<Enter>", "<BS>")
            .build();

    public TextPage {
        lines = List.copyOf(lines);
    }

    public static TextPage of(String title, Content content) {
        return new TextPage(title, content, List.of(), 0, 80, 24);
    }

    private int bodyHeight() {
        return Math.max(1, rows - 3);
    }

    private int maxTop() {
        return Math.max(0, lines.size() - bodyHeight());
    }

    private TextPage scrolledTo(int t) {
        return new TextPage(title, content, lines, Math.max(0, Math.min(maxTop(), t)), cols, rows);
    }

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof Resized r) {
            TextPage laid = new TextPage(title, content, content.lines(Math.max(1, r.cols() - 2)), top, r.cols(), r.rows());
            return Next.of(laid.scrolledTo(top));
        }
        if (msg instanceof KeyMsg k) {
            return KEYS.lookup(k.key()).map(this::act).orElse(Next.ignored(this));
        }
        return Next.ignored(this);
    }

    private Next<Page> act(Action a) {
        switch (a) {
            case DOWN: return Next.of(scrolledTo(top + 1));
            case UP: return Next.of(scrolledTo(top - 1));
            case PAGE_DOWN: return Next.of(scrolledTo(top + bodyHeight()));
            case PAGE_UP: return Next.of(scrolledTo(top - bodyHeight()));
            case HOME: return Next.of(scrolledTo(0));
            case END: return Next.of(scrolledTo(maxTop()));
            case BACK: return Next.of(this, Nav.pop());
            default: return Next.of(this);
        }
    }

    @Override
    public void draw(Canvas c) {
        c.clear();
        c.field(0, 0, c.cols(), " Duty Desk " + c.glyphs().dot() + " " + title, Role.TITLE);
        int body = bodyHeight();
        for (int i = 0; i < body; i++) {
            int idx = top + i;
            if (idx < lines.size()) {
                Line l = lines.get(idx);
                c.field(1, 1 + i, c.cols() - 2, l.text(), l.role());
            }
        }
        String pos = lines.isEmpty() ? "(empty)"
                : "Lines " + (top + 1) + "-" + Math.min(lines.size(), top + body) + " of " + lines.size();
        c.textRight(c.cols() - 1, c.rows() - 2, pos, Role.DIM);
        HintBar.draw(c, c.rows() - 1, List.of(
                KEYS.hint(c.glyphs(), "Scroll", Action.UP, Action.DOWN),
                KEYS.hint(c.glyphs(), "Page", Action.PAGE_UP, Action.PAGE_DOWN),
                KEYS.hint(c.glyphs(), "Back", Action.BACK)));
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return List.of(KEYS);
    }
}
