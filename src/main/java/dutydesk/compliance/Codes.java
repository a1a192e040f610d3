package dutydesk.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists, in the order they are offered: contact types, outcomes, enforcement actions,
 * which outcomes each type takes and which actions each outcome offers. Immutable; loaded once
 * per session.
 */
public final class Codes {

    private final Map<String, ContactType> types;
    private final Map<String, Outcome> outcomes;
    private final Map<String, EnforcementAction> actions;
    private final Map<String, List<String>> outcomesByType;
    private final Map<String, List<String>> actionsByOutcome;

    public Codes(List<ContactType> types, List<Outcome> outcomes, List<EnforcementAction> actions,
                 Map<String, List<String>> outcomesByType, Map<String, List<String>> actionsByOutcome) {
        this.types = index(types, ContactType::code);
        this.outcomes = index(outcomes, Outcome::code);
        this.actions = index(actions, EnforcementAction::code);
        this.outcomesByType = copy(outcomesByType);
        this.actionsByOutcome = copy(actionsByOutcome);
    }

    private interface Key<T> {
        String of(T t);
    }

    private static <T> Map<String, T> index(List<T> items, Key<T> key) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) {
            m.put(key.of(t), t);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    public Optional<ContactType> type(String code) {
        return Optional.ofNullable(code == null ? null : types.get(code));
    }

    public Optional<Outcome> outcome(String code) {
        return Optional.ofNullable(code == null ? null : outcomes.get(code));
    }

    public Optional<EnforcementAction> action(String code) {
        return Optional.ofNullable(code == null ? null : actions.get(code));
    }

    /** The types a duty officer logs a reporting contact with: the appointment types. */
    public List<ContactType> reportingTypes() {
        List<ContactType> out = new ArrayList<>();
        for (ContactType t : types.values()) {
            if (t.appointment()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Outcomes a contact of this type may take, in the order they are offered. */
    public List<Outcome> outcomesFor(String typeCode) {
        List<Outcome> out = new ArrayList<>();
        for (String code : outcomesByType.getOrDefault(typeCode, List.of())) {
            Outcome o = outcomes.get(code);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** Enforcement actions an outcome offers, in the order they are offered. */
    public List<EnforcementAction> actionsFor(String outcomeCode) {
        List<EnforcementAction> out = new ArrayList<>();
        for (String code : actionsByOutcome.getOrDefault(outcomeCode, List.of())) {
            EnforcementAction a = actions.get(code);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }
}
