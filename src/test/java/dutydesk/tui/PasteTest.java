package dutydesk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bracketed paste: the terminal's markers decode, and everything between them is one text. */
class PasteTest {

    /** Decodes raw terminal input the way the terminal's reader does, then assembles messages. */
    private static List<Msg> decode(String raw) throws IOException {
        InputDecoder dec = new InputDecoder(new StringReader(raw));
        dec.addProfile(new DefaultKeyDecodingProfile());
        dec.addProfile(PasteKeys.profile());
        InputAssembler in = new InputAssembler();
        List<Msg> out = new ArrayList<>();
        KeyStroke k;
        // Blocking reads, as the terminal's reader does; the end of the string reads as EOF.
        while ((k = dec.getNextCharacter(true)).getKeyType() != KeyType.EOF) {
            out.addAll(in.accept(k));
        }
        return out;
    }

    @Test
    void aPasteIsOneMessageWithItsLineBreaksAsText() throws IOException {
        // The tty's icrnl turns the terminal's CR into LF before the decoder sees it.
        List<Msg> msgs = decode("\033[200~first line\nsecond\tcol\n\033[201~x");
        assertEquals(2, msgs.size(), msgs.toString());
        assertEquals(new Paste("first line\nsecond\tcol\n"), msgs.get(0));
        assertEquals(new KeyMsg(new KeyStroke('x', false, false)), msgs.get(1));
    }

    @Test
    void keysAroundAPasteAndFunctionKeysStillDecode() throws IOException {
        List<Msg> msgs = decode("a\033[20~\033[200~q\033[201~\033[A");
        assertEquals(List.of(new KeyMsg(new KeyStroke('a', false, false)), new KeyMsg(new KeyStroke(KeyType.F9)),
                new Paste("q"), new KeyMsg(new KeyStroke(KeyType.ArrowUp))), msgs);
    }

    @Test
    void aTerminalClosingMidPasteStillDeliversTheTextThenTheEnd() {
        InputAssembler in = new InputAssembler();
        assertTrue(in.accept(PasteKeys.START).isEmpty());
        assertTrue(in.accept(new KeyStroke('h', false, false)).isEmpty());
        assertTrue(in.pasting());
        List<Msg> out = in.accept(new KeyStroke(KeyType.EOF));
        assertEquals(List.of(new Paste("h"), new KeyMsg(new KeyStroke(KeyType.EOF))), out);
    }

    @Test
    void anEndMarkerWithoutAStartIsIgnored() {
        assertTrue(new InputAssembler().accept(PasteKeys.END).isEmpty());
    }
}
