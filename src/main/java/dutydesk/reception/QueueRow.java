package dutydesk.reception;

import java.time.Instant;

/**
 * Someone in the duty queue: waiting, or with an officer.
 *
 * @param expected  whether they were due to report (false: a walk-in)
 * @param takenBy   the officer's login while with an officer, else null
 * @param takenName the officer's name (or login)
 */
public record QueueRow(long visitId, long caseId, String crn, String surname, String forename, Instant arrivedAt,
                       boolean expected, VisitState state, String takenBy, String takenName, Instant takenAt,
                       String rosh, boolean da, boolean cp, int mappaLevel, int missedChecks) {
}
