package dutydesk.contacts;

import dutydesk.compliance.Circumstance;

/** Where the form's focus is: a field, and for the two question fields, which question. */
public record Focus(Field field, Circumstance question) {

    public static Focus of(Field f) {
        return new Focus(f, null);
    }

    public static Focus answer(Circumstance q) {
        return new Focus(Field.ANSWER, q);
    }

    public static Focus detail(Circumstance q) {
        return new Focus(Field.DETAIL, q);
    }
}
