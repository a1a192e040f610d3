package dutydesk.cases;

import java.text.Normalizer;

/**
 * The search and sort key of a name: lower-case ASCII letters and digits only, accents folded
 * and punctuation dropped, so "O'Brien" matches {@code obrien}, "Núñez" matches {@code nunez}
 * and "Smith-Jones" sorts with "Smithjones". Written next to every name by the app, and applied
 * to what the user types.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String d = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + 32));
            } else {
                switch (c) {
                    case 'ß': b.append("ss"); break;
                    case 'Æ': case 'æ': b.append("ae"); break;
                    case 'Œ': case 'œ': b.append("oe"); break;
                    case 'Ø': case 'ø': b.append('o'); break;
                    case 'Ł': case 'ł': b.append('l'); break;
                    case 'Đ': case 'đ': case 'Ð': case 'ð': b.append('d'); break;
                    case 'Þ': case 'þ': b.append("th"); break;
                    case 'ı': b.append('i'); break;
                    default: break;
                }
            }
        }
        return b.toString();
    }
}
