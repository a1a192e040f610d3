package dutydesk.compliance;

/** An answer to a change-of-circumstance question: {@code changed} is null until answered. */
public record Answer(Boolean changed, String detail) {

    public static final Answer UNANSWERED = new Answer(null, "");

    public Answer {
        detail = detail == null ? "" : detail;
    }

    public boolean answered() {
        return changed != null;
    }

    public boolean yes() {
        return Boolean.TRUE.equals(changed);
    }
}
