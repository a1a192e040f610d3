package dutydesk.app;

import dutydesk.cases.CaseLinks;
import dutydesk.contacts.ContactFormPage;
import dutydesk.contacts.ContactRepository;
import dutydesk.dachecks.CheckRepository;
import dutydesk.dachecks.ChecksPage;
import dutydesk.tui.Page;

/** Connects the case pages to the contact form and the DA checks panel. */
record Links(ContactRepository contacts, CheckRepository checks) implements CaseLinks {

    @Override
    public Page logContact(long caseId, String crn) {
        return ContactFormPage.create(contacts, caseId, crn);
    }

    @Override
    public Page correctContact(long caseId, long contactId, String crn) {
        return ContactFormPage.correct(contacts, caseId, contactId, crn);
    }

    @Override
    public Page checks(long caseId, String crn) {
        return ChecksPage.open(checks, caseId, crn);
    }
}
