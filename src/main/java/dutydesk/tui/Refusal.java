package dutydesk.tui;

import dutydesk.tui.keys.Keymap;
import java.util.List;

/**
 * A page that is not opened: pushing it leaves the current page on screen and tells it why, as a
 * {@link Notice}. Wiring returns one where the user may not go ("You can't log contacts as
 * reception."), so pages need not know who is using them.
 */
public record Refusal(String text) implements Page {

    @Override
    public Next<Page> update(Msg msg) {
        return Next.ignored(this);
    }

    @Override
    public void draw(Canvas canvas) {
    }

    @Override
    public String title() {
        return "Not allowed";
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return List.of();
    }
}
