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

    /** The flags in words, for the form: "attended, complied", "absent, failure to comply". */
    public String flagsText() {
        StringBuilder b = new StringBuilder();
        if (attended != null) {
            b.append(attended ? "attended" : "absent");
        }
        String comply;
        if (countsAsFtc) {
            comply = "failure to comply";
        } else if (compliantAcceptable == null) {
            comply = Boolean.FALSE.equals(attended) ? "decision pending" : "";
        } else if (compliantAcceptable) {
            comply = Boolean.TRUE.equals(attended) ? "complied" : "acceptable";
        } else {
            comply = enforceable ? "not complied, enforceable" : "not complied";
        }
        if (!comply.isEmpty()) {
            b.append(b.length() > 0 ? ", " : "").append(comply);
        }
        return b.toString();
    }
}
