package dutydesk.tui.keys;

import com.googlecode.lanterna.input.KeyStroke;
import dutydesk.tui.Glyphs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key table of one page mode: which key does which action, with help text. Immutable.
 * Build with {@link #named}: {@code Keymap.named("Case list", Action.class).bind(DOWN, "Move
 * down", "<Down>", "j").build()}.
 */
public final class Keymap<A extends Enum<A>> {

    private final String title;
    private final List<Binding<A>> bindings;

    private Keymap(String title, List<Binding<A>> bindings) {
        this.title = title;
        this.bindings = List.copyOf(bindings);
    }

    public static <A extends Enum<A>> Builder<A> named(String title, Class<A> actions) {
        return new Builder<>(title);
    }

    public String title() {
        return title;
    }

    public List<Binding<A>> bindings() {
        return bindings;
    }

    /** The action bound to this key, if any. */
    public Optional<A> lookup(KeyStroke key) {
        for (Binding<A> b : bindings) {
            for (KeyStroke k : b.keys()) {
                if (Keys.same(k, key)) {
                    return Optional.of(b.action());
                }
            }
        }
        return Optional.empty();
    }

    /** The binding of an action. */
    public Binding<A> binding(A action) {
        for (Binding<A> b : bindings) {
            if (b.action() == action) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unbound action " + action + " in " + title);
    }

    /**
     * A hint-bar entry: the first key of each action ("↑↓" when each is one character,
     * "PgUp/PgDn" otherwise) and a label. Keys are read from this table, so the hint always
     * names the key that works.
     */
    @SafeVarargs
    public final Hint hint(Glyphs g, String label, A... actions) {
        List<String> labels = new ArrayList<>();
        boolean allSingle = true;
        for (A a : actions) {
            String l = Keys.label(binding(a).keys().get(0), g);
            allSingle &= l.length() == 1;
            labels.add(l);
        }
        return new Hint(String.join(allSingle ? "" : "/", labels), label);
    }

    /** Pairs of actions that share a key (must be empty; a test checks every page). */
    public List<String> conflicts() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bindings.size(); i++) {
            for (int j = i + 1; j < bindings.size(); j++) {
                for (KeyStroke a : bindings.get(i).keys()) {
                    for (KeyStroke b : bindings.get(j).keys()) {
                        if (Keys.same(a, b)) {
                            out.add(title + ": " + a + " is bound to " + bindings.get(i).action()
                                    + " and " + bindings.get(j).action());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Collects bindings in the order they will appear in help. */
    public static final class Builder<A extends Enum<A>> {
        private final String title;
        private final List<Binding<A>> bindings = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder<A> bind(A action, String help, String... keys) {
            List<KeyStroke> ks = new ArrayList<>();
            for (String k : keys) {
                ks.add(Keys.parse(k));
            }
            bindings.add(new Binding<>(action, ks, help));
            return this;
        }

        public Keymap<A> build() {
            return new Keymap<>(title, bindings);
        }
    }
}
