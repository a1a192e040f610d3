package dutydesk.dachecks;

import dutydesk.calendar.WorkingDays;
import dutydesk.compliance.Circumstance;
import dutydesk.dachecks.CheckFacts.Event;
import dutydesk.dachecks.CheckFacts.Record;
import dutydesk.dachecks.CheckFacts.Reg;
import dutydesk.dachecks.CheckFacts.Trigger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The domestic-abuse and safeguarding checks (see {@code docs/da-checks.md}): from a case's facts
 * and a date, the state of each of the ten {@link CheckKind checks}, whether it is missed, by
 * when the next step is due, one line of evidence, and the first later date on which the result
 * could change with no new facts ({@link Evaluation#validUntil()}).
 *
 * <p>Pure and thread-safe: no I/O, no clock (the as-of date is an argument), no state between
 * calls. Only facts dated on or before the as-of date count; a later one ends the evaluation's
 * validity on its date. Due dates count working days with the {@link WorkingDays} given (weekends
 * and bank holidays), except the IDVA check's calendar days and the monthly re-check and review
 * periods. A deadline is missed only once it has passed: the due day itself is not missed.
 */
public final class CheckEngine {

    // Contact types the rules look at, as small numbers so that a set of them is a bit mask.
    private static final int OTHER = 0;
    private static final int C369 = 1;
    private static final int C515 = 2;
    private static final int C204 = 3;
    private static final int SFGC = 4;
    private static final int SFRR = 5;
    private static final int C203 = 6;
    private static final int CRCO = 7;
    private static final int MO1 = 8;
    private static final int CTPJ = 9;
    private static final int C157 = 10;
    private static final int C078 = 11;
    private static final int C159 = 12;
    private static final int CCCP = 13;
    private static final int C507 = 14;
    private static final int EASS = 15;
    private static final int ERFM = 16;
    private static final int C005 = 17;
    private static final int C150 = 18;
    private static final int C151 = 19;
    private static final int CIEA = 20;
    private static final int CIEB = 21;
    private static final int CSPO = 22;
    private static final int C326 = 23;
    private static final int CVIC = 24;
    private static final int CARR = 25;
    private static final int CGRF = 26;
    private static final int DAD1 = 27;
    private static final int COPT = 28;

    /** Review contacts: case reviewed, management oversight, professional judgement. */
    private static final int REVIEWS = bit(CRCO) | bit(MO1) | bit(CTPJ);
    /** Contacts that act on a "known to children's services" response. */
    private static final int SFG_FOLLOW_UP = bit(C203) | bit(C157) | bit(C078) | bit(C159) | bit(CCCP) | bit(C507)
            | bit(EASS);
    /** MARAC involvement: referral, meeting, DV incident notifications. */
    private static final int MARAC_ANY = bit(ERFM) | bit(C005) | bit(C150) | bit(C151);
    /** Contacts that follow up a MARAC DV incident notification ({@code C150}). */
    private static final int C150_FOLLOW_UP = bit(ERFM) | bit(C005) | bit(CIEA) | bit(CIEB) | bit(C204) | bit(CSPO)
            | bit(CTPJ) | bit(CRCO) | bit(MO1) | bit(C326) | bit(CVIC);
    private static final int EXTERNAL = bit(CIEA) | bit(CIEB);

    // Change-of-circumstance answers that re-open each check, as bit masks over Circumstance.
    private static final int Q_POLICE_DA = q(Circumstance.RELATIONSHIP) | q(Circumstance.ADDRESS)
            | q(Circumstance.POLICE);
    private static final int Q_SAFEGUARDING = q(Circumstance.RELATIONSHIP) | q(Circumstance.ADDRESS)
            | q(Circumstance.CHILDREN);
    private static final int Q_SARA = q(Circumstance.RELATIONSHIP) | q(Circumstance.POLICE);
    private static final int Q_REVIEW = q(Circumstance.RELATIONSHIP) | q(Circumstance.POLICE)
            | q(Circumstance.CHILDREN);
    private static final int Q_DVDS = q(Circumstance.RELATIONSHIP);
    private static final int Q_ANY = Q_POLICE_DA | Q_SAFEGUARDING | Q_SARA | Q_REVIEW | Q_DVDS;

    // Contacts that re-open each check.
    private static final int T_POLICE_DA = bit(CARR) | bit(C150) | bit(C151);
    private static final int T_SARA = bit(CARR) | bit(C150);
    private static final int T_REVIEW = bit(CARR) | bit(C150) | bit(C151);

    private static final Comparator<Event> BY_DATE_THEN_ID = (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : Long.compare(a.id(), b.id());
    };

    private static final Comparator<Trigger> TRIGGER_ORDER = (a, b) -> {
        int c = a.date().compareTo(b.date());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.question().ordinal(), b.question().ordinal());
        return c != 0 ? c : Long.compare(a.contactId(), b.contactId());
    };

    private static final Event[] NO_EVENTS = new Event[0];
    private static final Trigger[] NO_TRIGGERS = new Trigger[0];

    // Why a police or safeguarding request cycle is open.
    private static final int INITIAL = 0;
    private static final int TRIGGERED = 1;
    private static final int RECHECK = 2;

    /**
     * The span of the working-day table and the date-text cache: {@code WorkingDays.plus} steps
     * a day at a time, and most due dates fall in these years. Outside them the engine falls back
     * on {@link WorkingDays#plus(LocalDate, int)} and {@link LocalDate#toString()}.
     */
    private static final long TABLE_FIRST = LocalDate.of(2015, 1, 1).toEpochDay();
    private static final int TABLE_DAYS = (int) (LocalDate.of(2046, 1, 1).toEpochDay() - TABLE_FIRST);

    /**
     * ISO texts of dates, filled as needed. Racy on purpose: two threads may both fill a slot
     * with equal strings, and a String is safely published through its final fields.
     */
    private static final String[] ISO = new String[TABLE_DAYS];

    private final CheckRules rules;
    private final WorkingDays wd;
    /** The working days in the table's span, as day offsets from {@link #TABLE_FIRST}, in order. */
    private final int[] workingDayOffsets;
    /** For each day of the span, the index in {@link #workingDayOffsets} of the first working day on or after it. */
    private final int[] onOrAfterIndex;
    /** The working days as dates, filled as needed (racy, like {@link #ISO}: LocalDate is immutable). */
    private final LocalDate[] workingDates;

    /** An engine with these timescales, counting working days with {@code workingDays}. */
    public CheckEngine(CheckRules rules, WorkingDays workingDays) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.wd = Objects.requireNonNull(workingDays, "workingDays");
        int[] offsets = new int[TABLE_DAYS];
        int count = 0;
        for (int off = 0; off < TABLE_DAYS; off++) {
            if (wd.isWorkingDay(LocalDate.ofEpochDay(TABLE_FIRST + off))) {
                offsets[count++] = off;
            }
        }
        workingDayOffsets = Arrays.copyOf(offsets, count);
        workingDates = new LocalDate[count];
        onOrAfterIndex = new int[TABLE_DAYS];
        int next = count;
        for (int off = TABLE_DAYS - 1; off >= 0; off--) {
            if (next > 0 && workingDayOffsets[next - 1] == off) {
                next--;
            }
            onOrAfterIndex[off] = next;
        }
    }

    public CheckRules rules() {
        return rules;
    }

    public WorkingDays workingDays() {
        return wd;
    }

    /**
     * Every check for one case as it stands at the end of {@code asOf}: one result per
     * {@link CheckKind}, in enum order, including those that do not apply.
     *
     * @throws NullPointerException if {@code asOf} or the case's sentence date is null
     */
    public Evaluation evaluate(CheckFacts facts, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(facts.sentenceDate(), "sentence date");
        Run r = new Run(facts, asOf);
        CheckResult[] out = new CheckResult[CheckKind.values().length];
        out[CheckKind.POLICE_DA.ordinal()] = r.requestCheck(CheckKind.POLICE_DA);
        out[CheckKind.SAFEGUARDING.ordinal()] = r.requestCheck(CheckKind.SAFEGUARDING);
        out[CheckKind.SARA.ordinal()] = r.sara();
        out[CheckKind.DA_INTERVENTION.ordinal()] = r.intervention();
        out[CheckKind.DASO.ordinal()] = r.daso();
        out[CheckKind.MARAC.ordinal()] = r.marac();
        out[CheckKind.IDVA.ordinal()] = r.idva();
        out[CheckKind.DVDS.ordinal()] = r.dvds();
        out[CheckKind.REVIEW.ordinal()] = r.review();
        out[CheckKind.FACE_TO_FACE.ordinal()] = r.faceToFace();
        return new Evaluation(facts.caseId(), asOf, Arrays.asList(out), r.until);
    }

    /** The same as {@code workingDays.plus(start, n)}, by table lookup in the usual years. */
    LocalDate plusWorkingDays(LocalDate start, int n) {
        long off = start.toEpochDay() - TABLE_FIRST;
        if (off >= 0 && off < TABLE_DAYS && n >= 0) {
            int i = onOrAfterIndex[(int) off] + n;
            if (i < workingDayOffsets.length) {
                LocalDate d = workingDates[i];
                if (d == null) {
                    d = LocalDate.ofEpochDay(TABLE_FIRST + workingDayOffsets[i]);
                    workingDates[i] = d;
                }
                return d;
            }
        }
        return wd.plus(start, n);
    }

    /** A date as {@code 2026-03-09}. */
    static String iso(LocalDate d) {
        long off = d.toEpochDay() - TABLE_FIRST;
        if (off < 0 || off >= TABLE_DAYS) {
            return d.toString();
        }
        String s = ISO[(int) off];
        if (s == null) {
            s = d.toString();
            ISO[(int) off] = s;
        }
        return s;
    }

    private static int bit(int tag) {
        return 1 << tag;
    }

    private static int q(Circumstance c) {
        return 1 << c.ordinal();
    }

    private static int tag(String type) {
        if (type == null) {
            return OTHER;
        }
        return switch (type) {
            case "C369" -> C369;
            case "C515" -> C515;
            case "C204" -> C204;
            case "SFGC" -> SFGC;
            case "SFRR" -> SFRR;
            case "C203" -> C203;
            case "CRCO" -> CRCO;
            case "MO1" -> MO1;
            case "CTPJ" -> CTPJ;
            case "C157" -> C157;
            case "C078" -> C078;
            case "C159" -> C159;
            case "CCCP" -> CCCP;
            case "C507" -> C507;
            case "EASS" -> EASS;
            case "ERFM" -> ERFM;
            case "C005" -> C005;
            case "C150" -> C150;
            case "C151" -> C151;
            case "CIEA" -> CIEA;
            case "CIEB" -> CIEB;
            case "CSPO" -> CSPO;
            case "C326" -> C326;
            case "CVIC" -> CVIC;
            case "CARR" -> CARR;
            case "CGRF" -> CGRF;
            case "DAD1" -> DAD1;
            case "COPT" -> COPT;
            default -> OTHER;
        };
    }

    /** SARA levels in order: none, LOW, MEDIUM, HIGH. */
    private static int rank(String level) {
        if (level == null) {
            return 0;
        }
        return switch (level.toUpperCase(Locale.ROOT)) {
            case "LOW" -> 1;
            case "MEDIUM" -> 2;
            case "HIGH" -> 3;
            default -> 0;
        };
    }

    private static boolean isChildRegister(String code) {
        return "RCPR".equals(code) || "RCCO".equals(code) || "RCHD".equals(code);
    }

    private static boolean isDaRegister(String code) {
        return "ADVP".equals(code) || "REG30".equals(code);
    }

    private static String words(Circumstance c) {
        return switch (c) {
            case RELATIONSHIP -> "new relationship reported";
            case ADDRESS -> "new address reported";
            case POLICE -> "police contact reported";
            case CHILDREN -> "children reported";
            case EMPLOYMENT -> "change in work reported";
            case HEALTH -> "change in health reported";
        };
    }

    /** Appends " (3 DA incidents)", or nothing when the number is not known. */
    private static void appendIncidents(StringBuilder b, Integer count) {
        if (count != null) {
            b.append(" (").append(count.intValue()).append(count == 1 ? " DA incident)" : " DA incidents)");
        }
    }

    /**
     * The latest trigger for a check: when, and the words for it ("arrest (CARR)", or a register
     * code followed by " registered").
     */
    private record Hit(LocalDate date, String words, boolean register) {

        /** Appends "arrest (CARR) 2026-06-01". */
        StringBuilder appendTo(StringBuilder b) {
            b.append(words);
            if (register) {
                b.append(" registered");
            }
            return b.append(' ').append(iso(date));
        }
    }

    /** One evaluation: the visible facts, sorted once, and the validity being worked out. */
    private final class Run {

        final CheckFacts facts;
        final LocalDate asOf;
        /** Contacts that matter dated on or before the as-of date, by date then id: the first {@link #n}. */
        Event[] ev;
        /** Their types as tags, index for index. */
        int[] tags;
        /** How many of {@link #ev} are used. */
        int n;
        /** Answers dated on or before the as-of date, by date. */
        final Trigger[] answers;
        final boolean community;
        final LocalDate anchor;
        /** The anchor is a release date (else the sentence date). */
        final boolean released;
        final LocalDate induction;
        /** The earliest DA register (ADVP, REG30) visible, or null if none; its date may be null. */
        Reg daReg;
        /** Child registers (RCPR, RCCO, RCHD) registered after the anchor: the latest. */
        Reg childReg;
        Record sara;
        LocalDate sentencePlan;
        Boolean ordered;
        LocalDate until;
        final StringBuilder text = new StringBuilder(160);

        Run(CheckFacts facts, LocalDate asOf) {
            this.facts = facts;
            this.asOf = asOf;
            String type = facts.caseType();
            community = !"LICENSE".equals(type) && !"CUSTODY".equals(type);
            if (!community && facts.releaseDate() != null) {
                anchor = facts.releaseDate();
                released = true;
            } else {
                anchor = facts.sentenceDate();
                released = false;
            }
            induction = plusWorkingDays(anchor, community ? rules.inductionDaysCommunity() : rules.inductionDaysRelease());
            readEvents(facts.contacts());
            answers = visibleAnswers(facts.triggers());
            readRegistrations(facts.registrations());
            readRecords(facts.records());
        }

        // ---- Facts and validity ----------------------------------------------------------

        /** The evaluation may change on {@code d}. */
        void candidate(LocalDate d) {
            if (until == null || d.isBefore(until)) {
                until = d;
            }
        }

        /** Whether deadline {@code d} has passed; if not, the day after it ends the validity. */
        boolean passed(LocalDate d) {
            if (asOf.isAfter(d)) {
                return true;
            }
            candidate(d.plusDays(1));
            return false;
        }

        /** Whether a period starting on {@code s} has started; if not, {@code s} ends the validity. */
        boolean started(LocalDate s) {
            if (s.isAfter(asOf)) {
                candidate(s);
                return false;
            }
            return true;
        }

        /** Whether a dated fact is visible; a later one ends the validity on its date. */
        boolean visible(LocalDate d) {
            if (d.isAfter(asOf)) {
                candidate(d);
                return false;
            }
            return true;
        }

        /**
         * Keeps the contacts any rule looks at (a type the rules name, or an attended
         * appointment) that are dated on or before the as-of date, sorted. The others are
         * dropped, so that their dates do not end the validity.
         */
        void readEvents(List<Event> all) {
            int size = all.size();
            if (size == 0) {
                ev = NO_EVENTS;
                tags = new int[0];
                return;
            }
            ev = new Event[size];
            tags = new int[size];
            boolean sorted = true;
            for (int i = 0; i < size; i++) {
                Event e = all.get(i);
                int t = tag(e.type());
                if (e.date() == null || (t == OTHER && !(e.appointment() && e.attended())) || !visible(e.date())) {
                    continue;
                }
                if (n > 0 && BY_DATE_THEN_ID.compare(ev[n - 1], e) > 0) {
                    sorted = false;
                }
                tags[n] = t;
                ev[n++] = e;
            }
            if (!sorted) {
                Arrays.sort(ev, 0, n, BY_DATE_THEN_ID);
                for (int i = 0; i < n; i++) {
                    tags[i] = tag(ev[i].type());
                }
            }
        }

        Trigger[] visibleAnswers(List<Trigger> all) {
            if (all.isEmpty()) {
                return NO_TRIGGERS;
            }
            Trigger[] out = new Trigger[all.size()];
            int count = 0;
            for (Trigger t : all) {
                if (t.date() != null && t.question() != null && (q(t.question()) & Q_ANY) != 0
                        && visible(t.date())) {
                    out[count++] = t;
                }
            }
            if (count < out.length) {
                out = Arrays.copyOf(out, count);
            }
            if (count > 1) {
                Arrays.sort(out, TRIGGER_ORDER);
            }
            return out;
        }

        void readRegistrations(List<Reg> regs) {
            for (Reg g : regs) {
                LocalDate d = g.registered();
                boolean da = isDaRegister(g.code());
                if ((!da && !isChildRegister(g.code())) || (d != null && !visible(d))) {
                    continue;
                }
                if (da) {
                    if (daReg == null || (d != null && (daReg.registered() == null || d.isBefore(daReg.registered())))) {
                        daReg = g;
                    }
                } else if (isChildRegister(g.code()) && d != null && d.isAfter(anchor)) {
                    if (childReg == null || d.isAfter(childReg.registered())) {
                        childReg = g;
                    }
                }
            }
        }

        void readRecords(List<Record> records) {
            for (Record r : records) {
                if (r.kind() == CheckKind.SARA && r.date() != null && visible(r.date())) {
                    // The latest; two on one day: the lower level, whatever the order of the list.
                    if (sara == null || r.date().isAfter(sara.date())
                            || (r.date().equals(sara.date()) && rank(r.level()) < rank(sara.level()))) {
                        sara = r;
                    }
                } else if (r.kind() == CheckKind.DASO && r.date() != null) {
                    visible(r.date());
                }
            }
        }

        boolean daCase() {
            return daReg != null;
        }

        LocalDate daRegDate() {
            return daReg == null ? null : daReg.registered();
        }

        /** Appends "ADVP registered 2026-03-02". */
        StringBuilder appendDaReg(StringBuilder b) {
            LocalDate d = daRegDate();
            b.append(daReg.code()).append(" registered");
            return d == null ? b : b.append(' ').append(iso(d));
        }

        /** Appends "sentenced 2026-03-02" or "released 2026-03-06". */
        StringBuilder appendAnchor(StringBuilder b) {
            return b.append(released ? "released " : "sentenced ").append(iso(anchor));
        }

        /** The one builder for this evaluation's reasons, emptied. */
        StringBuilder text() {
            text.setLength(0);
            return text;
        }

        /** First attended appointment on or after the anchor (else the induction date) + sentence-plan days. */
        LocalDate sentencePlan() {
            if (sentencePlan == null) {
                LocalDate first = induction;
                for (int i = 0; i < n; i++) {
                    Event e = ev[i];
                    if (e.appointment() && e.attended() && !e.date().isBefore(anchor)) {
                        first = e.date();
                        break;
                    }
                }
                sentencePlan = plusWorkingDays(first, rules.sentencePlanDays());
            }
            return sentencePlan;
        }

        boolean ordered() {
            if (ordered == null) {
                ordered = DaProgramme.matches(facts.orderDescription());
            }
            return ordered;
        }

        // ---- Searching the contacts ------------------------------------------------------

        /** Index of the latest contact with a tag in {@code mask} dated on or after {@code from} (null: any), or -1. */
        int latest(int mask, LocalDate from) {
            for (int i = n - 1; i >= 0; i--) {
                if (from != null && ev[i].date().isBefore(from)) {
                    return -1;
                }
                if ((bit(tags[i]) & mask) != 0) {
                    return i;
                }
            }
            return -1;
        }

        /** Index of the latest contact with a tag in {@code mask} dated strictly after {@code after}, or -1. */
        int latestAfter(int mask, LocalDate after) {
            for (int i = n - 1; i >= 0; i--) {
                if (!ev[i].date().isAfter(after)) {
                    return -1;
                }
                if ((bit(tags[i]) & mask) != 0) {
                    return i;
                }
            }
            return -1;
        }

        /** Index of the earliest contact with a tag in {@code mask} dated on or after {@code from} (null: any), or -1. */
        int earliest(int mask, LocalDate from) {
            for (int i = 0; i < n; i++) {
                if ((bit(tags[i]) & mask) != 0 && (from == null || !ev[i].date().isBefore(from))) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Index of the earliest review contact dated on or after {@code from} recorded for
         * {@code about} (or, if {@code orUntagged}, for no check in particular), or -1.
         */
        int earliestReview(LocalDate from, CheckKind about, boolean orUntagged) {
            for (int i = 0; i < n; i++) {
                if ((bit(tags[i]) & REVIEWS) != 0 && !ev[i].date().isBefore(from) && isAbout(ev[i], about, orUntagged)) {
                    return i;
                }
            }
            return -1;
        }

        /** Index of the latest review contact recorded for {@code about} or for no check in particular, or -1. */
        int latestReview(CheckKind about) {
            for (int i = n - 1; i >= 0; i--) {
                if ((bit(tags[i]) & REVIEWS) != 0 && isAbout(ev[i], about, true)) {
                    return i;
                }
            }
            return -1;
        }

        boolean isAbout(Event e, CheckKind about, boolean orUntagged) {
            return e.about() == about || (orUntagged && e.about() == null);
        }

        /** Index of the earliest referral ({@code CGRF}) recorded as a DA intervention referral, or -1. */
        int firstProgrammeReferral() {
            for (int i = 0; i < n; i++) {
                if (tags[i] == CGRF && ev[i].about() == CheckKind.DA_INTERVENTION) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The latest trigger on or after the anchor among the answers in {@code questions}, the
         * contacts in {@code contacts} and (if {@code childRegisters}) the child registers
         * registered after the anchor; null if none. On the same date an answer comes first, then
         * a contact, then a register.
         */
        Hit trigger(int questions, int contacts, boolean childRegisters) {
            Hit best = null;
            for (int i = answers.length - 1; i >= 0; i--) {
                Trigger t = answers[i];
                if (t.date().isBefore(anchor)) {
                    break;
                }
                if ((q(t.question()) & questions) != 0) {
                    best = new Hit(t.date(), words(t.question()), false);
                    break;
                }
            }
            if (contacts != 0) {
                int i = latest(contacts, anchor);
                if (i >= 0 && (best == null || ev[i].date().isAfter(best.date()))) {
                    Event e = ev[i];
                    String w = switch (tags[i]) {
                        case CARR -> "arrest (CARR)";
                        case C150 -> "MARAC DV incident (C150)";
                        case C151 -> "MARAC DV incident (C151)";
                        default -> e.type();
                    };
                    best = new Hit(e.date(), w, false);
                }
            }
            if (childRegisters && childReg != null && (best == null || childReg.registered().isAfter(best.date()))) {
                best = new Hit(childReg.registered(), childReg.code(), true);
            }
            return best;
        }

        // ---- 1, 2: police DA information and children's services safeguarding ------------

        CheckResult requestCheck(CheckKind k) {
            boolean police = k == CheckKind.POLICE_DA;
            int reqMask = bit(police ? C369 : SFGC);
            int last = latest(bit(police ? C515 : SFRR), null);
            LocalDate respDate = last >= 0 ? ev[last].date() : null;
            LocalDate recheck = respDate != null && rules.recheckMonths() > 0
                    ? respDate.plusMonths(rules.recheckMonths()) : null;
            Hit t = police ? trigger(Q_POLICE_DA, T_POLICE_DA, false) : trigger(Q_SAFEGUARDING, 0, true);
            if (t != null && (respDate == null || t.date().isAfter(respDate))) {
                CheckResult reopened = cycle(k, TRIGGERED, t, respDate, latest(reqMask, t.date()),
                        plusWorkingDays(t.date(), rules.retriggerDays()));
                // A change of circumstances asks for a new check; it does not excuse one already
                // missed. Until the new request is made, the earlier miss and its date stand.
                if (reopened.state() != CheckState.DUE) {
                    return reopened;
                }
                // When the earlier round is not shown, the dates inside it must not end the
                // validity, except the one on which it would come to be shown.
                LocalDate kept = until;
                CheckResult before = untriggered(k, reqMask, last, respDate, recheck);
                boolean earlier = before.due() != null && before.due().isBefore(reopened.due());
                if (earlier && before.isMissed()) {
                    return new CheckResult(k, CheckState.DUE, before.missed(), before.due(), reopened.reason()
                            + "; already " + before.missed().label() + " since " + iso(before.due()));
                }
                until = kept;
                if (earlier) {
                    candidate(before.due().plusDays(1));
                }
                return reopened;
            }
            return untriggered(k, reqMask, last, respDate, recheck);
        }

        /** The police or safeguarding check as it stands with no change of circumstances since the reply. */
        CheckResult untriggered(CheckKind k, int reqMask, int last, LocalDate respDate, LocalDate recheck) {
            if (recheck != null && started(recheck)) {
                return cycle(k, RECHECK, null, respDate, latestAfter(reqMask, respDate), recheck);
            }
            if (last >= 0) {
                return response(k, ev[last], recheck);
            }
            return cycle(k, INITIAL, null, null, latest(reqMask, null), induction);
        }

        /**
         * A request cycle, started at induction ({@link #INITIAL}), by trigger {@code t}
         * ({@link #TRIGGERED}) or by time ({@link #RECHECK}). With no request ({@code r < 0})
         * the check is due by {@code due}, and missed once it passes: not requested if there has
         * never been a response, else stale. With one, the response is expected
         * {@code responseDays} after the request or its latest chase.
         */
        CheckResult cycle(CheckKind k, int why, Hit t, LocalDate respDate, int r, LocalDate due) {
            boolean police = k == CheckKind.POLICE_DA;
            String req = police ? "C369" : "SFGC";
            String resp = police ? "C515" : "SFRR";
            StringBuilder b = text();
            if (why == TRIGGERED) {
                t.appendTo(b);
                if (respDate != null) {
                    b.append("; last ").append(resp).append(' ').append(iso(respDate)).append(" predates it");
                }
            } else if (why == RECHECK) {
                b.append("last ").append(resp).append(' ').append(iso(respDate)).append(" over ")
                        .append(rules.recheckMonths()).append(" months old");
            } else if (r < 0 && police && daCase()) {
                appendDaReg(b);
            }
            if (b.length() > 0) {
                b.append("; ");
            }
            if (r < 0) {
                boolean late = passed(due);
                boolean first = respDate == null;
                if (late) {
                    b.append(first ? "no " : "no new ").append(req).append(" by ");
                } else if (first) {
                    b.append(req).append(" due by ");
                } else {
                    b.append("re-check due by ");
                }
                if (why == INITIAL) {
                    b.append("induction ").append(iso(due)).append(" (");
                    appendAnchor(b).append(')');
                } else {
                    b.append(iso(due));
                }
                Missed flag = late ? (first ? Missed.NOT_REQUESTED : Missed.STALE) : Missed.NONE;
                return new CheckResult(k, CheckState.DUE, flag, due, b.toString());
            }
            Event request = ev[r];
            int c = latest(bit(police ? C204 : C203), request.date());
            LocalDate expected = plusWorkingDays(c >= 0 ? ev[c].date() : request.date(), rules.responseDays());
            boolean late = passed(expected);
            b.append(request.type()).append(" requested ").append(iso(request.date()));
            if (c >= 0) {
                b.append("; chased ").append(iso(ev[c].date())).append(" (").append(ev[c].type()).append(')');
            }
            if (late) {
                b.append("; no ").append(resp).append(" by ").append(iso(expected));
                if (c < 0) {
                    b.append(" and no chase");
                }
            } else {
                b.append("; ").append(resp).append(" expected by ").append(iso(expected));
            }
            return new CheckResult(k, CheckState.REQUESTED, late ? Missed.NO_RESPONSE : Missed.NONE, expected,
                    b.toString());
        }

        /** The latest response is current: has it been analysed or followed up? */
        CheckResult response(CheckKind k, Event resp, LocalDate recheck) {
            boolean police = k == CheckKind.POLICE_DA;
            LocalDate d = resp.date();
            String outcome = resp.outcome();
            boolean known = !police && "SFG1".equals(outcome);
            boolean notKnown = !police && "SFG2".equals(outcome);
            StringBuilder b = text();
            if (police) {
                b.append("C515 received ").append(iso(d));
                appendIncidents(b, resp.daIncidents());
            } else if (known) {
                b.append("SFRR ").append(iso(d)).append(" SFG1 known to children's services");
            } else if (notKnown) {
                b.append("SFRR ").append(iso(d)).append(" SFG2 not known to children's services");
            } else {
                b.append("SFRR received ").append(iso(d));
            }
            int a = earliestReview(d, k, true);
            int f = earliest(police ? bit(ERFM) : SFG_FOLLOW_UP, d);
            if (a >= 0 || f >= 0 || notKnown) {
                CheckState state = CheckState.RESPONSE_RECEIVED;
                if (a >= 0 || f >= 0) {
                    boolean review = a >= 0 && (f < 0 || !ev[f].date().isBefore(ev[a].date()));
                    Event e = ev[review ? a : f];
                    b.append(review ? "; analysed " : "; followed up ").append(iso(e.date())).append(" (")
                            .append(e.type()).append(')');
                    state = CheckState.ANALYSED;
                } else {
                    b.append(": nothing to follow up");
                }
                if (recheck != null) {
                    b.append("; re-check by ").append(iso(recheck));
                }
                return new CheckResult(k, state, Missed.NONE, recheck, b.toString());
            }
            LocalDate due = plusWorkingDays(d, rules.analysisDays());
            boolean late = passed(due);
            if (known) {
                b.append(late ? "; no follow-up (C203/C157) by " : "; follow-up (C203/C157) due by ");
            } else {
                b.append(late ? "; not analysed by " : "; analysis due by ");
            }
            b.append(iso(due));
            return new CheckResult(k, CheckState.RESPONSE_RECEIVED, late ? Missed.NOT_ACTED_ON : Missed.NONE, due,
                    b.toString());
        }

        // ---- 3: SARA ---------------------------------------------------------------------

        CheckResult sara() {
            CheckKind k = CheckKind.SARA;
            if (!daCase()) {
                return CheckResult.notApplicable(k, "not a DA case");
            }
            StringBuilder b = text();
            if (sara != null) {
                appendSara(b);
                Hit t = trigger(Q_SARA, T_SARA, false);
                if (t != null && t.date().isAfter(sara.date())) {
                    LocalDate due = plusWorkingDays(t.date(), rules.reviewDays());
                    boolean late = passed(due);
                    t.appendTo(b.append(" predates ")).append(late ? "; not reviewed by " : "; review due by ")
                            .append(iso(due));
                    return new CheckResult(k, CheckState.DUE, late ? Missed.STALE : Missed.NONE, due, b.toString());
                }
                return new CheckResult(k, CheckState.DONE, Missed.NONE, null, b.append(" recorded").toString());
            }
            LocalDate plan = sentencePlan();
            LocalDate regDate = daRegDate();
            LocalDate byReg = regDate == null ? null : plusWorkingDays(regDate, rules.reviewDays());
            boolean fromReg = byReg != null && byReg.isAfter(plan);
            LocalDate due = fromReg ? byReg : plan;
            boolean late = passed(due);
            if (fromReg) {
                appendDaReg(b).append(late ? "; no SARA recorded by " : "; SARA due by ");
            } else {
                b.append(late ? "no SARA recorded by sentence plan " : "SARA due by sentence plan ");
            }
            b.append(iso(due));
            return new CheckResult(k, CheckState.DUE, late ? Missed.NOT_REQUESTED : Missed.NONE, due, b.toString());
        }

        /** Appends "SARA 2026-03-20 MEDIUM". */
        StringBuilder appendSara(StringBuilder b) {
            b.append("SARA ").append(iso(sara.date()));
            return sara.level() == null ? b : b.append(' ').append(sara.level());
        }

        // ---- 4: DA intervention referral -------------------------------------------------

        CheckResult intervention() {
            CheckKind k = CheckKind.DA_INTERVENTION;
            String level = sara == null ? null : sara.level();
            boolean need = "MEDIUM".equalsIgnoreCase(level) || "HIGH".equalsIgnoreCase(level);
            boolean byCourt = ordered();
            if (!byCourt && !need) {
                return CheckResult.notApplicable(k, "no DA programme ordered and no SARA at medium or high");
            }
            StringBuilder b = text();
            if (byCourt) {
                b.append("DA programme in the order");
            } else {
                appendSara(b);
            }
            int ref = firstProgrammeReferral();
            if (ref >= 0) {
                b.append("; referred ").append(iso(ev[ref].date())).append(" (CGRF)");
                return new CheckResult(k, CheckState.DONE, Missed.NONE, null, b.toString());
            }
            LocalDate plan = sentencePlan();
            LocalDate bySara = byCourt ? null : plusWorkingDays(sara.date(), rules.reviewDays());
            boolean fromSara = bySara != null && bySara.isAfter(plan);
            LocalDate due = fromSara ? bySara : plan;
            boolean late = passed(due);
            b.append(late ? "; no referral (CGRF) by " : "; referral (CGRF) due by ");
            if (!fromSara) {
                b.append("sentence plan ");
            }
            b.append(iso(due));
            return new CheckResult(k, CheckState.DUE, late ? Missed.NOT_REQUESTED : Missed.NONE, due, b.toString());
        }

        // ---- 5: DASO referral ------------------------------------------------------------

        CheckResult daso() {
            CheckKind k = CheckKind.DASO;
            int ref = firstProgrammeReferral();
            if (ref < 0) {
                return CheckResult.notApplicable(k, "no DA programme referral");
            }
            LocalDate referred = ev[ref].date();
            LocalDate earliestCounted = referred.minusDays(30);
            LocalDate done = null;
            for (Record r : facts.records()) {
                LocalDate d = r.date();
                if (r.kind() == CheckKind.DASO && d != null && !d.isAfter(asOf) && !d.isBefore(earliestCounted)
                        && (done == null || d.isAfter(done))) {
                    done = d;
                }
            }
            StringBuilder b = text().append("programme referral (CGRF) ").append(iso(referred));
            if (done != null) {
                b.append("; DASO referral ").append(iso(done));
                return new CheckResult(k, CheckState.DONE, Missed.NONE, null, b.toString());
            }
            LocalDate due = plusWorkingDays(referred, rules.dasoDays());
            boolean late = passed(due);
            b.append(late ? "; no DASO referral by " : "; DASO referral due by ").append(iso(due));
            return new CheckResult(k, CheckState.DUE, late ? Missed.NOT_REQUESTED : Missed.NONE, due, b.toString());
        }

        // ---- 6: MARAC --------------------------------------------------------------------

        CheckResult marac() {
            CheckKind k = CheckKind.MARAC;
            int threshold = -1;
            for (int i = n - 1; i >= 0; i--) {
                Integer count = ev[i].daIncidents();
                if (tags[i] == C515 && count != null && count >= rules.maracIncidents()) {
                    threshold = i;
                    break;
                }
            }
            int involvement = latest(MARAC_ANY, null);
            if (threshold < 0 && involvement < 0) {
                return CheckResult.notApplicable(k, "no MARAC involvement");
            }
            // (i) a police response at the threshold with no MARAC consideration since
            LocalDate consider = null;
            if (threshold >= 0) {
                LocalDate r = ev[threshold].date();
                boolean considered = earliest(bit(ERFM) | bit(C005), r) >= 0
                        || earliestReview(r, CheckKind.MARAC, false) >= 0;
                if (!considered) {
                    consider = plusWorkingDays(r, rules.maracDays());
                }
            }
            // (ii) the latest MARAC perpetrator notification with no follow-up since
            int n150 = latest(bit(C150), null);
            LocalDate follow = null;
            if (n150 >= 0 && earliest(C150_FOLLOW_UP, ev[n150].date()) < 0) {
                follow = plusWorkingDays(ev[n150].date(), rules.maracDays());
            }
            int erfm = latest(bit(ERFM), null);
            int meeting = erfm >= 0 ? latest(bit(C005), ev[erfm].date()) : -1;
            CheckState state = erfm < 0 ? CheckState.DUE
                    : meeting >= 0 ? CheckState.RESPONSE_RECEIVED : CheckState.REQUESTED;
            StringBuilder b = text();
            if (erfm >= 0) {
                b.append("ERFM referral ").append(iso(ev[erfm].date()));
                if (meeting >= 0) {
                    b.append("; C005 meeting ").append(iso(ev[meeting].date()));
                }
            }
            boolean first = consider != null && (follow == null || !follow.isBefore(consider));
            LocalDate due = first ? consider : follow;
            Missed missed = Missed.NONE;
            if (due != null) {
                boolean late = passed(due);
                if (b.length() > 0) {
                    b.append("; ");
                }
                if (first) {
                    Event r = ev[threshold];
                    b.append("C515 ").append(iso(r.date())).append(" reported ").append(r.daIncidents().intValue())
                            .append(r.daIncidents() == 1 ? " DA incident" : " DA incidents")
                            .append(late ? "; no MARAC consideration (ERFM/C005) by " : "; MARAC consideration due by ")
                            .append(iso(due));
                    missed = late ? Missed.NOT_REQUESTED : Missed.NONE;
                } else {
                    b.append("C150 ").append(iso(ev[n150].date()))
                            .append(late ? "; not followed up by " : "; follow-up due by ").append(iso(due));
                    missed = late ? Missed.NOT_ACTED_ON : Missed.NONE;
                }
            } else if (b.length() == 0) {
                int last = involvement >= 0 && (threshold < 0 || !ev[threshold].date().isAfter(ev[involvement].date()))
                        ? involvement : threshold;
                Event e = ev[last];
                b.append(e.type()).append(' ').append(iso(e.date()));
                if (tags[last] == C515) {
                    appendIncidents(b, e.daIncidents());
                }
                b.append("; nothing outstanding");
            }
            return new CheckResult(k, state, missed, due, b.toString());
        }

        // ---- 7: IDVA liaison -------------------------------------------------------------

        CheckResult idva() {
            CheckKind k = CheckKind.IDVA;
            int m = earliest(MARAC_ANY, null);
            if (m < 0) {
                return CheckResult.notApplicable(k, "no MARAC involvement");
            }
            LocalDate since = ev[m].date();
            int e = latest(EXTERNAL, since);
            LocalDate base = e >= 0 ? ev[e].date() : since;
            LocalDate due = base.plusDays(rules.idvaDays());
            boolean late = passed(due);
            StringBuilder b = text();
            if (e >= 0) {
                b.append("external-agency contact ").append(ev[e].type()).append(' ').append(iso(ev[e].date()))
                        .append(late ? "; none since by " : "; next due by ");
            } else {
                b.append("MARAC involvement since ").append(iso(since)).append(" (").append(ev[m].type()).append(')')
                        .append(late ? "; no external-agency contact (CIEA/CIEB) by " : "; external-agency contact due by ");
            }
            b.append(iso(due));
            CheckState state = e >= 0 && !late ? CheckState.DONE : CheckState.DUE;
            return new CheckResult(k, state, late ? Missed.NOT_ACTED_ON : Missed.NONE, due, b.toString());
        }

        // ---- 8: DVDS consideration -------------------------------------------------------

        CheckResult dvds() {
            CheckKind k = CheckKind.DVDS;
            boolean daLike = daCase();
            if (!daLike) {
                for (int i = 0; i < n; i++) {
                    Integer count = ev[i].daIncidents();
                    if (tags[i] == C515 && count != null && count > 0) {
                        daLike = true;
                        break;
                    }
                }
            }
            Hit t = daLike ? trigger(Q_DVDS, 0, false) : null;
            int dad = latest(bit(DAD1), null);
            if (t == null && dad < 0) {
                return CheckResult.notApplicable(k, daLike ? "no new relationship reported" : "not a DA case");
            }
            StringBuilder b = text();
            if (t == null || (dad >= 0 && !ev[dad].date().isBefore(t.date()))) {
                if (t != null) {
                    t.appendTo(b).append("; ");
                }
                b.append("DAD1 considered ").append(iso(ev[dad].date()));
                return new CheckResult(k, CheckState.DONE, Missed.NONE, null, b.toString());
            }
            LocalDate due = plusWorkingDays(t.date(), rules.dvdsDays());
            boolean late = passed(due);
            t.appendTo(b).append(late ? "; no DAD1 by " : "; DAD1 due by ").append(iso(due));
            return new CheckResult(k, CheckState.DUE, late ? Missed.NOT_REQUESTED : Missed.NONE, due, b.toString());
        }

        // ---- 9: review with DA factors ---------------------------------------------------

        CheckResult review() {
            CheckKind k = CheckKind.REVIEW;
            if (!daCase()) {
                return CheckResult.notApplicable(k, "not a DA case");
            }
            int v = latestReview(k);
            LocalDate reviewed = v >= 0 ? ev[v].date() : null;
            Hit t = trigger(Q_REVIEW, T_REVIEW, true);
            LocalDate byTrigger = null;
            if (t != null && (reviewed == null || reviewed.isBefore(t.date()))) {
                byTrigger = plusWorkingDays(t.date(), rules.reviewDays());
            }
            LocalDate regDate = daRegDate();
            boolean fromReg = reviewed == null && regDate != null && regDate.isAfter(anchor);
            LocalDate base = reviewed != null ? reviewed : fromReg ? regDate : anchor;
            LocalDate periodic = rules.reviewMonths() > 0 ? base.plusMonths(rules.reviewMonths()) : null;
            boolean trig = byTrigger != null && (periodic == null || !periodic.isBefore(byTrigger));
            LocalDate due = trig ? byTrigger : periodic;
            boolean late = due != null && passed(due);
            Missed missed = late ? (trig ? Missed.NOT_ACTED_ON : Missed.STALE) : Missed.NONE;
            CheckState state = reviewed != null && !late && byTrigger == null ? CheckState.DONE : CheckState.DUE;
            StringBuilder b = text();
            if (trig) {
                t.appendTo(b).append(late ? "; no review (CRCO/MO1/CTPJ) by " : "; review due by ").append(iso(due));
            } else if (reviewed != null) {
                b.append("last review ").append(iso(reviewed)).append(" (").append(ev[v].type()).append(')');
                if (due != null) {
                    b.append(late ? "; no review by " : "; next review due by ").append(iso(due));
                }
            } else if (due != null) {
                b.append("no review since ");
                if (fromReg) {
                    appendDaReg(b);
                } else {
                    appendAnchor(b);
                }
                b.append(late ? "; no review by " : "; next review due by ").append(iso(due));
            } else {
                b.append("no review yet");
            }
            return new CheckResult(k, state, missed, due, b.toString());
        }

        // ---- 10: face-to-face contact ----------------------------------------------------

        CheckResult faceToFace() {
            CheckKind k = CheckKind.FACE_TO_FACE;
            if (!daCase()) {
                return CheckResult.notApplicable(k, "not a DA case");
            }
            int run = rules.phoneRun();
            int seen = 0;
            int phones = 0;
            int lastInPerson = -1;
            int latestPhone = -1;
            StringBuilder dates = null;
            for (int i = n - 1; i >= 0; i--) {
                Event e = ev[i];
                if (!e.appointment() || !e.attended()) {
                    continue;
                }
                seen++;
                if (tags[i] != COPT) {
                    lastInPerson = i;
                    break;
                }
                if (latestPhone < 0) {
                    latestPhone = i;
                }
                phones++;
                if (run == 0 || phones <= run) {
                    dates = dates == null ? new StringBuilder() : dates.insert(0, ", ");
                    dates.insert(0, iso(e.date()));
                }
                if (run > 0 && phones == run) {
                    return new CheckResult(k, CheckState.DUE, Missed.NOT_ACTED_ON, ev[latestPhone].date(),
                            "last " + run + " reporting contacts by telephone (COPT " + dates + ")");
                }
            }
            if (seen == 0) {
                return new CheckResult(k, CheckState.DUE, Missed.NONE, null, "no reporting contact yet");
            }
            StringBuilder b = text();
            if (lastInPerson >= 0) {
                Event e = ev[lastInPerson];
                if (phones == 0) {
                    b.append("last reporting contact face to face (").append(e.type()).append(' ')
                            .append(iso(e.date())).append(')');
                } else {
                    b.append("last face-to-face reporting contact ").append(e.type()).append(' ')
                            .append(iso(e.date())).append("; ").append(phones).append(" by telephone (COPT) since");
                }
            } else {
                b.append("no face-to-face reporting contact yet; ").append(phones).append(" by telephone (COPT ")
                        .append(dates).append(')');
            }
            return new CheckResult(k, CheckState.DONE, Missed.NONE, null, b.toString());
        }
    }
}
