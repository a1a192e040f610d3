package dutydesk.app;

import dutydesk.cases.CaseQuery;
import dutydesk.cases.CaseRepository;
import dutydesk.contacts.ContactRepository;
import dutydesk.dachecks.CheckRepository;
import dutydesk.dachecks.WorklistRepository;
import dutydesk.db.Database;
import dutydesk.reception.VisitRepository;
import dutydesk.users.Access;
import dutydesk.users.Role;
import dutydesk.users.User;
import dutydesk.users.UserRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * What pages need from the outside world, passed in rather than reached for: the database's
 * repositories, the clock, and who is using the desk (the OS user) with what they may do. Built
 * on the command thread (it touches the database).
 *
 * @param access        the user's role (narrowed by {@code --role}), or read-only for an unknown login
 * @param firstRun      the database has no users yet: the first to start the desk sets themselves up
 * @param draftsWaiting whether the user left unsaved contacts last time (checked by {@link #warm})
 */
public record AppContext(Database db, Clock clock, String user, CaseRepository cases, ContactRepository contacts,
                         CheckRepository checks, WorklistRepository worklist, UserRepository users,
                         VisitRepository visits, Access access, boolean firstRun, boolean draftsWaiting) {

    /** The context of {@code user} in their own role. */
    public static AppContext of(Database db, Clock clock, String user) {
        return of(db, clock, user, null);
    }

    /**
     * The context of {@code user}, in {@code role} if given (it may only narrow the user's own).
     *
     * @throws IllegalArgumentException if {@code role} is wider than the user's
     */
    public static AppContext of(Database db, Clock clock, String user, Role role) {
        CaseRepository cases = new CaseRepository(db, clock);
        UserRepository users = new UserRepository(db, clock);
        Optional<User> u = users.find(user);
        Access access;
        boolean firstRun = false;
        if (u.isPresent()) {
            access = Access.of(u.get(), role);
        } else {
            access = Access.readOnly(user);
            firstRun = users.activeCount() == 0;
        }
        ContactRepository contacts = new ContactRepository(db, clock, user, cases, VisitRepository::contactSaved);
        return new AppContext(db, clock, user, cases, contacts, new CheckRepository(db, clock, user,
                        access.canRecord() ? null : access.refusal("record checks")),
                new WorklistRepository(db, clock), users, new VisitRepository(db, clock, user), access, firstRun, false);
    }

    /** The same context for a user who has just been set up. */
    public AppContext withAccess(Access a) {
        return new AppContext(db, clock, user, cases, contacts, checks, worklist, users, visits, a, false,
                draftsWaiting);
    }

    /**
     * Runs the first screen's queries once, while the terminal is still starting, so that SQLite
     * has compiled them, read their pages and counted the list before the first frame asks; and
     * looks for drafts to offer back.
     */
    public AppContext warm() {
        if (access.canReadCases()) {
            cases.officeName();
            cases.load(CaseQuery.DEFAULT, null, 0, 20, 60);
        } else {
            visits.expected(visits.today());
        }
        return new AppContext(db, clock, user, cases, contacts, checks, worklist, users, visits, access, firstRun,
                access.canRecord() && contacts.hasDrafts());
    }
}
