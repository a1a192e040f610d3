package dutydesk.tui;

import java.io.IOException;

/**
 * A terminal that can clear from the cursor to the end of the line in one short sequence
 * ({@code ESC[K}); {@link FrameScreen} uses it instead of writing runs of spaces.
 */
public interface LineErase {

    void eraseToEndOfLine() throws IOException;
}
