package dutydesk.contacts;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import dutydesk.tui.widgets.LineEdit;
import dutydesk.tui.widgets.TextArea;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The contact form's values with their editing state (cursor positions): what {@link ContactValues}
 * is, plus where the cursor is in each text field. Immutable; every change returns a copy.
 */
public record Edits(String type, LineEdit date, LineEdit time, String outcome, String enforcement,
                    LineEdit respondBy, Map<Circumstance, Boolean> answers, Map<Circumstance, LineEdit> details,
                    TextArea notes, LineEdit next, boolean sensitive, boolean alert) {

    static final int DATE_LENGTH = 12;
    static final int TIME_LENGTH = 5;

    public Edits {
        Map<Circumstance, Boolean> a = new EnumMap<>(Circumstance.class);
        a.putAll(answers);
        answers = Collections.unmodifiableMap(a);
        Map<Circumstance, LineEdit> d = new EnumMap<>(Circumstance.class);
        d.putAll(details);
        for (Circumstance q : Circumstance.values()) {
            d.putIfAbsent(q, LineEdit.empty(ContactValidator.MAX_DETAIL));
        }
        details = Collections.unmodifiableMap(d);
    }

    public static Edits of(ContactValues v) {
        Map<Circumstance, Boolean> answers = new EnumMap<>(Circumstance.class);
        Map<Circumstance, LineEdit> details = new EnumMap<>(Circumstance.class);
        for (Circumstance q : Circumstance.values()) {
            Answer a = v.answer(q);
            if (a.changed() != null) {
                answers.put(q, a.changed());
            }
            details.put(q, line(a.detail(), ContactValidator.MAX_DETAIL));
        }
        return new Edits(v.type(), line(v.date(), DATE_LENGTH), line(v.time(), TIME_LENGTH), v.outcome(),
                v.enforcement(), line(v.respondBy(), DATE_LENGTH), answers, details,
                TextArea.of(v.notes(), ContactValidator.MAX_NOTES), line(v.next(), DATE_LENGTH), v.sensitive(),
                v.alert());
    }

    private static LineEdit line(String text, int max) {
        String t = text.length() > max ? text.substring(0, max) : text;
        return new LineEdit(t, t.length(), max);
    }

    public ContactValues values() {
        Map<Circumstance, Answer> a = new EnumMap<>(Circumstance.class);
        for (Circumstance q : Circumstance.values()) {
            a.put(q, new Answer(answers.get(q), details.get(q).text()));
        }
        return new ContactValues(type, date.text(), time.text(), outcome, enforcement, respondBy.text(), a, notes.text(),
                next.text(), sensitive, alert);
    }

    public Boolean answer(Circumstance q) {
        return answers.get(q);
    }

    public LineEdit detail(Circumstance q) {
        return details.get(q);
    }

    public Edits withType(String t) {
        return new Edits(t, date, time, outcome, enforcement, respondBy, answers, details, notes, next, sensitive, alert);
    }

    public Edits withDate(LineEdit d) {
        return new Edits(type, d, time, outcome, enforcement, respondBy, answers, details, notes, next, sensitive, alert);
    }

    public Edits withTime(LineEdit t) {
        return new Edits(type, date, t, outcome, enforcement, respondBy, answers, details, notes, next, sensitive, alert);
    }

    public Edits withOutcome(String o) {
        return new Edits(type, date, time, o, enforcement, respondBy, answers, details, notes, next, sensitive, alert);
    }

    public Edits withEnforcement(String e) {
        return new Edits(type, date, time, outcome, e, respondBy, answers, details, notes, next, sensitive, alert);
    }

    public Edits withRespondBy(LineEdit r) {
        return new Edits(type, date, time, outcome, enforcement, r, answers, details, notes, next, sensitive, alert);
    }

    public Edits withAnswer(Circumstance q, Boolean changed) {
        Map<Circumstance, Boolean> a = new EnumMap<>(Circumstance.class);
        a.putAll(answers);
        if (changed == null) {
            a.remove(q);
        } else {
            a.put(q, changed);
        }
        return new Edits(type, date, time, outcome, enforcement, respondBy, a, details, notes, next, sensitive, alert);
    }

    public Edits withDetail(Circumstance q, LineEdit d) {
        Map<Circumstance, LineEdit> m = new EnumMap<>(Circumstance.class);
        m.putAll(details);
        m.put(q, d);
        return new Edits(type, date, time, outcome, enforcement, respondBy, answers, m, notes, next, sensitive, alert);
    }

    public Edits withNotes(TextArea n) {
        return new Edits(type, date, time, outcome, enforcement, respondBy, answers, details, n, next, sensitive, alert);
    }

    public Edits withNext(LineEdit n) {
        return new Edits(type, date, time, outcome, enforcement, respondBy, answers, details, notes, n, sensitive, alert);
    }

    public Edits withSensitive(boolean s) {
        return new Edits(type, date, time, outcome, enforcement, respondBy, answers, details, notes, next, s, alert);
    }

    public Edits withAlert(boolean a) {
        return new Edits(type, date, time, outcome, enforcement, respondBy, answers, details, notes, next, sensitive, a);
    }

    /** The single-line text field under the focus, or null. */
    public LineEdit lineAt(Focus f) {
        switch (f.field()) {
            case DATE: return date;
            case TIME: return time;
            case RESPOND_BY: return respondBy;
            case NEXT: return next;
            case DETAIL: return details.get(f.question());
            default: return null;
        }
    }

    /** This with the single-line text field under the focus replaced. */
    public Edits withLineAt(Focus f, LineEdit e) {
        switch (f.field()) {
            case DATE: return withDate(e);
            case TIME: return withTime(e);
            case RESPOND_BY: return withRespondBy(e);
            case NEXT: return withNext(e);
            case DETAIL: return withDetail(f.question(), e);
            default: return this;
        }
    }
}
