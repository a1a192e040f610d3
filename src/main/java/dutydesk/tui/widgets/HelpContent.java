package dutydesk.tui.widgets;

import dutydesk.tui.Glyphs;
import dutydesk.tui.Text;
import dutydesk.tui.keys.Binding;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.keys.Keys;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The help screen's text, generated from key tables: one section per table, one line per action. */
public final class HelpContent implements TextPage.Content {

    /** Columns for the key names before the description. */
    static final int KEY_WIDTH = 20;

    private final List<Keymap<?>> keymaps;
    private final Glyphs glyphs;

    public HelpContent(List<Keymap<?>> keymaps, Glyphs glyphs) {
        this.keymaps = List.copyOf(keymaps);
        this.glyphs = glyphs;
    }

    @Override
    public List<TextPage.Line> lines(int width) {
        List<TextPage.Line> out = new ArrayList<>();
        for (Keymap<?> map : keymaps) {
            if (!out.isEmpty()) {
                out.add(TextPage.Line.of(""));
            }
            out.add(TextPage.Line.heading(map.title()));
            for (Binding<?> b : map.bindings()) {
                StringJoiner keys = new StringJoiner(" ");
                for (KeyStroke k : b.keys()) {
                    keys.add(Keys.label(k, glyphs));
                }
                String k = keys.toString();
                List<String> help = Text.wrap(b.help(), Math.max(20, width - KEY_WIDTH - 3), glyphs.ascii());
                if (Text.width(k) > KEY_WIDTH) {
                    out.add(TextPage.Line.of("  " + k));
                    k = "";
                }
                for (int i = 0; i < help.size(); i++) {
                    out.add(TextPage.Line.of("  " + Text.fit(i == 0 ? k : "", KEY_WIDTH, glyphs.ellipsis()) + " " + help.get(i)));
                }
            }
        }
        return out;
    }
}
