package dutydesk.compliance;

/**
 * A contact outcome with the flags nDelius keeps for it. {@code attended} and
 * {@code compliantAcceptable} are null where they do not apply or a decision is pending.
 */
public record Outcome(String code, String description, Boolean attended, Boolean compliantAcceptable,
                      boolean enforceable, boolean actionRequired, boolean countsAsFtc, boolean allowedInFuture) {

    /** The person was there (or on the phone): the change-of-circumstance questions are asked. */
    public boolean seen() {
        return Boolean.TRUE.equals(attended);
    }

    /** An absence accepted as reasonable (court, medical, work...). */
    public boolean acceptableAbsence() {
        return Boolean.FALSE.equals(attended) && Boolean.TRUE.equals(compliantAcceptable);
    }

    /** The flags in words, for the form ("attended, complied"). */
    public String flagsText() {
        StringBuilder b = new StringBuilder();
        if (attended != null) {
            b.append(attended ? "attended" : "absent");
        }
        if (compliantAcceptable != null) {
            b.append(b.length() > 0 ? ", " : "").append(compliantAcceptable
                    ? (Boolean.TRUE.equals(attended) ? "complied" : "acceptable") : "not complied");
        } else if (Boolean.FALSE.equals(attended)) {
            b.append(", decision pending");
        }
        if (countsAsFtc) {
            b.append(b.length() > 0 ? ", " : "").append("counts as a failure to comply");
        } else if (enforceable) {
            b.append(b.length() > 0 ? ", " : "").append("enforceable");
        }
        return b.toString();
    }
}
