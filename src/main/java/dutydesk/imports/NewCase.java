package dutydesk.imports;

import dutydesk.cases.CaseRepository;
import dutydesk.dachecks.CheckFacts;
import dutydesk.dachecks.CheckKind;
import dutydesk.dachecks.CheckStore;
import dutydesk.dachecks.DaProgramme;
import dutydesk.imports.Rows.CaseIn;
import dutydesk.imports.Rows.ContactIn;
import dutydesk.imports.Rows.RegIn;
import java.util.ArrayList;
import java.util.List;

/**
 * A case new to the database, with everything the extract says about it: its registrations and
 * its contacts (with the row ids they will get). A new case has no other facts, so its list
 * markers and its DA-check facts are worked out here before it is written, exactly as
 * {@link CaseRepository#refreshDerived} and {@link CheckStore#read} would from the stored rows
 * (the import's tests compare both after every import), which spares reading 100,000 cases back.
 */
record NewCase(long id, CaseIn in, List<RegIn> registrations, List<ContactIn> contacts, List<Long> contactIds) {

    /** The DA, child-protection and MAPPA markers and the last attended contact's date. */
    record Markers(int da, int cp, int mappaLevel, String lastSeen) {
    }

    Markers markers(Reference ref) {
        int da = 0;
        int cp = 0;
        int mappa = 0;
        for (RegIn r : registrations) {
            if (r.deregistered() != null) {
                continue;
            }
            String kind = ref.registerKinds().get(r.type());
            if ("DA".equals(kind)) {
                da = 1;
            } else if ("CHILD".equals(kind)) {
                cp = 1;
            }
            if ("MAPP".equals(r.type())) {
                mappa = Math.max(mappa, "M3".equals(r.level()) ? 3 : "M2".equals(r.level()) ? 2 : 1);
            }
        }
        String lastSeen = null;
        for (ContactIn k : contacts) {
            String d = k.date().toString();
            if (k.outcome() != null && ref.attendedOutcomes().contains(k.outcome())
                    && (lastSeen == null || d.compareTo(lastSeen) > 0)) {
                lastSeen = d;
            }
        }
        return new Markers(da, cp, mappa, lastSeen);
    }

    /** The facts the checks engine reads for this case. */
    CheckFacts facts(Reference ref) {
        List<CheckFacts.Reg> regs = new ArrayList<>(registrations.size());
        for (RegIn r : registrations) {
            if (r.deregistered() == null) {
                regs.add(new CheckFacts.Reg(r.type(), r.registered()));
            }
        }
        List<CheckFacts.Event> events = new ArrayList<>(contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            ContactIn k = contacts.get(i);
            CheckKind about = null;
            // An imported referral carries no check kind: its words say whether it is to a DA programme.
            if ("CGRF".equals(k.type()) && DaProgramme.matches((k.description() == null ? "" : k.description()) + " "
                    + (k.notes() == null ? "" : k.notes()))) {
                about = CheckKind.DA_INTERVENTION;
            }
            events.add(new CheckFacts.Event(contactIds.get(i), k.type(), k.date(), k.outcome(),
                    ref.appointmentTypes().contains(k.type()),
                    k.outcome() != null && ref.attendedOutcomes().contains(k.outcome()), about, null));
        }
        return new CheckFacts(id, in.caseType(), in.sentenceDate(), in.releaseDate(), in.orderDescription(), regs,
                events, List.of(), List.of());
    }
}
