package dutydesk.app;

import dutydesk.cases.CaseLinks;
import dutydesk.contacts.ContactFormPage;
import dutydesk.contacts.ContactRepository;
import dutydesk.tui.Page;

/** Connects the case pages to the contact form. */
record Links(ContactRepository contacts) implements CaseLinks {

    @Override
    public Page logContact(long caseId, String crn) {
        return ContactFormPage.create(contacts, caseId, crn);
    }

    @Override
    public Page correctContact(long caseId, long contactId, String crn) {
        return ContactFormPage.correct(contacts, caseId, contactId, crn);
    }
}
