package dutydesk.tui;

import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bracketed paste: with mode 2004 on, the terminal (xterm, PuTTY, Windows Terminal, tmux) wraps
 * pasted text in {@code ESC [200~ ... ESC [201~}. Lanterna does not decode these, so they are
 * added to its input decoder as two marker keys, which {@link InputAssembler} turns into one
 * {@link Paste}.
 */
public final class PasteKeys {

    /** Turns the mode on (sent when the screen starts). */
    public static final byte[] ENABLE = "\033[?2004h".getBytes(StandardCharsets.US_ASCII);
    /** Turns it off again (sent when the screen stops; the launcher sends it too after a crash). */
    public static final byte[] DISABLE = "\033[?2004l".getBytes(StandardCharsets.US_ASCII);

    /** The start-of-paste marker key. */
    public static final KeyStroke START = new Marker();
    /** The end-of-paste marker key. */
    public static final KeyStroke END = new Marker();

    private PasteKeys() {
    }

    /** Decoder patterns for the two markers. */
    public static KeyDecodingProfile profile() {
        return () -> List.<CharacterPattern>of(
                new BasicCharacterPattern(START, '\033', '[', '2', '0', '0', '~'),
                new BasicCharacterPattern(END, '\033', '[', '2', '0', '1', '~'));
    }

    /** A key no keyboard can produce; compared by identity. */
    private static final class Marker extends KeyStroke {
        Marker() {
            super(KeyType.Unknown, false, false);
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
