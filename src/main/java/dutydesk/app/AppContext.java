package dutydesk.app;

import dutydesk.cases.CaseQuery;
import dutydesk.cases.CaseRepository;
import dutydesk.contacts.ContactRepository;
import dutydesk.dachecks.CheckRepository;
import dutydesk.dachecks.WorklistRepository;
import dutydesk.db.Database;
import java.time.Clock;

/**
 * What pages need from the outside world, passed in rather than reached for: the database's
 * repositories, the clock, and who is using the desk (the OS user). Built on the command thread
 * (it touches the database).
 *
 * @param draftsWaiting whether the user left unsaved contacts last time (checked by {@link #warm})
 */
public record AppContext(Database db, Clock clock, String user, CaseRepository cases, ContactRepository contacts,
                         CheckRepository checks, WorklistRepository worklist, boolean draftsWaiting) {

    public static AppContext of(Database db, Clock clock, String user) {
        CaseRepository cases = new CaseRepository(db, clock);
        return new AppContext(db, clock, user, cases, new ContactRepository(db, clock, user, cases),
                new CheckRepository(db, clock, user), new WorklistRepository(db, clock), false);
    }

    /**
     * Runs the first screen's queries once, while the terminal is still starting, so that SQLite
     * has compiled them, read their pages and counted the list before the first frame asks; and
     * looks for drafts to offer back.
     */
    public AppContext warm() {
        cases.officeName();
        cases.load(CaseQuery.DEFAULT, null, 0, 20, 60);
        return new AppContext(db, clock, user, cases, contacts, checks, worklist, contacts.hasDrafts());
    }
}
