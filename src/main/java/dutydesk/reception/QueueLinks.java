package dutydesk.reception;

import dutydesk.tui.Page;
import java.time.LocalDate;
import java.util.List;

/** Pages the queue and reception open that belong to other features, supplied by the application. */
public interface QueueLinks {

    /** Seeing someone just taken: their case, with a new contact form on top (a walk-in starts as COUP). */
    List<Page> see(long caseId, String crn, boolean walkIn);

    /** The person's case, to read. */
    Page viewCase(long caseId, String crn);

    /** Reception's page, for checking someone in. */
    Page reception();

    /** End of day: who was due today and never arrived. */
    Page noShows();

    /** A contact form that starts as a failure to attend ({@code AFTA}) on {@code day}. */
    Page failedToAttend(long caseId, String crn, LocalDate day);
}
