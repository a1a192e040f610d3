package dutydesk.tui;

import dutydesk.tui.keys.Keymap;

/** Keys that work on every page unless the page uses them itself (e.g. while typing). */
public final class GlobalKeys {

    /** What the application-wide keys do. */
    public enum Action { HELP, QUIT, REDRAW, INTERRUPT }

    public static final Keymap<Action> KEYS = Keymap.named("Everywhere", Action.class)
            .bind(Action.HELP, "Help for this screen", "?", "<F1>")
            .bind(Action.QUIT, "Quit Duty Desk", "Q", "<F10>")
            .bind(Action.REDRAW, "Redraw the screen and reload its data", "<c-l>")
            .bind(Action.INTERRUPT, "Cancel / go back (asks before quitting)", "<c-c>")
            .build();

    private GlobalKeys() {
    }
}
