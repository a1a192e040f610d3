package dutydesk.app;

import dutydesk.db.DbException;
import dutydesk.tui.NotAllowed;
import dutydesk.tui.ErrorDescriber;

/** One-line descriptions of failures for the status bar. */
final class Describe {

    private Describe() {
    }

    static final ErrorDescriber ERRORS = t -> {
        if (t instanceof NotAllowed) {
            return t.getMessage();
        }
        if (t instanceof DbException d) {
            return d.getMessage();
        }
        String m = t.getMessage();
        return "Unexpected error (" + t.getClass().getSimpleName() + (m == null ? "" : ": " + m)
                + "); details are in the log.";
    };
}
