package dutydesk.app;

import dutydesk.cases.CaseLinks;
import dutydesk.contacts.ContactFormPage;
import dutydesk.contacts.ContactRepository;
import dutydesk.dachecks.CheckRepository;
import dutydesk.dachecks.ChecksPage;
import dutydesk.dachecks.WorklistPage;
import dutydesk.dachecks.WorklistRepository;
import dutydesk.tui.Page;

/** Connects the case pages to the contact form, the DA checks panel and the missed-checks worklist. */
record Links(ContactRepository contacts, CheckRepository checks, WorklistRepository worklist) implements CaseLinks {

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

    @Override
    public Page missedChecks() {
        return WorklistPage.create(worklist, this::checks);
    }
}
