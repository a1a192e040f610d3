package dutydesk.tui;

import java.util.List;

/**
 * Navigation requests a page returns among its commands. The application applies them at once
 * (they do no I/O); should one ever reach the command thread it simply comes back as a message.
 */
public sealed interface Nav extends Cmd, Msg {

    @Override
    default Msg run() {
        return this;
    }

    /** Show a page on top of this one. */
    record Push(Page page) implements Nav {
    }

    /** Go back to the page underneath, handing it {@code result} (may be null) after {@link Resumed}. */
    record Pop(Msg result) implements Nav {
    }

    /** Replace every page with these (the last on top): a new start, such as after first-run set-up. */
    record Reset(List<Page> pages) implements Nav {
        public Reset {
            pages = List.copyOf(pages);
        }
    }

    /** Leave the application. */
    record Quit() implements Nav {
    }

    static Nav push(Page page) {
        return new Push(page);
    }

    static Nav pop() {
        return new Pop(null);
    }

    /** Go back, telling the page underneath something (a {@link Notice}, a picked value). */
    static Nav popWith(Msg result) {
        return new Pop(result);
    }

    static Nav quit() {
        return new Quit();
    }
}
