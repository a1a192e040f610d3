package dutydesk.tui.keys;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/** One action, the keys that trigger it (first is the one shown in hints) and its help text. */
public record Binding<A extends Enum<A>>(A action, List<KeyStroke> keys, String help) {

    public Binding {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("No keys for " + action);
        }
        keys = List.copyOf(keys);
    }
}
