package dutydesk.app;

import dutydesk.cases.CaseLinks;
import dutydesk.cases.CasePage;
import dutydesk.contacts.ContactFormPage;
import dutydesk.contacts.Preset;
import dutydesk.dachecks.ChecksPage;
import dutydesk.dachecks.WorklistPage;
import dutydesk.reception.NoShowsPage;
import dutydesk.reception.QueueLinks;
import dutydesk.reception.QueuePage;
import dutydesk.reception.ReceptionPage;
import dutydesk.reports.ReportRepository;
import dutydesk.reports.ReportsPage;
import dutydesk.tui.Page;
import dutydesk.tui.Refusal;
import dutydesk.users.Access;
import java.time.LocalDate;
import java.util.List;

/**
 * Connects the features' pages to each other (the case pages to the contact form, the checks
 * panel, the worklist and the queue; the queue to the case and the form), and keeps each user to
 * what their role allows: where they may not go, the page is a {@link Refusal} that says why.
 */
record Links(AppContext ctx) implements CaseLinks, QueueLinks {

    private Access access() {
        return ctx.access();
    }

    @Override
    public Page logContact(long caseId, String crn) {
        return access().canRecord() ? ContactFormPage.create(ctx.contacts(), caseId, crn)
                : new Refusal(access().refusal("log contacts"));
    }

    @Override
    public Page correctContact(long caseId, long contactId, String crn) {
        return access().canRecord() ? ContactFormPage.correct(ctx.contacts(), caseId, contactId, crn)
                : new Refusal(access().refusal("correct contacts"));
    }

    @Override
    public Page checks(long caseId, String crn) {
        return access().canReadCases() ? ChecksPage.open(ctx.checks(), caseId, crn)
                : new Refusal(access().refusal("read cases"));
    }

    @Override
    public Page missedChecks() {
        return access().canReadCases() ? WorklistPage.create(ctx.worklist(), this::checks)
                : new Refusal(access().refusal("read cases"));
    }

    @Override
    public Page queue() {
        return access().canReadCases() ? QueuePage.create(ctx.visits(), this, access())
                : new Refusal(access().refusal("see the duty queue"));
    }

    @Override
    public Page reception() {
        return access().canCheckIn() ? ReceptionPage.create(ctx.visits(), access(), false)
                : new Refusal(access().refusal("check people in"));
    }

    @Override
    public Page reports() {
        return access().canReadCases() ? ReportsPage.create(new ReportRepository(ctx.db(), ctx.clock()),
                LocalDate.now(ctx.clock())) : new Refusal(access().refusal("see the reports"));
    }

    @Override
    public List<Page> see(long caseId, String crn, boolean walkIn) {
        Page form = ContactFormPage.create(ctx.contacts(), caseId, crn,
                walkIn ? new Preset("COUP", null, null) : Preset.NONE);
        return List.of(viewCase(caseId, crn), form);
    }

    @Override
    public Page viewCase(long caseId, String crn) {
        return access().canReadCases() ? CasePage.open(ctx.cases(), this, caseId, crn)
                : new Refusal(access().refusal("read cases"));
    }

    @Override
    public Page noShows() {
        return NoShowsPage.create(ctx.visits(), this);
    }

    @Override
    public Page failedToAttend(long caseId, String crn, LocalDate day) {
        return access().canRecord() ? ContactFormPage.create(ctx.contacts(), caseId, crn, new Preset("COAP", "AFTA", day))
                : new Refusal(access().refusal("log contacts"));
    }
}
