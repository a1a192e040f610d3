package dutydesk.tui;

import dutydesk.tui.keys.Keymap;
import java.util.List;

/**
 * A full-screen page: an immutable state whose {@link #update} is pure, plus a view
 * ({@link #draw}) that only draws. Pages are stacked by the application; they navigate by
 * returning {@link Nav} commands.
 */
public interface Page {

    Next<Page> update(Msg msg);

    void draw(Canvas canvas);

    /** Commands to run when the page is first shown (after it has received its {@link Resized}). */
    default List<Cmd> init() {
        return List.of();
    }

    /** Short name, shown in help. */
    String title();

    /** The page's key tables, most specific mode first; the help page is generated from them. */
    List<Keymap<?>> keymaps();
}
