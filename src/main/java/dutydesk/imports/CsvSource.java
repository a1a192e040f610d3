package dutydesk.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CSV file as records: RFC 4180 (quoted fields may hold commas, quotes and line breaks),
 * CRLF or LF line ends, a UTF-8 byte-order mark skipped, and blank lines ignored. The text is
 * UTF-8 if the whole file is valid UTF-8, otherwise Windows-1252 (what Excel saves as "CSV" on a
 * UK Windows PC), unless an encoding is given.
 */
final class CsvSource {

    /** Windows-1252: the fallback when a file is not valid UTF-8. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Where FastCSV's messages say the bad record starts. */
    private static final Pattern RECORD_LINE = Pattern.compile("\\s*\\(record starting at line (\\d+)\\)");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A record: the physical line it starts on and its fields as written (quotes removed). */
    record Record(long line, String[] fields) {
    }

    /** The file cannot be read as CSV at all (not a row problem). */
    static final class Unreadable extends Exception {
        final long line;

        Unreadable(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    private CsvSource() {
    }

    /** UTF-8 if every byte of the file is valid UTF-8, else Windows-1252. */
    static Charset detect(Path file) throws IOException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream s = Files.newInputStream(file)) {
            boolean eof = false;
            while (!eof) {
                int n = s.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult r = d.decode(in, out, eof);
                if (r.isError()) {
                    return WINDOWS_1252;
                }
                out.clear();
                in.compact();
            }
            CoderResult r = d.flush(out);
            return r.isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
        }
    }

    /**
     * Calls {@code out} with every record of the file, the header first.
     *
     * @param encoding the file's encoding (see {@link #detect})
     */
    static void read(Path file, Charset encoding, Consumer<Record> out) throws IOException, Unreadable {
        read(file, encoding, out, bytes -> { });
    }

    /** {@link #read(Path, Charset, Consumer)}, telling {@code bytesRead} how far into the file it has got. */
    static void read(Path file, Charset encoding, Consumer<Record> out, java.util.function.LongConsumer bytesRead)
            throws IOException, Unreadable {
        scan(file, encoding, r -> {
            out.accept(r);
            return true;
        }, bytesRead);
    }

    /** The file's first record (its header), or null if it has none. */
    static Record header(Path file, Charset encoding) throws IOException, Unreadable {
        Record[] first = new Record[1];
        scan(file, encoding, r -> {
            first[0] = r;
            return false;
        }, bytes -> { });
        return first[0];
    }

    /** Told each record in turn; returns whether to go on. */
    private interface Visitor {
        boolean visit(Record r);
    }

    private static void scan(Path file, Charset cs, Visitor visitor, java.util.function.LongConsumer bytesRead)
            throws IOException, Unreadable {
        InputStream counted = new java.io.FilterInputStream(Files.newInputStream(file)) {
            private long n;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int k = super.read(b, off, len);
                if (k > 0) {
                    n += k;
                    bytesRead.accept(n);
                }
                return k;
            }
        };
        try (InputStream raw = new BufferedInputStream(counted, 1 << 16)) {
            raw.mark(4);
            byte[] head = raw.readNBytes(3);
            raw.reset();
            if (head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE
                    || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
                throw new Unreadable(1, "the file is UTF-16; save it as CSV UTF-8 (or plain CSV) instead");
            }
            if (head.length == 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2]) {
                raw.skipNBytes(3);
            }
            CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                    .allowUnclosedQuote(false).skipEmptyLines(true).ofCsvRecord(new InputStreamReader(raw, cs));
            try (reader) {
                for (CsvRecord r : reader) {
                    if (!visitor.visit(new Record(r.getStartingLineNumber(), r.getFields().toArray(new String[0])))) {
                        return;
                    }
                }
            } catch (CsvParseException e) {
                String m = message(e);
                Matcher at = RECORD_LINE.matcher(m);
                throw new Unreadable(at.find() ? Long.parseLong(at.group(1)) : 1,
                        "not readable as CSV: " + at.replaceAll("").trim());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private static String message(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + c.getMessage() + ")";
    }
}
