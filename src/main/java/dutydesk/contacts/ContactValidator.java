package dutydesk.contacts;

import dutydesk.cases.ContactEntry;
import dutydesk.cases.DateInput;
import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import dutydesk.compliance.Codes;
import dutydesk.compliance.ContactType;
import dutydesk.compliance.EnforcementAction;
import dutydesk.compliance.Outcome;
import dutydesk.compliance.OutcomeRules;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a filled-in form against the rules and the case: every problem names its field and says
 * what is wrong in words, short enough to share the status line with the count of the others.
 * Pure; the result is either the problems or a {@link NewContact}.
 */
public final class ContactValidator {

    /** Longest notes accepted (characters). */
    public static final int MAX_NOTES = 4000;
    /** Longest change-of-circumstance detail (characters). */
    public static final int MAX_DETAIL = 200;
    /** Latest a next reporting date may be, in days after the contact. */
    public static final int MAX_NEXT_DAYS = 365;
    /** A contact time may be this far ahead of the clock (a slow wall clock, a rounded time). */
    static final int CLOCK_SLACK_MINUTES = 10;

    /** Either problems (non-empty) or the contact to save. */
    public record Result(List<Problem> problems, NewContact contact) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ContactValidator() {
    }

    public static Result validate(ContactValues v, FormContext ctx, LocalDateTime now) {
        Codes codes = ctx.codes();
        List<Problem> problems = new ArrayList<>();
        LocalDate today = now.toLocalDate();

        Optional<ContactType> type = codes.type(v.type()).filter(ContactType::appointment);
        if (type.isEmpty()) {
            problems.add(new Problem(Focus.of(Field.TYPE), "Type: choose the kind of contact (Enter lists them)"));
        }

        LocalDate date = DateInput.parseDate(v.date(), today);
        if (date == null) {
            problems.add(new Problem(Focus.of(Field.DATE), v.date().isBlank() ? "Date: type the date of the contact"
                    : "Date: \"" + v.date() + "\" is not a date; type it as dd/mm/yyyy"));
        } else if (date.isAfter(today.plusDays(MAX_NEXT_DAYS))) {
            problems.add(new Problem(Focus.of(Field.DATE), "Date: " + DateInput.format(date)
                    + " is more than a year ahead"));
        } else if (ctx.detail().sentenceDate() != null && date.isBefore(ctx.detail().sentenceDate())) {
            problems.add(new Problem(Focus.of(Field.DATE), "Date: " + DateInput.format(date)
                    + " is before the sentence date " + DateInput.format(ctx.detail().sentenceDate())));
        }

        LocalTime time = DateInput.parseTime(v.time());
        if (time == null) {
            problems.add(new Problem(Focus.of(Field.TIME), v.time().isBlank() ? "Time: type the time of the contact"
                    : "Time: \"" + v.time() + "\" is not a time; type it as hh:mm"));
        }

        Optional<Outcome> outcome = codes.outcome(v.outcome());
        if (v.outcome().isEmpty()) {
            problems.add(new Problem(Focus.of(Field.OUTCOME), "Outcome: choose what happened (type a code, or Enter"
                    + " for the list)"));
        } else if (outcome.isEmpty()) {
            problems.add(new Problem(Focus.of(Field.OUTCOME), "Outcome: " + v.outcome() + " is not an outcome code"));
        } else if (type.isPresent() && !codes.outcomesFor(type.get().code()).contains(outcome.get())) {
            problems.add(new Problem(Focus.of(Field.OUTCOME), "Outcome: " + v.outcome() + " cannot be recorded for a "
                    + type.get().code() + " contact"));
        } else if (date != null && time != null && !outcome.get().allowedInFuture()
                && LocalDateTime.of(date, time).isAfter(now.plusMinutes(CLOCK_SLACK_MINUTES))) {
            problems.add(new Problem(Focus.of(Field.OUTCOME), "Outcome: " + v.outcome() + " for "
                    + DateInput.format(date) + " " + DateInput.format(time) + ", which has not happened yet"));
        }

        EnforcementAction action = null;
        LocalDate respondBy = null;
        boolean needsAction = outcome.isPresent() && OutcomeRules.needsEnforcement(codes, outcome.get());
        if (needsAction) {
            Optional<EnforcementAction> a = codes.action(v.enforcement());
            if (v.enforcement().isEmpty()) {
                problems.add(new Problem(Focus.of(Field.ENFORCEMENT), "Enforcement: " + outcome.get().code()
                        + " needs an enforcement action (Enter lists them)"));
            } else if (a.isEmpty() || !codes.actionsFor(outcome.get().code()).contains(a.get())) {
                problems.add(new Problem(Focus.of(Field.ENFORCEMENT), "Enforcement: " + v.enforcement()
                        + " is not offered for " + outcome.get().code()));
            } else {
                action = a.get();
                if (OutcomeRules.hasResponseDate(action)) {
                    respondBy = DateInput.parseDate(v.respondBy(), date == null ? today : date);
                    if (respondBy == null) {
                        problems.add(new Problem(Focus.of(Field.RESPOND_BY), v.respondBy().isBlank()
                                ? "Respond by: type the date the response is due"
                                : "Respond by: \"" + v.respondBy() + "\" is not a date; type it as dd/mm/yyyy"));
                    } else if (date != null && !respondBy.isAfter(date)) {
                        problems.add(new Problem(Focus.of(Field.RESPOND_BY), "Respond by: "
                                + DateInput.format(respondBy) + " must be after the contact date"));
                    }
                }
            }
        }

        Map<Circumstance, Answer> answers = new EnumMap<>(Circumstance.class);
        if (outcome.isPresent() && OutcomeRules.asksCircumstances(outcome.get())) {
            for (Circumstance q : Circumstance.values()) {
                Answer a = v.answer(q);
                if (!a.answered()) {
                    problems.add(new Problem(Focus.answer(q), "Changes: answer \"" + q.label() + "\" with y or n"));
                } else if (a.yes() && a.detail().isBlank()) {
                    problems.add(new Problem(Focus.detail(q), q.label() + ": say briefly what changed"));
                } else if (a.detail().length() > MAX_DETAIL) {
                    problems.add(new Problem(Focus.detail(q), q.label() + ": over " + MAX_DETAIL
                            + " characters; use the notes"));
                }
                answers.put(q, a.yes() ? new Answer(true, a.detail().strip()) : new Answer(false, ""));
            }
        }

        String notes = v.notes().strip();
        if (notes.isEmpty()) {
            problems.add(new Problem(Focus.of(Field.NOTES), "Notes: write what happened (a line is enough)"));
        } else if (notes.length() > MAX_NOTES) {
            problems.add(new Problem(Focus.of(Field.NOTES), "Notes: " + notes.length() + " characters is more than the "
                    + MAX_NOTES + " allowed"));
        }

        LocalDate next = DateInput.parseDate(v.next(), date == null ? today : date);
        if (next == null) {
            problems.add(new Problem(Focus.of(Field.NEXT), v.next().isBlank()
                    ? "Next report: type the next reporting date"
                    : "Next report: \"" + v.next() + "\" is not a date; type it as dd/mm/yyyy"));
        } else if (date != null && !next.isAfter(date)) {
            problems.add(new Problem(Focus.of(Field.NEXT), "Next report: " + DateInput.format(next)
                    + " must be after the contact date"));
        } else if (date != null && next.isAfter(date.plusDays(MAX_NEXT_DAYS))) {
            problems.add(new Problem(Focus.of(Field.NEXT), "Next report: " + DateInput.format(next)
                    + " is more than a year after the contact"));
        } else if (!ctx.days().isWorkingDay(next)) {
            problems.add(new Problem(Focus.of(Field.NEXT), "Next report: " + DateInput.format(next) + " is "
                    + ctx.days().whyNot(next) + "; choose a working day"));
        }

        if (!problems.isEmpty()) {
            return new Result(problems, null);
        }
        boolean toSpo = OutcomeRules.routesToSpo(action, ctx.detail().unallocated());
        String location = type.get().locationRequired() ? ctx.office() : null;
        int version = ctx.correction() ? ctx.correcting().version() : 0;
        return new Result(List.of(), new NewContact(ctx.detail().id(), ctx.contactId(), version, type.get().code(),
                date, time, outcome.get().code(), action == null ? null : action.code(), respondBy, answers, notes,
                next, v.sensitive(), v.alert(), toSpo, location, null));
    }

    /**
     * Whether a validated correction would store the contact just as it is: the same values,
     * however they were typed (a time as 1000 or 10:00), and the same answers.
     */
    static boolean unchanged(NewContact c, ContactEntry e, Map<Circumstance, Answer> answers) {
        Map<Circumstance, Answer> before = new EnumMap<>(Circumstance.class);
        for (Map.Entry<Circumstance, Answer> a : answers.entrySet()) {
            Answer x = a.getValue();
            before.put(a.getKey(), x.yes() ? new Answer(true, x.detail().strip()) : new Answer(false, ""));
        }
        return c.type().equals(e.typeCode()) && c.date().equals(e.date())
                && DateInput.format(c.time()).equals(e.time() == null ? "" : e.time())
                && Objects.equals(c.outcome(), e.outcomeCode()) && Objects.equals(c.enforcement(), e.enforcementCode())
                && Objects.equals(c.respondBy(), e.respondBy())
                && c.notes().equals(e.notes() == null ? "" : e.notes().strip())
                && Objects.equals(c.next(), e.nextReport()) && c.sensitive() == e.sensitive() && c.alert() == e.alert()
                && c.answers().equals(before);
    }
}
