package dutydesk.contacts;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes form values as text for the drafts table and reads them back: one {@code key=value}
 * per line, with backslash escapes for line breaks and backslashes. Unknown keys are ignored and
 * missing ones are empty, so a draft written by another version of the form still opens.
 */
public final class DraftCodec {

    private DraftCodec() {
    }

    public static String encode(ContactValues v) {
        StringBuilder b = new StringBuilder();
        put(b, "type", v.type());
        put(b, "date", v.date());
        put(b, "time", v.time());
        put(b, "outcome", v.outcome());
        put(b, "enforcement", v.enforcement());
        put(b, "respond_by", v.respondBy());
        for (Circumstance c : Circumstance.values()) {
            Answer a = v.answer(c);
            put(b, "q." + c.name(), a.changed() == null ? "" : a.changed() ? "yes" : "no");
            put(b, "q." + c.name() + ".detail", a.detail());
        }
        put(b, "notes", v.notes());
        put(b, "next", v.next());
        put(b, "sensitive", v.sensitive() ? "yes" : "no");
        put(b, "alert", v.alert() ? "yes" : "no");
        return b.toString();
    }

    public static ContactValues decode(String body) {
        Map<String, String> m = new HashMap<>();
        for (String line : body.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }
        Map<Circumstance, Answer> answers = new EnumMap<>(Circumstance.class);
        for (Circumstance c : Circumstance.values()) {
            String a = m.getOrDefault("q." + c.name(), "");
            Boolean changed = a.equals("yes") ? Boolean.TRUE : a.equals("no") ? Boolean.FALSE : null;
            answers.put(c, new Answer(changed, m.get("q." + c.name() + ".detail")));
        }
        return new ContactValues(m.get("type"), m.get("date"), m.get("time"), m.get("outcome"), m.get("enforcement"),
                m.get("respond_by"), answers, m.get("notes"), m.get("next"), "yes".equals(m.get("sensitive")),
                "yes".equals(m.get("alert")));
    }

    private static void put(StringBuilder b, String key, String value) {
        b.append(key).append('=');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                default: b.append(ch);
            }
        }
        b.append('\n');
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
