package dutydesk.io;

import java.util.Arrays;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: records end with CRLF; a field is quoted when it holds a comma, a
 * double quote or a line break, and a quote inside it is doubled. Free text keeps its line
 * breaks (inside the quotes, as LF); tabs become spaces and every other control character is
 * dropped, so a field can never carry an escape sequence or a stray carriage return.
 */
public final class Csv {

    /** The record separator. */
    public static final String EOL = "\r\n";

    private Csv() {
    }

    /** One record: the fields (null as empty) separated by commas, ended by CRLF. */
    public static String row(List<String> fields) {
        StringBuilder b = new StringBuilder();
        appendRow(b, fields);
        return b.toString();
    }

    public static String row(String... fields) {
        return row(Arrays.asList(fields));
    }

    /** Appends one record to {@code b}. */
    public static void appendRow(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            appendField(b, fields.get(i));
        }
        b.append(EOL);
    }

    /** Appends one field, cleaned, and quoted when it needs to be. */
    public static void appendField(StringBuilder b, String raw) {
        String v = clean(raw);
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n';
        }
        if (!quote) {
            b.append(v);
            return;
        }
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
    }

    /**
     * Text fit for a field: CRLF and CR as LF, tabs as spaces, other C0 controls, DEL and C1
     * controls removed. Null is empty.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean plain = c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F) || c == '\n';
            if (plain) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(raw.length()).append(raw, 0, i);
            }
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\t') {
                b.append(' ');
            }
        }
        return b == null ? raw : b.toString();
    }
}
