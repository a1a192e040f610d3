package dutydesk.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
        byte[] buf = new byte[1 << 16];
        int kept = 0;
        try (InputStream s = Files.newInputStream(file)) {
            while (true) {
                int n = s.readNBytes(buf, kept, buf.length - kept);
                int end = kept + n;
                boolean eof = end < buf.length;
                int valid = validUtf8(buf, end, eof);
                if (valid < 0) {
                    return WINDOWS_1252;
                }
                if (eof) {
                    return StandardCharsets.UTF_8;
                }
                // A character cut by the end of the buffer is checked with the next one.
                kept = end - valid;
                System.arraycopy(buf, valid, buf, 0, kept);
            }
        }
    }

    /**
     * How many of {@code b[0..end)} are whole, valid UTF-8 characters (the rest, at most three
     * bytes, begin a character the buffer cuts off), or -1 if there is an invalid sequence (or,
     * at the end of the file, an unfinished one). Overlong forms, surrogates and code points past
     * U+10FFFF are invalid, as the JDK's decoder has them.
     */
    static int validUtf8(byte[] b, int end, boolean eof) {
        int i = 0;
        while (i < end) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return -1;
            }
            if (i + len > end) {
                for (int k = i + 1; k < end; k++) {
                    if ((b[k] & 0xC0) != 0x80) {
                        return -1;
                    }
                }
                return eof ? -1 : i;
            }
            int cp = c & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int t = b[i + k] & 0xFF;
                if ((t & 0xC0) != 0x80) {
                    return -1;
                }
                cp = cp << 6 | (t & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return -1;
            }
            i += len;
        }
        return end;
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
        // The file is decoded and split into records on a second thread while this one is told them.
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            Batch[] batch = {new Batch()};
            long[] bytes = {0};
            Batch last;
            try {
                scan(file, encoding, r -> {
                    batch[0].records.add(r);
                    batch[0].bytes = bytes[0];
                    if (batch[0].records.size() == BATCH) {
                        if (!hand(queue, batch[0], stop)) {
                            return false;
                        }
                        batch[0] = new Batch();
                    }
                    return true;
                }, n -> bytes[0] = n);
                last = batch[0];
                last.bytes = bytes[0];
                last.end = true;
            } catch (Throwable e) {
                last = batch[0];
                last.bytes = bytes[0];
                last.failure = e;
                last.end = true;
            }
            hand(queue, last, stop);
        }, "import-read");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Batch b;
                try {
                    b = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while reading " + file.getFileName(), e);
                }
                for (Record r : b.records) {
                    out.accept(r);
                }
                bytesRead.accept(b.bytes);
                if (b.failure instanceof IOException e) {
                    throw e;
                } else if (b.failure instanceof Unreadable e) {
                    throw e;
                } else if (b.failure instanceof RuntimeException e) {
                    throw e;
                } else if (b.failure instanceof Error e) {
                    throw e;
                }
                if (b.end) {
                    return;
                }
            }
        } finally {
            stop.set(true);
            queue.clear();
        }
    }

    /** Records handed from the reading thread to the checking one, with how far into the file they end. */
    private static final class Batch {
        final List<Record> records = new ArrayList<>(BATCH);
        long bytes;
        boolean end;
        Throwable failure;
    }

    private static final int BATCH = 512;
    /** Batches the reading thread may be ahead: enough for it to go on while the database is opened. */
    private static final int BATCHES = 128;

    /** Puts a batch on the queue, unless the reader is told to stop first; returns whether it did. */
    private static boolean hand(BlockingQueue<Batch> queue, Batch b, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
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
