package dutydesk.bench;

import dutydesk.db.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a {@link QueueLoad} run: what every session reported against what the database holds.
 * <ul>
 * <li>no session failed a transaction, and every session finished;</li>
 * <li>every reported check-in is a visit of that case by that user, reported once, and every
 *     visit the sessions' users checked in was reported (nothing lost, nothing extra);</li>
 * <li>the {@code visit_event} rows by those users are exactly the reported actions;</li>
 * <li>each visit's history is possible: it starts with its check-in, nobody takes a person who is
 *     not waiting (so no one is with two officers), and it ends in the visit's stored state and
 *     officer;</li>
 * <li>every reported "seen" is the visit's contact, logged by that user for that case;</li>
 * <li>no case has two open visits.</li>
 * </ul>
 * Also totals the sessions' counts and write times.
 */
public final class QueueLoadCheck {

    /** What the check found: {@code problems} is empty when the run is consistent. */
    public record Result(List<String> problems, String report) {
    }

    private record Event(long visit, String action, String user) {
    }

    private final List<String> problems = new ArrayList<>();

    private QueueLoadCheck() {
    }

    public static void main(String[] args) {
        if (args.length < 3 || !args[0].equals("--db")) {
            System.err.println("usage: QueueLoadCheck --db PATH WORKER_LOG...");
            System.exit(2);
        }
        List<Path> logs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            logs.add(Path.of(args[i]));
        }
        Result r = check(Path.of(args[1]), logs);
        PrintStream out = System.out;
        out.print(r.report());
        int shown = 0;
        for (String p : r.problems()) {
            if (shown++ == 50) {
                out.println("  ... and " + (r.problems().size() - 50) + " more");
                break;
            }
            out.println("  " + p);
        }
        System.exit(r.problems().isEmpty() ? 0 : 1);
    }

    /** Reads the sessions' logs and the database, and compares them. */
    public static Result check(Path dbFile, List<Path> logs) {
        return new QueueLoadCheck().run(dbFile, logs);
    }

    private Result run(Path dbFile, List<Path> logs) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String k : List.of("rounds", "ops", "checkin", "take", "release", "seen", "refused", "failures", "busy")) {
            totals.put(k, 0L);
        }
        Latencies writes = new Latencies();
        Latencies waits = new Latencies();
        Latencies holds = new Latencies();
        long elapsedMs = 0;
        Set<String> users = new TreeSet<>();
        Map<Long, Long> checkInCase = new HashMap<>();
        Map<Long, String> checkInUser = new HashMap<>();
        Map<Long, Long> seenContact = new HashMap<>();
        Map<Event, Integer> reported = new HashMap<>();

        for (Path log : logs) {
            List<String> lines;
            try {
                lines = Files.readAllLines(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String user = null;
            boolean finished = false;
            for (String line : lines) {
                String kind = line.split(" ", 2)[0];
                Map<String, String> f = fields(line);
                if (kind.equals("READY")) {
                    user = f.get("user");
                    users.add(user);
                    continue;
                }
                if (kind.equals("SUMMARY")) {
                    finished = true;
                    for (String k : totals.keySet()) {
                        totals.merge(k, Long.parseLong(f.get(k)), Long::sum);
                    }
                    elapsedMs = Math.max(elapsedMs, Long.parseLong(f.get("elapsed_ms")));
                    continue;
                }
                if (user == null) {
                    problems.add(log + ": a line before READY: " + line);
                    continue;
                }
                if (f.containsKey("ms")) {
                    double ms = Double.parseDouble(f.get("ms"));
                    double wait = Double.parseDouble(f.getOrDefault("wait", "0"));
                    writes.add(ms);
                    waits.add(wait);
                    holds.add(ms - wait);
                }
                switch (kind) {
                    case "CHECKIN": {
                        long visit = Long.parseLong(f.get("visit"));
                        if (checkInCase.put(visit, Long.parseLong(f.get("case"))) != null) {
                            problems.add("visit " + visit + " reported checked in twice");
                        }
                        checkInUser.put(visit, user);
                        reported.merge(new Event(visit, "CHECK_IN", user), 1, Integer::sum);
                        break;
                    }
                    case "TAKE":
                    case "RELEASE":
                        reported.merge(new Event(Long.parseLong(f.get("visit")), kind, user), 1, Integer::sum);
                        break;
                    case "SEEN": {
                        long visit = Long.parseLong(f.get("visit"));
                        seenContact.put(visit, Long.parseLong(f.get("contact")));
                        reported.merge(new Event(visit, "SEEN", user), 1, Integer::sum);
                        break;
                    }
                    case "FAIL":
                        problems.add(user + " failed: " + line);
                        break;
                    case "REFUSED":
                        break;
                    default:
                        problems.add(log + ": unexpected line: " + line);
                }
            }
            if (user == null) {
                problems.add(log + ": the session never became ready");
            } else if (!finished) {
                problems.add(user + " did not finish (no SUMMARY line)");
            }
        }
        if (totals.get("failures") > 0) {
            problems.add(totals.get("failures") + " failed transactions (" + totals.get("busy") + " busy)");
        }

        int[] stored = new int[3];
        try (Database db = Database.open(dbFile, Database.Mode.MUST_EXIST)) {
            db.read(h -> {
                // Every visit the sessions' users checked in, and every one they acted on.
                Map<Long, Map<String, Object>> visits = new TreeMap<>();
                for (Map<String, Object> v : h.createQuery("SELECT * FROM visit WHERE checked_in_by IN (<users>)"
                        + " OR id IN (SELECT visit_id FROM visit_event WHERE by_user IN (<users>))")
                        .bindList("users", users.isEmpty() ? List.of("") : new ArrayList<>(users)).mapToMap().list()) {
                    visits.put(number(v.get("id")), v);
                }
                stored[0] = visits.size();
                for (Map.Entry<Long, Long> c : checkInCase.entrySet()) {
                    Map<String, Object> v = visits.get(c.getKey());
                    if (v == null) {
                        problems.add("visit " + c.getKey() + " reported checked in is not in the database (lost)");
                    } else if (number(v.get("case_id")) != c.getValue()
                            || !checkInUser.get(c.getKey()).equals(v.get("checked_in_by"))) {
                        problems.add("visit " + c.getKey() + " is case " + v.get("case_id") + " by "
                                + v.get("checked_in_by") + ", reported as case " + c.getValue() + " by "
                                + checkInUser.get(c.getKey()));
                    }
                }
                for (Map.Entry<Long, Map<String, Object>> v : visits.entrySet()) {
                    if (users.contains(v.getValue().get("checked_in_by")) && !checkInCase.containsKey(v.getKey())) {
                        problems.add("visit " + v.getKey() + " checked in by " + v.getValue().get("checked_in_by")
                                + " was never reported (extra)");
                    }
                }

                Map<Long, List<Event>> history = new TreeMap<>();
                Map<Event, Integer> inDb = new HashMap<>();
                for (Event e : h.createQuery("SELECT visit_id, action, by_user FROM visit_event"
                                + " WHERE visit_id IN (<visits>) ORDER BY id")
                        .bindList("visits", visits.isEmpty() ? List.of(-1L) : new ArrayList<>(visits.keySet()))
                        .map((rs, ctx) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3))).list()) {
                    history.computeIfAbsent(e.visit(), k -> new ArrayList<>()).add(e);
                    if (users.contains(e.user())) {
                        inDb.merge(e, 1, Integer::sum);
                    }
                }
                stored[1] = inDb.values().stream().mapToInt(Integer::intValue).sum();
                compare(reported, inDb);
                for (Map.Entry<Long, Map<String, Object>> v : visits.entrySet()) {
                    replay(v.getKey(), history.getOrDefault(v.getKey(), List.of()), v.getValue());
                }

                for (Map.Entry<Long, Long> s : seenContact.entrySet()) {
                    Map<String, Object> v = visits.get(s.getKey());
                    Object contact = v == null ? null : v.get("contact_id");
                    if (contact == null || number(contact) != s.getValue()) {
                        problems.add("visit " + s.getKey() + " reported seen with contact " + s.getValue()
                                + " has contact " + contact);
                        continue;
                    }
                    Map<String, Object> k = h.createQuery("SELECT case_id, created_by, type_code FROM contact"
                            + " WHERE id = :id").bind("id", s.getValue()).mapToMap().findOne().orElse(null);
                    if (k == null || number(k.get("case_id")) != number(v.get("case_id"))
                            || !k.get("created_by").equals(v.get("taken_by"))) {
                        problems.add("contact " + s.getValue() + " of visit " + s.getKey() + " is " + k);
                    }
                }

                stored[2] = h.createQuery("SELECT count(*) FROM (SELECT case_id FROM visit"
                        + " WHERE state IN ('WAITING', 'WITH_OFFICER') GROUP BY case_id HAVING count(*) > 1)")
                        .mapTo(Integer.class).one();
                if (stored[2] > 0) {
                    problems.add(stored[2] + " cases have more than one open visit");
                }
                return null;
            });
        }

        double seconds = elapsedMs / 1000.0;
        long actions = totals.get("checkin") + totals.get("take") + totals.get("release") + totals.get("seen");
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "sessions %d, rounds %d, write transactions %d in %.1f s: %.0f per second"
                        + " (%.0f successful actions per second)%n", users.size(), totals.get("rounds"),
                totals.get("ops"), seconds, seconds == 0 ? 0 : totals.get("ops") / seconds,
                seconds == 0 ? 0 : actions / seconds));
        r.append(String.format(Locale.ROOT, "  check-ins %d, takes %d, releases %d, seen %d, refused %d (already"
                        + " checked in, or another session took them first), failed %d, of which SQLITE_BUSY %d%n",
                totals.get("checkin"), totals.get("take"), totals.get("release"), totals.get("seen"),
                totals.get("refused"), totals.get("failures"), totals.get("busy")));
        r.append("write transaction ms, begin to commit: ").append(percentiles(writes))
                .append(" (n=").append(writes.count()).append(")\n");
        r.append("  waiting for the write lock: ").append(percentiles(waits)).append('\n');
        r.append("  holding it (the work and the commit): ").append(percentiles(holds)).append('\n');
        r.append(String.format(Locale.ROOT, "database: %d visits of the sessions, %d visit events by them"
                + " (%d reported); cases with two open visits: %d%n", stored[0], stored[1],
                reported.values().stream().mapToInt(Integer::intValue).sum(), stored[2]));
        r.append("problems: ").append(problems.isEmpty() ? "none" : String.valueOf(problems.size())).append('\n');
        return new Result(List.copyOf(problems), r.toString());
    }

    private static String percentiles(Latencies l) {
        return "p50 " + Latencies.format(l.percentile(50)) + ", p95 " + Latencies.format(l.percentile(95)) + ", p99 "
                + Latencies.format(l.percentile(99)) + ", max " + Latencies.format(l.percentile(100));
    }

    private void compare(Map<Event, Integer> reported, Map<Event, Integer> inDb) {
        for (Map.Entry<Event, Integer> e : reported.entrySet()) {
            int n = inDb.getOrDefault(e.getKey(), 0);
            if (n != e.getValue()) {
                problems.add(describe(e.getKey()) + " reported " + e.getValue() + " times, in the database " + n);
            }
        }
        for (Map.Entry<Event, Integer> e : inDb.entrySet()) {
            if (!reported.containsKey(e.getKey())) {
                problems.add(describe(e.getKey()) + " is in the database " + e.getValue() + " times, never reported");
            }
        }
    }

    private static String describe(Event e) {
        return e.action() + " of visit " + e.visit() + " by " + e.user();
    }

    /** Plays a visit's events from the start and compares the outcome with the stored visit. */
    private void replay(long visit, List<Event> events, Map<String, Object> row) {
        String state = null;
        String officer = null;
        for (Event e : events) {
            String before = state == null ? "before its check-in" : "while " + state
                    + (officer == null ? "" : " with " + officer);
            boolean ok;
            switch (e.action()) {
                case "CHECK_IN":
                    ok = state == null;
                    state = "WAITING";
                    break;
                case "TAKE":
                    ok = "WAITING".equals(state);
                    state = "WITH_OFFICER";
                    officer = e.user();
                    break;
                case "RELEASE":
                    ok = "WITH_OFFICER".equals(state);
                    state = "WAITING";
                    officer = null;
                    break;
                case "SEEN":
                    ok = "WAITING".equals(state) || "WITH_OFFICER".equals(state) && e.user().equals(officer);
                    state = "SEEN";
                    officer = officer == null ? e.user() : officer;
                    break;
                case "LEFT":
                    ok = "WAITING".equals(state);
                    state = "LEFT";
                    break;
                case "UNDO":
                    ok = "WAITING".equals(state) || "LEFT".equals(state);
                    state = "WAITING".equals(state) ? "CANCELLED" : "WAITING";
                    break;
                default:
                    ok = false;
            }
            if (!ok) {
                problems.add("visit " + visit + ": " + e.action() + " by " + e.user() + " " + before);
            }
        }
        String officerNow = "WITH_OFFICER".equals(state) || "SEEN".equals(state) ? officer : null;
        if (state == null || !state.equals(row.get("state"))
                || officerNow != null && !officerNow.equals(row.get("taken_by"))) {
            problems.add("visit " + visit + " is " + row.get("state") + " with " + row.get("taken_by")
                    + ", its events end " + state + " with " + officerNow);
        }
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    /** The {@code key=value} fields of a line; a {@code message=} field runs to the end. */
    public static Map<String, String> fields(String line) {
        Map<String, String> f = new HashMap<>();
        String[] parts = line.split(" ");
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = parts[i].substring(0, eq);
            if (key.equals("message")) {
                f.put(key, line.substring(line.indexOf(" message=") + 9));
                break;
            }
            f.put(key, parts[i].substring(eq + 1));
        }
        return f;
    }
}
