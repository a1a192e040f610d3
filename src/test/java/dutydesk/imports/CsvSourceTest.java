package dutydesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {

    @TempDir
    Path dir;

    /** What the JDK's strict decoder says of the bytes. */
    private static boolean jdkValid(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean valid(byte[] b) {
        return CsvSource.validUtf8(b, b.length, true) == b.length;
    }

    @Test
    void utf8CheckAgreesWithTheJdkOnEdgeCases() {
        for (String hex : new String[] {"", "41", "c3a9", "e282ac", "f09f9880", "c0af", "c1bf", "e080af", "eda080",
            "edbfbf", "ee8080", "f08f8080", "f4908080", "f5808080", "80", "bf", "c3", "e282", "f09f98", "c328",
            "e228a1", "ff", "fe", "e9", "4ae9", "efbbbf41", "f48fbfbf", "df bf".replace(" ", "")}) {
            byte[] b = HexFormat.of().parseHex(hex);
            assertEquals(jdkValid(b), valid(b), hex);
        }
    }

    @Test
    void utf8CheckAgreesWithTheJdkOnRandomBytes() {
        Random r = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[r.nextInt(8)];
            for (int i = 0; i < b.length; i++) {
                // Mostly the bytes that make or break multi-byte sequences.
                b[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : 0x80 + r.nextInt(0x80));
            }
            assertEquals(jdkValid(b), valid(b), HexFormat.of().formatHex(b));
        }
    }

    @Test
    void aCharacterCutByTheBufferIsLeftForTheNext() {
        byte[] b = "ab€".getBytes(StandardCharsets.UTF_8);
        assertEquals(2, CsvSource.validUtf8(b, b.length - 1, false));
        assertEquals(-1, CsvSource.validUtf8(b, b.length - 1, true));
    }

    @Test
    void detectsEachEncodingAcrossBufferBoundaries() throws IOException {
        // Characters of every length straddle the 64 KiB reads at some offset.
        StringBuilder s = new StringBuilder();
        while (s.length() < 200_000) {
            s.append("Zoë Ní Bhriain, 10 €, ✓ 😀;\n");
        }
        Path utf8 = dir.resolve("utf8.csv");
        Files.writeString(utf8, s, StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, CsvSource.detect(utf8));
        Path cp1252 = dir.resolve("cp1252.csv");
        Files.write(cp1252, ("x".repeat(70_000) + "Zo\u00eb\n").getBytes(CsvSource.WINDOWS_1252));
        assertEquals(CsvSource.WINDOWS_1252, CsvSource.detect(cp1252));
    }

    @Test
    void everyRecordIsToldInOrderWithItsLine() throws Exception {
        StringBuilder s = new StringBuilder("crn,notes\r\n");
        for (int i = 0; i < 5_000; i++) {
            s.append("X").append(i).append(i % 7 == 0 ? ",\"two\nlines\"\r\n" : ",one\r\n");
        }
        Path f = dir.resolve("many.csv");
        Files.writeString(f, s, StandardCharsets.UTF_8);
        List<CsvSource.Record> got = new ArrayList<>();
        long[] last = {0};
        CsvSource.read(f, StandardCharsets.UTF_8, got::add, n -> last[0] = n);
        assertEquals(5_001, got.size());
        assertEquals(Files.size(f), last[0]);
        long line = 2;
        for (int i = 0; i < 5_000; i++) {
            CsvSource.Record r = got.get(i + 1);
            assertEquals("X" + i, r.fields()[0]);
            assertEquals(line, r.line());
            line += i % 7 == 0 ? 2 : 1;
        }
    }

    @Test
    void aFailureWhileCheckingStopsTheReader() throws Exception {
        Path f = dir.resolve("big.csv");
        Files.writeString(f, "crn\n" + "X1\n".repeat(100_000), StandardCharsets.UTF_8);
        int[] seen = {0};
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CsvSource.read(f,
                StandardCharsets.UTF_8, r -> {
                    if (++seen[0] == 1000) {
                        throw new IllegalStateException("stop");
                    }
                }, n -> { }));
        assertEquals("stop", e.getMessage());
        assertEquals(1000, seen[0]);
    }

    @Test
    void aBrokenFileIsUnreadableAtItsLineAfterTheRecordsBefore() throws Exception {
        Path f = dir.resolve("broken.csv");
        Files.writeString(f, "crn,notes\nX1,a\nX2,\"never closed\n", StandardCharsets.UTF_8);
        List<CsvSource.Record> got = new ArrayList<>();
        CsvSource.Unreadable e = assertThrows(CsvSource.Unreadable.class,
                () -> CsvSource.read(f, StandardCharsets.UTF_8, got::add, n -> { }));
        assertEquals(3, e.line);
        assertEquals(2, got.size());
    }
}
