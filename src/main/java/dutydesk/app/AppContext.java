package dutydesk.app;

import dutydesk.cases.CaseQuery;
import dutydesk.cases.CaseRepository;
import dutydesk.db.Database;
import java.time.Clock;

/**
 * What pages need from the outside world, passed in rather than reached for: the database's
 * repositories and the clock. Built on the command thread (it touches the database).
 */
public record AppContext(Database db, Clock clock, CaseRepository cases) {

    public static AppContext of(Database db, Clock clock) {
        return new AppContext(db, clock, new CaseRepository(db, clock));
    }

    /**
     * Runs the first screen's queries once, while the terminal is still starting, so that SQLite
     * has compiled them, read their pages and counted the list before the first frame asks.
     */
    public AppContext warm() {
        cases.officeName();
        cases.load(CaseQuery.DEFAULT, null, 0, 20, 60);
        return this;
    }
}
