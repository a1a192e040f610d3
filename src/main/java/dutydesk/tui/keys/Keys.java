package dutydesk.tui.keys;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.tui.Glyphs;
import java.util.Objects;

/** Parsing, comparing and naming keys. */
public final class Keys {

    private Keys() {
    }

    /**
     * A key in vim notation: {@code "j"}, {@code "?"}, {@code "<Down>"}, {@code "<PageDown>"},
     * {@code "<c-f>"}, {@code "<F1>"}, {@code "<Esc>"}, {@code "<Enter>"}, {@code "<Space>"}.
     */
    public static KeyStroke parse(String spec) {
        if (spec.equals("<Space>") || spec.equals(" ")) {
            return new KeyStroke(' ', false, false);
        }
        KeyStroke k = KeyStroke.fromString(spec);
        if (k == null) {
            throw new IllegalArgumentException("Not a key: " + spec);
        }
        return k;
    }

    /**
     * What a key means for lookups: Ctrl+arrow (PuTTY's application-mode arrows) is an arrow;
     * Shift on a character is already in the character itself.
     */
    public static KeyStroke normalise(KeyStroke k) {
        KeyType t = k.getKeyType();
        boolean arrow = t == KeyType.ArrowUp || t == KeyType.ArrowDown || t == KeyType.ArrowLeft
                || t == KeyType.ArrowRight;
        if (arrow && (k.isCtrlDown() || k.isShiftDown())) {
            return new KeyStroke(t, false, k.isAltDown(), false);
        }
        if (t == KeyType.Character && k.isShiftDown()) {
            return new KeyStroke(k.getCharacter(), k.isCtrlDown(), k.isAltDown(), false);
        }
        return k;
    }

    /** Same key for binding purposes. */
    public static boolean same(KeyStroke a, KeyStroke b) {
        KeyStroke x = normalise(a);
        KeyStroke y = normalise(b);
        if (x.getKeyType() != y.getKeyType()) {
            return false;
        }
        if (x.getKeyType() == KeyType.Character) {
            char cx = Character.toLowerCase(x.getCharacter());
            char cy = Character.toLowerCase(y.getCharacter());
            // Ctrl+F and Ctrl+f are the same key; plain f and F are not.
            boolean sameChar = x.isCtrlDown() ? cx == cy : Objects.equals(x.getCharacter(), y.getCharacter());
            return sameChar && x.isCtrlDown() == y.isCtrlDown() && x.isAltDown() == y.isAltDown();
        }
        return x.isCtrlDown() == y.isCtrlDown() && x.isAltDown() == y.isAltDown();
    }

    /** A printable character typed without Ctrl or Alt, or null. */
    public static Character typed(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            return k.getCharacter();
        }
        return null;
    }

    /** True for Ctrl+C. */
    public static boolean isCtrlC(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && k.isCtrlDown() && !k.isAltDown()
                && Character.toLowerCase(k.getCharacter()) == 'c';
    }

    /** A short name for the key as users know it: "↓", "PgDn", "Ctrl+F", "F1", "Enter", "/". */
    public static String label(KeyStroke k, Glyphs g) {
        String base;
        switch (k.getKeyType()) {
            case Character:
                char c = k.getCharacter();
                base = c == ' ' ? "Space" : k.isCtrlDown() ? String.valueOf(Character.toUpperCase(c)) : String.valueOf(c);
                break;
            case ArrowUp: base = g.up(); break;
            case ArrowDown: base = g.down(); break;
            case ArrowLeft: base = g.left(); break;
            case ArrowRight: base = g.right(); break;
            case PageUp: base = "PgUp"; break;
            case PageDown: base = "PgDn"; break;
            case Escape: base = "Esc"; break;
            case Backspace: base = "Bksp"; break;
            case ReverseTab: base = "Shift+Tab"; break;
            default: base = k.getKeyType().name(); break;
        }
        if (k.isCtrlDown()) {
            base = "Ctrl+" + base;
        }
        if (k.isAltDown()) {
            base = "Alt+" + base;
        }
        return base;
    }
}
