package dutydesk.cases;

import dutydesk.tui.Page;

/**
 * Pages the case pages open that belong to other features (the contact form, the checks panel), supplied by the
 * application so that this package does not depend on them.
 */
public interface CaseLinks {

    /** The form for logging a new contact on the case. */
    Page logContact(long caseId, String crn);

    /** The form for correcting one of the case's contacts. */
    Page correctContact(long caseId, long contactId, String crn);

    /** The case's DA and safeguarding checks panel. */
    Page checks(long caseId, String crn);

    /** Every case with a missed check, worst first (the SPO's worklist). */
    Page missedChecks();

    /** Who is waiting at the office: the duty queue. */
    Page queue();

    /** Reception's page, for checking someone in. */
    Page reception();

    /** The duty reports: the day's desk work, and missed checks by type and by case. */
    Page reports();
}
