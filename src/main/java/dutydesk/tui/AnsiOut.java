package dutydesk.tui;

import java.io.IOException;
import java.nio.charset.Charset;

/**
 * A terminal that accepts raw ANSI bytes. {@link FrameScreen} encodes frames itself for such
 * terminals (shorter sequences than Lanterna's, one write per frame); other terminals, such as
 * Lanterna's virtual terminal in tests, are drawn through the ordinary {@code Terminal} calls.
 */
public interface AnsiOut {

    /** Queues bytes for the terminal; {@code flush()} sends them. */
    void writeRaw(byte[] bytes) throws IOException;

    /** The character set text is encoded in. */
    Charset charset();
}
