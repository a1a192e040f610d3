package dutydesk.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A case's compliance picture on a date, as the digital service shows it: failures to comply
 * (outcomes that count, {@code UAAB} and {@code AFTC}) in the rolling 12 months, the last warning,
 * a live breach or recall, and acceptable absences (a pattern worth raising, not enforcement).
 *
 * <p>The window is the 12 months ending on the as-of date: a failure counts if it is on or
 * before that date and after the same date a year earlier.
 */
public record Compliance(LocalDate asOf, String caseType, List<LocalDate> failures, int acceptableAbsences,
                         LocalDate lastWarning, LocalDate liveBreach, String liveBreachCode) {

    /** Months the failures, warnings and acceptable absences are counted over. */
    public static final int WINDOW_MONTHS = 12;

    /** How much a line of the picture matters. */
    public enum Level { OK, INFO, WARN, ALERT }

    /** One line of the picture. */
    public record Line(Level level, String text) {
    }

    public Compliance {
        failures = List.copyOf(failures);
    }

    /**
     * Evaluates {@code history} on {@code asOf}. Contacts after {@code asOf} are ignored; a breach
     * or recall action within {@code liveBreachMonths} is live.
     */
    public static Compliance of(List<History> history, LocalDate asOf, String caseType, int liveBreachMonths) {
        LocalDate from = asOf.minusMonths(WINDOW_MONTHS);
        LocalDate breachFrom = asOf.minusMonths(liveBreachMonths);
        List<LocalDate> failures = new ArrayList<>();
        int acceptable = 0;
        LocalDate warning = null;
        LocalDate breach = null;
        String breachCode = null;
        for (History h : history) {
            LocalDate d = h.date();
            if (d == null || d.isAfter(asOf) || !d.isAfter(from) && !d.isAfter(breachFrom)) {
                continue;
            }
            boolean inWindow = d.isAfter(from);
            Outcome o = h.outcome();
            if (inWindow && o != null && o.countsAsFtc()) {
                failures.add(d);
            }
            if (inWindow && o != null && o.acceptableAbsence()) {
                acceptable++;
            }
            EnforcementAction a = h.action();
            if (a == null) {
                continue;
            }
            if (inWindow && a.kind() == EnforcementAction.Kind.WARNING && (warning == null || d.isAfter(warning))) {
                warning = d;
            }
            if (d.isAfter(breachFrom) && a.kind() == EnforcementAction.Kind.BREACH
                    && (breach == null || d.isAfter(breach))) {
                breach = d;
                breachCode = a.code();
            }
        }
        failures.sort(null);
        return new Compliance(asOf, caseType, failures, acceptable, warning, breach, breachCode);
    }

    public int failureCount() {
        return failures.size();
    }

    public LocalDate lastFailure() {
        return failures.isEmpty() ? null : failures.get(failures.size() - 1);
    }

    /** "breach" for an order, "recall" for a licence, "breach/recall" otherwise. */
    public String breachWord() {
        if ("COMMUNITY".equals(caseType)) {
            return "breach";
        }
        return "LICENSE".equals(caseType) ? "recall" : "breach/recall";
    }

    /** The picture in a few lines, most serious first. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        if (liveBreach != null) {
            out.add(new Line(Level.ALERT, "There is a live " + breachWord() + " for this sentence (" + liveBreachCode
                    + " " + date(liveBreach) + ")"));
        }
        int n = failureCount();
        if (n == 0) {
            out.add(new Line(Level.OK, "No failures to comply within 12 months"));
        } else if (n == 1) {
            out.add(new Line(Level.WARN, "1 failure to comply within 12 months (" + date(lastFailure()) + ")"));
        } else {
            // Short enough for one line beside its label at 80 columns, whatever the breach word.
            out.add(new Line(Level.ALERT, n + " FTCs within 12 months (last " + date(lastFailure())
                    + "): consider " + breachWord()));
        }
        if (lastWarning != null && "COMMUNITY".equals(caseType)) {
            out.add(new Line(Level.WARN, "Warned " + date(lastWarning)
                    + ": a further failure must be referred for breach"));
        } else if (lastWarning != null) {
            out.add(new Line(Level.WARN, "Warned " + date(lastWarning)));
        }
        if (acceptableAbsences > 1) {
            out.add(new Line(Level.INFO, acceptableAbsences + " acceptable absences within 12 months: a pattern to discuss"));
        }
        return out;
    }

    /**
     * What to tell the officer before saving {@code outcome} with {@code action} on this date
     * (this picture must be evaluated on the new contact's date, without it): the second or later
     * failure in 12 months ("consider initiating a breach/recall"), and a warning for a failure
     * after a warning on a community order (the law requires a referral). Empty when there is
     * nothing to say, or a breach or recall is already live or being started.
     */
    public Optional<String> promptBeforeSaving(Outcome outcome, EnforcementAction action, String name) {
        if (outcome == null || !outcome.countsAsFtc() || liveBreach != null
                || action != null && action.kind() == EnforcementAction.Kind.BREACH) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        int count = failureCount() + 1;
        if (count >= 2) {
            parts.add("This is " + name + "'s " + ordinal(count) + " count of non-compliance in the past 12 months:"
                    + " you should consider initiating a " + breachWord() + ".");
        }
        if (lastWarning != null && "COMMUNITY".equals(caseType)) {
            parts.add("A warning was given on " + date(lastWarning) + ". A further failure within 12 months must be"
                    + " referred for breach (Sentencing Act 2020, Sch. 10 para 6)"
                    + (action != null && action.kind() == EnforcementAction.Kind.WARNING
                            ? ", not warned again." : "."));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    static String ordinal(int n) {
        switch (n) {
            case 2: return "second";
            case 3: return "third";
            case 4: return "fourth";
            case 5: return "fifth";
            default: return n + "th";
        }
    }

    /** dd/mm/yyyy. */
    static String date(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
