package dutydesk.demo;

import dutydesk.cases.Pnc;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates demo cases. Case {@code i} depends only on the seed, {@code i} and the as-of date,
 * so any case can be regenerated alone and two runs give identical databases.
 *
 * <p>The mix follows the domain reference: about 30% DA perpetrators ({@code ADVP}); child
 * protection and MAPPA registers; RoSH mostly medium; orders (community), licences and a few
 * custody cases awaiting release; weekly reporting for 12 weeks then fortnightly; roughly one
 * case in nine has stopped reporting and is overdue; police DA ({@code C369}/{@code C515}) and
 * children's-services ({@code SFGC}/{@code SFRR}) checks were made for only about half the
 * cases, as inspectors found.
 */
public final class DemoGenerator {

    public static final String PDU_CODE = "N07RIV";
    public static final String PDU_NAME = "Riverside";
    public static final String OFFICE_NAME = "Riverside PDU";

    /** Team code, name, and whether the team's unallocated placeholder is used. */
    record Team(String code, String name) {
        String unallocatedCode() {
            return code + "U";
        }
    }

    static final List<Team> TEAMS = List.of(
            new Team("N07T01", "Riverside Duty Team"),
            new Team("N07T02", "Riverside Sentence Management 1"),
            new Team("N07T03", "Riverside Sentence Management 2"),
            new Team("N07T04", "Riverside Courts Team"));

    /** Staff code, forename, surname, grade, team. */
    /**
     * The demo's users: {os login, name, staff code, grade, role}. The login that creates the
     * demo is its SPO, with no staff code of its own.
     */
    static List<String[]> users(String creator) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {creator, creator, null, "SPO", "SPO"});
        out.add(new String[] {"hokoye", "Helen Okoye", "N07P001", "SPO", "SPO"});
        out.add(new String[] {"tbradshaw", "Tom Bradshaw", "N07P002", "PO", "DUTY_OFFICER"});
        out.add(new String[] {"akaur", "Anita Kaur", "N07P003", "PO", "DUTY_OFFICER"});
        out.add(new String[] {"gpritchard", "Gareth Pritchard", "N07P004", "PSO", "DUTY_OFFICER"});
        out.add(new String[] {"fadeyemi", "Femi Adeyemi", "N07P006", "PQIP", "DUTY_OFFICER"});
        out.add(new String[] {"reception", "Front desk", null, null, "RECEPTION"});
        out.add(new String[] {"jlewis", "Jo Lewis", null, "ADMIN", "RECEPTION"});
        return out;
    }

    record Staff(String code, String forename, String surname, String grade, String team) {
    }

    static final List<Staff> STAFF = List.of(
            new Staff("N07P001", "Helen", "Okoye", "SPO", "N07T01"),
            new Staff("N07P002", "Tom", "Bradshaw", "PO", "N07T01"),
            new Staff("N07P003", "Anita", "Kaur", "PO", "N07T01"),
            new Staff("N07P004", "Gareth", "Pritchard", "PSO", "N07T01"),
            new Staff("N07P005", "Marta", "Nowak", "PSO", "N07T01"),
            new Staff("N07P006", "Femi", "Adeyemi", "PQIP", "N07T01"),
            new Staff("N07P007", "Claire", "Dunn", "PO", "N07T02"),
            new Staff("N07P008", "Yusuf", "Ali", "PSO", "N07T02"),
            new Staff("N07P009", "Rachel", "McKenna", "PO", "N07T03"),
            new Staff("N07P010", "Dev", "Sharma", "PQIP", "N07T03"),
            new Staff("N07P011", "Siân", "Howells", "PSO", "N07T04"),
            new Staff("N07P012", "Ioana", "Popescu", "PO", "N07T04"));

    /** A registration as generated. */
    public record Reg(String type, String level, String category, LocalDate registered, LocalDate nextReview) {
    }

    /** A contact as generated. */
    public record Contact(String type, LocalDate date, String time, String staffCode, String outcome,
                          String enforcement, String notes, boolean sensitive, String checkKind, Integer daIncidents) {

        public Contact(String type, LocalDate date, String time, String staffCode, String outcome, String enforcement,
                       String notes, boolean sensitive) {
            this(type, date, time, staffCode, outcome, enforcement, notes, sensitive, null, null);
        }
    }

    /** A fact recorded at the desk with no nDelius contact: SARA seen (with its level) or DASO referral. */
    public record CheckNote(String kind, LocalDate date, String level, String note) {
    }

    /** Register codes that drive the list markers, and outcomes that mean "attended" (as in V002). */
    private static final Set<String> DA_REGISTERS = Set.of("ADVP", "REG30");
    private static final Set<String> CHILD_REGISTERS = Set.of("RCPR", "RCCO", "RCHD");
    private static final Set<String> ATTENDED = Set.of("ATTC", "AFTC", "ATSH", "ATSS", "AFDA");

    /** One generated case. */
    public record Case(String crn, String pnc, String forename, String surname, LocalDate dateOfBirth,
                       String teamCode, String omStaffCode, String tier, String rosh, String caseType,
                       String orderDescription, LocalDate sentenceDate, LocalDate releaseDate, LocalDate orderEndDate,
                       String reportingFrequency, LocalDate nextReportDate, List<Reg> registrations,
                       List<Contact> contacts, List<CheckNote> checkNotes) {

        public boolean da() {
            return registrations.stream().anyMatch(r -> DA_REGISTERS.contains(r.type()));
        }

        public boolean childProtection() {
            return registrations.stream().anyMatch(r -> CHILD_REGISTERS.contains(r.type()));
        }

        public int mappaLevel() {
            return registrations.stream().filter(r -> "MAPP".equals(r.type()))
                    .mapToInt(r -> r.level().charAt(1) - '0').max().orElse(0);
        }

        /** The latest contact the person attended, or null. */
        public LocalDate lastSeen() {
            return contacts.stream().filter(c -> c.outcome() != null && ATTENDED.contains(c.outcome()))
                    .map(Contact::date).max(LocalDate::compareTo).orElse(null);
        }
    }

    private static final String CRN_LETTERS = "DEFHJKLMNPRTVX";
    private static final int CRN_STEP = 7919; // coprime with 10^6, so case numbers never collide

    private final long seed;
    private final LocalDate asOf;

    public DemoGenerator(long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = asOf;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Case generate(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 1);
        String number = Integer.toString((int) ((i * (long) CRN_STEP + 100_003L * (Math.floorMod(seed, 7) + 1)) % 1_000_000));
        String crn = CRN_LETTERS.charAt(rnd.nextInt(CRN_LETTERS.length())) + "000000".substring(number.length()) + number;

        DemoNames.Group g = pickGroup(rnd);
        DemoNames.Group sg = rnd.nextInt(100) < 85 ? g : pickGroup(rnd);
        String forename = pick(rnd, g.forenames());
        String surname = pick(rnd, sg.surnames());

        int age = age(rnd);
        LocalDate dob = asOf.minusYears(age).minusDays(rnd.nextInt(365));
        String pnc = null;
        if (rnd.nextInt(100) >= 5) {
            int firstYear = Math.min(asOf.getYear(), dob.getYear() + 14 + rnd.nextInt(Math.max(1, age - 13)));
            pnc = Pnc.format(firstYear, rnd.nextInt(10_000_000));
        }

        // Risk
        String rosh = weighted(rnd, new String[] {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"}, new int[] {22, 55, 20, 3});
        boolean advp = rnd.nextInt(100) < 30;
        boolean daHistory = rnd.nextInt(100) < (advp ? 25 : 4);
        boolean rcpr = rnd.nextInt(1000) < 50;
        boolean rcco = rnd.nextInt(1000) < (advp ? 90 : 45);
        boolean rchd = rnd.nextInt(1000) < 30;
        int mappa = 0;
        if (rnd.nextInt(100) < 5) {
            int m = rnd.nextInt(100);
            mappa = m < 80 ? 1 : m < 97 ? 2 : 3;
            if (mappa >= 2 && ("LOW".equals(rosh) || "MEDIUM".equals(rosh))) {
                rosh = "HIGH";
            }
        }

        // Order and dates
        int typeRoll = rnd.nextInt(100);
        String caseType = typeRoll < 62 ? "COMMUNITY" : typeRoll < 95 ? "LICENSE" : "CUSTODY";
        int startDaysAgo = startDaysAgo(rnd);
        LocalDate sentence;
        LocalDate release = null;
        LocalDate end;
        LocalDate firstReport;
        String order;
        if ("COMMUNITY".equals(caseType)) {
            sentence = asOf.minusDays(startDaysAgo);
            order = weighted(rnd, new String[] {"ORA Community Order", "12 month Community Order",
                    "SA2020 Suspended Sentence Order (8 Months)", "SA2020 Suspended Sentence Order (12 Months)",
                    "18 month Community Order"}, new int[] {40, 20, 15, 15, 10});
            end = sentence.plusMonths(order.contains("8 Months") ? 8 : order.contains("18") ? 18 : 12 + 12 * rnd.nextInt(2));
            firstReport = plusWorkingDays(sentence, 5);
        } else if ("LICENSE".equals(caseType)) {
            release = asOf.minusDays(startDaysAgo);
            sentence = release.minusDays(60 + rnd.nextInt(1400));
            order = weighted(rnd, new String[] {"CJA - Std Determinate Custody", "Adult Custody < 12m",
                    "ORA Adult Custody (inc PSS)", "Extended Determinate Sentence"}, new int[] {50, 25, 20, 5});
            end = release.plusMonths(6 + rnd.nextInt(19));
            firstReport = plusWorkingDays(release, 1);
        } else {
            sentence = asOf.minusDays(30 + rnd.nextInt(400));
            release = asOf.plusDays(3 + rnd.nextInt(58));
            order = weighted(rnd, new String[] {"CJA - Std Determinate Custody", "Adult Custody < 12m"}, new int[] {70, 30});
            end = release.plusMonths(6 + rnd.nextInt(13));
            firstReport = plusWorkingDays(release, 1);
        }

        String tier = tier(rnd, rosh, mappa, advp || daHistory || rcpr || rcco || rchd);
        Team team = TEAMS.get(rnd.nextInt(100) < 70 ? 0 : 1 + rnd.nextInt(TEAMS.size() - 1));
        int omRoll = rnd.nextInt(1000);
        String om = omRoll < 965 ? team.unallocatedCode() : omRoll < 995 ? pick(rnd, STAFF).code() : "N07IAVU";

        // Registrations
        List<Reg> regs = new ArrayList<>();
        LocalDate regDate = sentence.minusDays(rnd.nextInt(20));
        regs.add(new Reg(roshRegister(rosh), null, null, regDate, regDate.plusMonths(6)));
        if (advp) {
            regs.add(new Reg("ADVP", null, null, regDate.plusDays(rnd.nextInt(10)), regDate.plusMonths(6)));
        }
        if (daHistory) {
            regs.add(new Reg("REG30", null, null, regDate.minusDays(rnd.nextInt(900)), null));
        }
        if (rcpr) {
            regs.add(new Reg("RCPR", null, null, regDate.plusDays(rnd.nextInt(60)), regDate.plusMonths(3)));
        }
        if (rcco) {
            regs.add(new Reg("RCCO", null, null, regDate.plusDays(rnd.nextInt(60)), regDate.plusMonths(6)));
        }
        if (rchd) {
            regs.add(new Reg("RCHD", null, null, regDate, regDate.plusMonths(6)));
        }
        if (mappa > 0) {
            regs.add(new Reg("MAPP", "M" + mappa, "M" + (1 + rnd.nextInt(3)), regDate, regDate.plusMonths(mappa == 1 ? 12 : 3)));
        }
        for (String other : new String[] {"RMDO", "ALSH", "RVLN", "STRG"}) {
            int pct = "RMDO".equals(other) ? 12 : "ALSH".equals(other) ? 7 : "RVLN".equals(other) ? 5 : 2;
            if (rnd.nextInt(100) < pct) {
                regs.add(new Reg(other, null, null, regDate.minusDays(rnd.nextInt(400)), regDate.plusMonths(6)));
            }
        }

        // Contacts
        List<Contact> contacts = new ArrayList<>();
        checks(rnd, contacts, sentence, release, caseType, advp);
        boolean highRisk = "HIGH".equals(rosh) || "VERY_HIGH".equals(rosh) || mappa > 0;
        String frequency = "WEEK";
        LocalDate next = firstReport;
        boolean disengaged = !"CUSTODY".equals(caseType) && rnd.nextInt(100) < 11;
        LocalDate stopAt = disengaged ? asOf.minusDays(3 + rnd.nextInt(25)) : asOf;
        LocalDate start = "LICENSE".equals(caseType) ? release : sentence;
        boolean first = true;
        boolean lowAndLong = !highRisk && rnd.nextInt(100) < 20;
        int warnings = 0;
        while (next.isBefore(stopAt)) {
            boolean pastTwelveWeeks = next.isAfter(start.plusWeeks(12));
            frequency = !pastTwelveWeeks || highRisk ? "WEEK" : lowAndLong && next.isAfter(start.plusWeeks(26)) ? "FOUR_WEEKS" : "FORTNIGHT";
            String type = first ? "COAI" : rnd.nextInt(100) < 7 ? "COPT" : rnd.nextInt(100) < 2 ? "CHVS" : "COAP";
            String outcome = first ? "ATTC" : outcome(rnd, type);
            String enforcement = null;
            if ("UAAB".equals(outcome) || "AFTC".equals(outcome) || "ATSH".equals(outcome)) {
                enforcement = warnings == 0 ? ("LICENSE".equals(caseType) ? "LCL" : "EA02")
                        : ("LICENSE".equals(caseType) ? "EA11" : "BRE");
                warnings++;
            } else if ("AFTA".equals(outcome)) {
                enforcement = "EA12";
            }
            contacts.add(new Contact(type, next, time(rnd), pick(rnd, STAFF).code(), outcome, enforcement,
                    DemoNotes.forOutcome(rnd, outcome, type), rnd.nextInt(100) < 2));
            if (!first && rnd.nextInt(100) < 3) {
                LocalDate walkIn = next.plusDays(1 + rnd.nextInt(4));
                if (walkIn.isBefore(stopAt)) {
                    contacts.add(new Contact("COUP", nextWorkingDay(walkIn), time(rnd), pick(rnd, STAFF).code(), "ATTC",
                            null, DemoNotes.walkIn(rnd), false));
                }
            }
            first = false;
            int days = "WEEK".equals(frequency) ? 7 : "FORTNIGHT".equals(frequency) ? 14 : 28;
            next = nextWorkingDay(next.plusDays(days));
        }
        if (advp && rnd.nextInt(100) < 12 && contacts.size() > 2) {
            LocalDate d = contacts.get(contacts.size() / 2).date();
            contacts.add(new Contact("DAD1", d.plusDays(2), time(rnd), pick(rnd, STAFF).code(), null, null,
                    "New relationship disclosed at reporting. DVDS referral considered; not made at this stage"
                            + " (no information suggesting risk to the new partner).", false));
        }
        if (advp && rnd.nextInt(100) < 3 && !contacts.isEmpty()) {
            LocalDate d = contacts.get(contacts.size() - 1).date();
            contacts.add(new Contact("ERFM", d, time(rnd), pick(rnd, STAFF).code(), null, null,
                    "MARAC referral made following police report of a DA incident at the partner's address.", true));
        }
        // DA work beyond the first checks comes from its own random stream, so adding it left
        // every other generated value as it was.
        SplittableRandom extra = new SplittableRandom(seed * 0x632BE59BD9B4E019L + i * 0x94D049BB133111EBL + 7);
        boolean programme = advp && "COMMUNITY".equals(caseType) && extra.nextInt(100) < 25;
        if (programme) {
            order = order + " with Building Better Relationships requirement";
        }
        List<CheckNote> notes = new ArrayList<>();
        daWork(extra, contacts, notes, advp || daHistory, programme, start, firstReport);
        return new Case(crn, pnc, forename, surname, dob, team.code(), om, tier, rosh, caseType, order, sentence,
                release, end, frequency, next, regs, contacts, notes);
    }

    /**
     * What a practitioner would have done on some DA cases, and not on others: SARA completed,
     * a DA programme referral with the DASO told, reviews, police responses analysed, arrests.
     */
    private void daWork(SplittableRandom rnd, List<Contact> contacts, List<CheckNote> notes, boolean da,
                        boolean programme, LocalDate start, LocalDate firstReport) {
        for (Contact c : List.copyOf(contacts)) {
            if ("C515".equals(c.type()) && rnd.nextInt(100) < 55) {
                LocalDate d = plusWorkingDays(c.date(), 1 + rnd.nextInt(4));
                if (!d.isAfter(asOf)) {
                    contacts.add(new Contact("CTPJ", d, time(rnd), pick(rnd, STAFF).code(), null, null,
                            "Police DA information analysed; risk to partner considered in the assessment.", false,
                            "PDA", null));
                }
            }
        }
        if (rnd.nextInt(100) < 3 && start.isBefore(asOf.minusDays(10))) {
            LocalDate d = nextWorkingDay(start.plusDays(rnd.nextInt((int) Math.max(1, asOf.toEpochDay() - start.toEpochDay()))));
            if (!d.isAfter(asOf)) {
                contacts.add(new Contact("CARR", d, time(rnd), pick(rnd, STAFF).code(), null, null,
                        "Police notified arrest: allegation of assault at the partner's address. Released under investigation.",
                        true));
            }
        }
        if (!da) {
            return;
        }
        String level = null;
        if (rnd.nextInt(100) < 45) {
            LocalDate d = plusWorkingDays(firstReport, 3 + rnd.nextInt(20));
            if (!d.isAfter(asOf)) {
                level = weighted(rnd, new String[] {"LOW", "MEDIUM", "HIGH"}, new int[] {25, 50, 25});
                notes.add(new CheckNote("SARA", d, level, "SARA completed with the OASys; partner risk " + level + "."));
            }
        }
        boolean needsProgramme = programme || "MEDIUM".equals(level) || "HIGH".equals(level);
        if (needsProgramme && rnd.nextInt(100) < 55) {
            LocalDate d = plusWorkingDays(firstReport, 5 + rnd.nextInt(19));
            if (!d.isAfter(asOf)) {
                contacts.add(new Contact("CGRF", d, time(rnd), pick(rnd, STAFF).code(), null, null,
                        "Referral to Building Better Relationships (DA programme).", false, "INT", null));
                if (rnd.nextInt(100) < 60) {
                    LocalDate daso = plusWorkingDays(d, rnd.nextInt(9));
                    if (!daso.isAfter(asOf)) {
                        notes.add(new CheckNote("DASO", daso, null, "DASO referral made; partner details passed on."));
                    }
                }
            }
        }
        if (rnd.nextInt(100) < 40) {
            LocalDate d = plusWorkingDays(start, 10 + rnd.nextInt(60));
            if (!d.isAfter(asOf)) {
                contacts.add(new Contact("CRCO", d, time(rnd), pick(rnd, STAFF).code(), null, null,
                        "Case reviewed: DA risk factors considered; no change to risk level.", false));
            }
        }
    }

    /** Police and children's-services checks: present for some cases, missing for others. */
    private void checks(SplittableRandom rnd, List<Contact> contacts, LocalDate sentence, LocalDate release,
                        String caseType, boolean advp) {
        LocalDate anchor = "COMMUNITY".equals(caseType) ? sentence : release;
        if (rnd.nextInt(100) < (advp ? 62 : 50)) {
            LocalDate asked = anchor.minusDays(rnd.nextInt(15)).plusDays(rnd.nextInt(100) < 30 ? 5 + rnd.nextInt(20) : 0);
            asked = nextWorkingDay(asked);
            if (!asked.isAfter(asOf)) {
                String kind = advp ? "Domestic abuse" : weighted(rnd, new String[] {"Domestic abuse",
                        "Domestic abuse and other check", "Other check (not domestic abuse)"}, new int[] {60, 30, 10});
                contacts.add(new Contact("C369", asked, time(rnd), pick(rnd, STAFF).code(), null, null,
                        "Police intelligence check requested: " + kind + ".", false));
                LocalDate answered = plusWorkingDays(asked, 2 + rnd.nextInt(18));
                if (rnd.nextInt(100) < 80 && !answered.isAfter(asOf)) {
                    String response = DemoNotes.policeResponse(rnd, advp);
                    contacts.add(new Contact("C515", answered, time(rnd), pick(rnd, STAFF).code(), null, null,
                            response, true, null, DemoNotes.daIncidents(response)));
                }
            }
        }
        if (rnd.nextInt(100) < 50) {
            LocalDate asked = nextWorkingDay(anchor.minusDays(rnd.nextInt(15)).plusDays(rnd.nextInt(100) < 35 ? 5 + rnd.nextInt(30) : 0));
            if (!asked.isAfter(asOf)) {
                contacts.add(new Contact("SFGC", asked, time(rnd), pick(rnd, STAFF).code(), null, null,
                        "Enquiry sent to local authority children's service.", false));
                LocalDate answered = plusWorkingDays(asked, 3 + rnd.nextInt(40));
                if (rnd.nextInt(100) < 75 && !answered.isAfter(asOf)) {
                    boolean known = rnd.nextInt(100) < 35;
                    contacts.add(new Contact("SFRR", answered, time(rnd), pick(rnd, STAFF).code(),
                            known ? "SFG1" : "SFG2", null, DemoNotes.safeguardingResponse(rnd, known), known));
                }
            }
        }
    }

    private static String outcome(SplittableRandom rnd, String type) {
        String[] codes = {"ATTC", "AFTC", "UAAB", "AFTA", "AAME", "AAEM", "AAFC", "RSOF", "ATSH"};
        int[] weights = {82, 2, 4, 3, 3, 2, 1, 2, 1};
        String o = weighted(rnd, codes, weights);
        return "COPT".equals(type) && "ATSH".equals(o) ? "ATTC" : o;
    }

    private static String tier(SplittableRandom rnd, String rosh, int mappa, boolean complex) {
        char protect = "VERY_HIGH".equals(rosh) || mappa >= 2 ? 'A' : "HIGH".equals(rosh) ? 'B'
                : "MEDIUM".equals(rosh) ? 'C' : complex ? 'C' : 'D';
        int change = Integer.parseInt(weighted(rnd, new String[] {"0", "1", "2", "3"}, new int[] {5, 35, 40, 20}));
        return "" + protect + change;
    }

    private static String roshRegister(String rosh) {
        switch (rosh) {
            case "LOW": return "RLRH";
            case "MEDIUM": return "RMRH";
            case "HIGH": return "RHRH";
            default: return "RVHR";
        }
    }

    private static int age(SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        if (r < 25) {
            return 18 + rnd.nextInt(8);
        }
        if (r < 60) {
            return 26 + rnd.nextInt(10);
        }
        if (r < 82) {
            return 36 + rnd.nextInt(10);
        }
        if (r < 96) {
            return 46 + rnd.nextInt(15);
        }
        return 61 + rnd.nextInt(15);
    }

    /** Most unallocated cases are recent (awaiting allocation); some have waited a long time. */
    private static int startDaysAgo(SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        if (r < 58) {
            return rnd.nextInt(28);
        }
        if (r < 89) {
            return 28 + rnd.nextInt(56);
        }
        return 84 + rnd.nextInt(280);
    }

    /** Appointment times: 09:00 to 16:30 in quarter hours. */
    private static final String[] TIMES = new String[31];

    static {
        for (int slot = 0; slot < TIMES.length; slot++) {
            int h = 9 + slot / 4;
            int m = (slot % 4) * 15;
            TIMES[slot] = (h < 10 ? "0" : "") + h + ":" + (m == 0 ? "00" : Integer.toString(m));
        }
    }

    private static String time(SplittableRandom rnd) {
        return TIMES[rnd.nextInt(TIMES.length)];
    }

    private static DemoNames.Group pickGroup(SplittableRandom rnd) {
        int total = 0;
        for (DemoNames.Group g : DemoNames.GROUPS) {
            total += g.weight();
        }
        int r = rnd.nextInt(total);
        for (DemoNames.Group g : DemoNames.GROUPS) {
            r -= g.weight();
            if (r < 0) {
                return g;
            }
        }
        throw new IllegalStateException();
    }

    static <T> T pick(SplittableRandom rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    static String weighted(SplittableRandom rnd, String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rnd.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException();
    }

    static LocalDate nextWorkingDay(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    static LocalDate plusWorkingDays(LocalDate d, int n) {
        LocalDate r = d;
        for (int i = 0; i < n; i++) {
            r = nextWorkingDay(r.plusDays(1));
        }
        return r;
    }
}
