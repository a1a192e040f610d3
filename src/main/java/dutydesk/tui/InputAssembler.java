package dutydesk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * Turns decoded keys into messages: ordinary keys become {@link KeyMsg}s; everything between the
 * bracketed-paste markers becomes one {@link Paste}, so pasted Enters, Tabs and letters are text,
 * never commands. Used by the thread that reads the terminal (one instance per terminal).
 */
public final class InputAssembler {

    /** Pastes longer than this are cut (a notes field holds far less). */
    public static final int MAX_PASTE = 64 * 1024;

    private StringBuilder paste;

    /** The messages this key completes: none while a paste is still arriving. */
    public List<Msg> accept(KeyStroke k) {
        if (k == PasteKeys.START) {
            paste = new StringBuilder();
            return List.of();
        }
        if (paste == null) {
            return k == PasteKeys.END ? List.of() : List.of(new KeyMsg(k));
        }
        if (k == PasteKeys.END || k.getKeyType() == KeyType.EOF) {
            Paste p = new Paste(paste.toString());
            paste = null;
            // A terminal that closes mid-paste still delivers the text, then the end of input.
            return k == PasteKeys.END ? List.of(p) : List.of(p, new KeyMsg(k));
        }
        if (paste.length() < MAX_PASTE) {
            switch (k.getKeyType()) {
                case Character: paste.append(k.getCharacter().charValue()); break;
                case Enter: paste.append('\n'); break;
                case Tab: paste.append('\t'); break;
                default: break;
            }
        }
        return List.of();
    }

    /** True while a paste has started and not yet ended. */
    public boolean pasting() {
        return paste != null;
    }
}
