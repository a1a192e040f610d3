package dutydesk.contacts;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import dutydesk.calendar.WorkingDays;
import dutydesk.cases.CaseDetail;
import dutydesk.cases.ContactEntry;
import dutydesk.compliance.Codes;
import java.util.Map;

/**
 * What the contact form needs to know, loaded when it opens: the case (with its history and
 * compliance), the code lists, working days, the enforcement response period, the office, and,
 * for a correction, the contact and its answers; plus this user's draft for the form, if any.
 */
public record FormContext(CaseDetail detail, Codes codes, WorkingDays days, int responseDays, int liveBreachMonths,
                          String office,
                          ContactEntry correcting, Map<Circumstance, Answer> correctingAnswers, Draft draft) {

    public boolean correction() {
        return correcting != null;
    }

    public long contactId() {
        return correcting == null ? 0 : correcting.id();
    }
}
