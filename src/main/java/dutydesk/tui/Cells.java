package dutydesk.tui;

import com.googlecode.lanterna.TextCharacter;
import java.util.HashMap;
import java.util.Map;

/**
 * The screen cells a theme draws, made once and reused. Lanterna builds every
 * {@link TextCharacter} with a grapheme {@code BreakIterator} and an interned string, which on a
 * 2-core machine costs milliseconds per frame; a frame drawn from cached cells costs
 * microseconds. Used by one thread (the UI thread).
 */
public final class Cells {

    private final Theme theme;
    private final TextCharacter[][] ascii = new TextCharacter[Role.values().length][];
    private final Map<Integer, TextCharacter> others = new HashMap<>();

    public Cells(Theme theme) {
        this.theme = theme;
    }

    public Theme theme() {
        return theme;
    }

    /** The cell for one (already clean) character in a role's style. */
    TextCharacter cell(char c, Role role) {
        if (c < 0x80) {
            TextCharacter[] row = ascii[role.ordinal()];
            if (row == null) {
                row = new TextCharacter[0x80];
                ascii[role.ordinal()] = row;
            }
            TextCharacter t = row[c];
            if (t == null) {
                t = make(c, role);
                row[c] = t;
            }
            return t;
        }
        return others.computeIfAbsent((role.ordinal() << 16) | c, k -> make(c, role));
    }

    private TextCharacter make(char c, Role role) {
        Theme.Style s = theme.style(role);
        return TextCharacter.fromCharacter(c, s.fg(), s.bg(), s.sgr().toArray(new com.googlecode.lanterna.SGR[0]))[0];
    }
}
