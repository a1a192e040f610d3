package dutydesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dutydesk.testing.CsvReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainFieldsAreWrittenAsTheyAreAndRecordsEndWithCrLf() {
        assertEquals("X123456,2026-11-23,COAP,,ATTC\r\n", Csv.row("X123456", "2026-11-23", "COAP", null, "ATTC"));
        assertEquals("\r\n", Csv.row(List.of()));
        assertEquals("\r\n", Csv.row(""));
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertEquals("\"Smith, John\"\r\n", Csv.row("Smith, John"));
        assertEquals("\"He said \"\"no\"\"\"\r\n", Csv.row("He said \"no\""));
        assertEquals("\"line one\nline two\"\r\n", Csv.row("line one\nline two"));
        assertEquals("\"\"\"\"\r\n", Csv.row("\""));
        // Spaces and other punctuation need no quotes.
        assertEquals(" padded ;'x'\r\n", Csv.row(" padded ;'x'"));
    }

    @Test
    void lineBreaksAreKeptAsLineFeedsAndOtherControlsAreRemoved() {
        assertEquals("a\nb\nc\nd", Csv.clean("a\r\nb\rc\nd"));
        assertEquals("tab here", Csv.clean("tab\there"));
        assertEquals("bell, escape[31m, nul, del, c1", Csv.clean("bell\u0007, escape\u001B[31m, nul\u0000, del\u007F, c1\u009B"));
        assertEquals("Zoë Núñez – £5", Csv.clean("Zoë Núñez – £5"));
        assertEquals("", Csv.clean(null));
        assertEquals("\"a\nb\"\r\n", Csv.row("a\r\nb"));
    }

    @Test
    void whatIsWrittenReadsBackAsTheCleanedFields() {
        Random random = new Random(4180);
        String alphabet = "ab ,\"\n\r\t\u0007é";
        List<List<String>> rows = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int r = 0; r < 200; r++) {
            List<String> row = new ArrayList<>();
            for (int f = 0; f < 1 + random.nextInt(5); f++) {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < random.nextInt(8); i++) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                row.add(s.toString());
            }
            rows.add(row);
            Csv.appendRow(file, row);
        }
        List<List<String>> back = CsvReader.parse(file.toString());
        assertEquals(rows.size(), back.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(rows.get(r).stream().map(Csv::clean).toList(), back.get(r), "row " + r);
        }
        assertEquals(List.of(Arrays.asList("a", "", "c")), CsvReader.parse("a,,c\r\n"));
    }
}
