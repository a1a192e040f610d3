package dutydesk.tui;

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

    /** Go back to the page underneath. */
    record Pop() implements Nav {
    }

    /** Leave the application. */
    record Quit() implements Nav {
    }

    static Nav push(Page page) {
        return new Push(page);
    }

    static Nav pop() {
        return new Pop();
    }

    static Nav quit() {
        return new Quit();
    }
}
