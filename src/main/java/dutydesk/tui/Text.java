package dutydesk.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns untrusted text (database strings, pasted input) into something safe to draw in one
 * terminal cell per column: NFC; tabs and line breaks to spaces; C0, DEL and C1 controls (escape
 * injection) replaced; characters outside the BMP (emoji) replaced; stray combining marks and
 * invisible format characters (bidi overrides, zero-width joiners) dropped. In ASCII mode accents
 * are folded ("José" to "Jose") before anything else becomes '?'.
 */
public final class Text {

    /** Drawn in place of a control character. */
    static final char CONTROL_UNICODE = '·';
    static final char REPLACEMENT_UNICODE = '\uFFFD';

    private Text() {
    }

    /** One line of drawable text. Never null. */
    public static String clean(String raw, boolean ascii) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (isPlainAscii(raw)) {
            return raw;
        }
        String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendClean(out, cp, ascii);
        }
        return out.toString();
    }

    private static void appendClean(StringBuilder out, int cp, boolean ascii) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x2028 || cp == 0x2029) {
            out.append(' ');
            return;
        }
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
            out.append(ascii ? '?' : CONTROL_UNICODE);
            return;
        }
        if (cp < 0x7F) {
            out.append((char) cp);
            return;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || cp == 0xFEFF) {
            return;
        }
        if (cp > 0xFFFF || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED) {
            out.append(ascii ? '?' : REPLACEMENT_UNICODE);
            return;
        }
        if (ascii) {
            out.append(fold(cp));
        } else {
            out.append((char) cp);
        }
    }

    /** An ASCII stand-in for one BMP character: accents dropped, common letters and punctuation spelt out. */
    static String fold(int cp) {
        switch (cp) {
            case 'ß': return "ss";
            case 'Æ': return "AE";
            case 'æ': return "ae";
            case 'Œ': return "OE";
            case 'œ': return "oe";
            case 'Ø': return "O";
            case 'ø': return "o";
            case 'Ł': return "L";
            case 'ł': return "l";
            case 'Đ': case 'Ð': return "D";
            case 'đ': case 'ð': return "d";
            case 'Þ': return "Th";
            case 'þ': return "th";
            case 'ı': return "i";
            case '‘': case '’': case '‚': case '′': case 'ʼ': return "'";
            case '“': case '”': case '„': case '″': return "\"";
            case '–': case '—': case '‐': case '‑': case '−': return "-";
            case '…': return "...";
            case '·': case '•': return ".";
            case '\u00A0': return " ";
            case '£': return "GBP";
            case '€': return "EUR";
            default:
                break;
        }
        String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                b.append(c);
            }
        }
        return b.length() == 0 ? "?" : b.toString();
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Columns the (already clean) text takes on screen: 2 for East Asian wide characters. */
    public static int width(String clean) {
        int w = 0;
        for (int i = 0; i < clean.length(); i++) {
            w += isWide(clean.charAt(i)) ? 2 : 1;
        }
        return w;
    }

    /**
     * True for a character that takes two columns. Nothing below U+1100 is wide, and Lanterna's
     * Unicode-block lookup is costly enough to matter when asked for every cell of every frame.
     */
    public static boolean isWide(char c) {
        return c >= 0x1100 && TerminalTextUtils.isCharDoubleWidth(c);
    }

    /** 96485 as "96,485". */
    public static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            b.append('-');
        }
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    /**
     * Exactly {@code width} columns of (already clean) text: padded with spaces, or cut with the
     * ellipsis as its last column.
     */
    public static String fit(String clean, int width, String ellipsis) {
        if (width <= 0) {
            return "";
        }
        int w = width(clean);
        if (w <= width) {
            return clean + " ".repeat(width - w);
        }
        int ew = width(ellipsis);
        String cut = cutToWidth(clean, Math.max(0, width - ew));
        String out = cut + (ew <= width ? ellipsis : "");
        return out + " ".repeat(Math.max(0, width - width(out)));
    }

    /** The longest prefix that fits in {@code width} columns. */
    public static String cutToWidth(String clean, int width) {
        int cols = 0;
        for (int i = 0; i < clean.length(); i++) {
            int cw = isWide(clean.charAt(i)) ? 2 : 1;
            if (cols + cw > width) {
                return clean.substring(0, i);
            }
            cols += cw;
        }
        return clean;
    }

    /**
     * Word-wraps untrusted multi-line text to {@code width} columns: paragraphs at line breaks,
     * tabs expanded, long words broken.
     */
    public static List<String> wrap(String raw, int width, boolean ascii) {
        List<String> lines = new ArrayList<>();
        if (raw == null || raw.isEmpty() || width <= 0) {
            return lines;
        }
        String normal = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ");
        for (String para : normal.split("\n", -1)) {
            String clean = clean(para, ascii).stripTrailing();
            if (clean.isEmpty()) {
                lines.add("");
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : clean.split(" ", -1)) {
                if (word.isEmpty() && line.length() > 0) {
                    continue;
                }
                while (width(word) > width) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    String head = cutToWidth(word, width);
                    lines.add(head);
                    word = word.substring(head.length());
                }
                int need = line.length() == 0 ? width(word) : width(line.toString()) + 1 + width(word);
                if (need > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
