package dutydesk.contacts;

import dutydesk.cases.DateInput;
import dutydesk.cases.CaseFormat;
import dutydesk.cases.CaseLinks;
import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Notice;
import dutydesk.tui.Page;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.Role;
import dutydesk.tui.keys.HintBar;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.widgets.Dialog;
import dutydesk.tui.widgets.ListCursor;
import java.util.List;

/**
 * Shown when the desk starts and the user has contacts they began but never saved (the session
 * dropped, the terminal closed, they chose to keep a draft): resume one, discard one, or carry on
 * to the desk (the case list, or the queue for a duty officer; the drafts stay, and each is offered
 * again when its case's form is opened).
 */
public record DraftsPage(ContactRepository repo, CaseLinks links, List<DraftSummary> drafts, boolean loaded,
                         ListCursor cursor, boolean confirmDiscard, String message) implements Page {

    enum Action { UP, DOWN, RESUME, DISCARD, LATER, YES, NO }

    static final Keymap<Action> KEYS = Keymap.named("Unsaved contacts", Action.class)
            .bind(Action.DOWN, "Next draft", "<Down>", "j")
            .bind(Action.UP, "Previous draft", "<Up>", "k")
            .bind(Action.RESUME, "Carry on with the selected contact", "<Enter>", "<Right>")
            .bind(Action.DISCARD, "Discard the selected draft (asks first)", "d")
            .bind(Action.LATER, "Later: go on to the desk (drafts stay, offered again)", "<Esc>", "q", "<Left>")
            .build();

    static final Keymap<Action> CONFIRM_KEYS = Keymap.named("Discarding a draft", Action.class)
            .bind(Action.YES, "Discard it", "y")
            .bind(Action.NO, "Keep it", "n", "<Esc>", "<c-c>")
            .build();

    /** The drafts as loaded. */
    record Loaded(List<DraftSummary> drafts) implements Msg {
    }

    public DraftsPage {
        drafts = List.copyOf(drafts);
    }

    public static DraftsPage create(ContactRepository repo, CaseLinks links) {
        return new DraftsPage(repo, links, List.of(), false, ListCursor.empty(10), false, "");
    }

    @Override
    public List<Cmd> init() {
        return List.of(load());
    }

    private Cmd load() {
        return () -> new Loaded(repo.drafts());
    }

    @Override
    public String title() {
        return "Unsaved contacts";
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return confirmDiscard ? List.of(CONFIRM_KEYS) : List.of(KEYS);
    }

    public DraftSummary selected() {
        return drafts.isEmpty() ? null : drafts.get(cursor.selected());
    }

    private DraftsPage with(List<DraftSummary> d, ListCursor c, boolean confirm, String m) {
        return new DraftsPage(repo, links, d, true, c, confirm, m);
    }

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof Resized r) {
            return Next.of(new DraftsPage(repo, links, drafts, loaded, cursor.withHeight(Math.max(1, r.rows() - 6)),
                    confirmDiscard, message));
        }
        if (msg instanceof Loaded l) {
            if (l.drafts().isEmpty()) {
                return Next.of(with(l.drafts(), cursor.withTotal(0), false, message),
                        Nav.popWith(new Notice(message)));
            }
            return Next.of(with(l.drafts(), cursor.withTotal(l.drafts().size()), false, message));
        }
        if (msg instanceof Resumed) {
            return Next.of(this, load());
        }
        if (msg instanceof Notice n) {
            return Next.of(with(drafts, cursor, false, n.text()));
        }
        if (msg instanceof CmdFailed f) {
            return Next.of(with(drafts, cursor, false, f.message()));
        }
        if (msg instanceof KeyMsg k) {
            if (confirmDiscard) {
                return CONFIRM_KEYS.lookup(k.key()).map(this::act).orElse(Next.of(this));
            }
            return KEYS.lookup(k.key()).map(this::act).orElse(Next.ignored(this));
        }
        return Next.ignored(this);
    }

    private Next<Page> act(Action a) {
        DraftSummary d = selected();
        switch (a) {
            case DOWN: return Next.of(with(drafts, cursor.moveBy(1), false, ""));
            case UP: return Next.of(with(drafts, cursor.moveBy(-1), false, ""));
            case RESUME:
                if (d == null) {
                    return Next.of(this);
                }
                return Next.of(with(drafts, cursor, false, ""), Nav.push(d.contactId() == 0
                        ? links.logContact(d.caseId(), d.crn()) : links.correctContact(d.caseId(), d.contactId(), d.crn())));
            case DISCARD: return d == null ? Next.of(this) : Next.of(with(drafts, cursor, true, ""));
            case YES: {
                long c = d.caseId();
                long k = d.contactId();
                String crn = d.crn();
                return Next.of(with(drafts, cursor, false, "Discarded the draft for " + crn + "."), () -> {
                    repo.deleteDraft(c, k);
                    return new Loaded(repo.drafts());
                });
            }
            case NO: return Next.of(with(drafts, cursor, false, ""));
            case LATER: return Next.of(this, Nav.pop());
            default: return Next.of(this);
        }
    }

    @Override
    public void draw(Canvas c) {
        int cols = c.cols();
        c.fill(0, 0, cols, 1, Role.TITLE);
        c.field(0, 0, cols, " Duty Desk " + c.glyphs().dot() + " Unsaved contacts", Role.TITLE);
        if (!loaded) {
            c.text(2, 2, "Loading" + c.glyphs().ellipsis(), Role.DIM);
            return;
        }
        c.field(1, 1, cols - 2, "You started " + (drafts.size() == 1 ? "a contact" : drafts.size() + " contacts")
                + " that " + (drafts.size() == 1 ? "was" : "were") + " not saved. Nothing typed was lost.", Role.HEADER);
        c.field(1, 2, cols - 2, "CRN      Name                      Started           Contact       Notes", Role.DIM);
        for (int i = 0; i < cursor.height(); i++) {
            int idx = cursor.top() + i;
            if (idx >= drafts.size()) {
                break;
            }
            DraftSummary d = drafts.get(idx);
            int row = 3 + i;
            boolean sel = idx == cursor.selected();
            Role base = c.listRow(row, sel);
            c.field(1, row, 8, d.crn(), base);
            c.field(10, row, 25, d.name(), base);
            c.field(36, row, 17, CaseFormat.date(d.startedAt().toLocalDate()) + " "
                    + DateInput.format(d.startedAt().toLocalTime()), base);
            String what = (d.contactId() == 0 ? "" : "fix ") + d.type() + (d.outcome().isEmpty() ? "" : " " + d.outcome());
            c.field(54, row, 13, what, base);
            c.field(68, row, cols - 68, d.notesLength() + " chars", base);
        }
        if (!message.isEmpty()) {
            c.field(0, c.rows() - 2, cols, message, Role.NORMAL);
        }
        HintBar.draw(c, c.rows() - 1, List.of(
                KEYS.hint(c.glyphs(), "Carry on", Action.RESUME),
                KEYS.hint(c.glyphs(), "Discard", Action.DISCARD),
                KEYS.hint(c.glyphs(), "Later", Action.LATER),
                GlobalKeys.KEYS.hint(c.glyphs(), "Help", GlobalKeys.Action.HELP)));
        if (confirmDiscard && selected() != null) {
            Dialog.draw(c, "Discard this draft?", List.of(
                    selected().crn() + " " + selected().name() + ": what was typed is deleted.",
                    "",
                    "y  Discard it",
                    "n  Keep it"));
        }
    }
}
