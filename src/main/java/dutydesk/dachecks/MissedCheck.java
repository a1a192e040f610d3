package dutydesk.dachecks;

import java.time.LocalDate;

/**
 * One missed check of a case as stored in {@code case_check}: which check, why it counts as
 * missed, the date it was due by (null if none was stored) and the engine's one-line reason.
 */
record MissedCheck(CheckKind kind, Missed missed, LocalDate due, String reason) {

    MissedCheck {
        reason = reason == null ? "" : reason;
    }
}
