package dutydesk.reception;

import java.time.Instant;

/** What a reception or queue action did, in words the page can show. */
public sealed interface Outcome {

    /** It was done. {@code visitId}: the visit concerned. */
    record Done(long visitId, String message) implements Outcome {
    }

    /**
     * Someone else got there first or the visit has moved on: nothing was changed.
     *
     * @param by    the login of whoever has the person, or null
     * @param since when they took them, or null
     */
    record Refused(long visitId, String message, String by, Instant since) implements Outcome {
    }
}
