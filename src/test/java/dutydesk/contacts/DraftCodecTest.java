package dutydesk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftCodecTest {

    @Test
    void everyValueSurvivesTheRoundTrip() {
        ContactValues v = new ContactValues("COAP", "23/11/2026", "10:04", "UAAB", "EA12", "30/11/2026",
                Map.of(Circumstance.ADDRESS, new Answer(true, "moved = back to mum's"),
                        Circumstance.POLICE, new Answer(false, "")),
                "Line one\nline two with a \\ backslash\r\nand key=value text\n\nlast line, Zoë Ñ", "30/11/2026", true,
                false);
        ContactValues back = DraftCodec.decode(DraftCodec.encode(v));
        assertEquals(v, back);
        assertEquals(null, back.answer(Circumstance.HEALTH).changed(), "unanswered stays unanswered");
    }

    @Test
    void aDraftFromAnotherVersionOfTheFormStillOpens() {
        ContactValues v = DraftCodec.decode("type=COUP\nmood=fine\nnotes=only notes\ngarbage line\n");
        assertEquals("COUP", v.type());
        assertEquals("only notes", v.notes());
        assertEquals("", v.outcome());
        assertEquals(false, v.sensitive());
    }
}
