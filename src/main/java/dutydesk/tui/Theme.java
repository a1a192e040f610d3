package dutydesk.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * How each {@link Role} looks. {@link #COLOUR} uses only the 8 basic ANSI colours (safe in PuTTY
 * and old xterms); {@link #MONO} uses only bold, reverse and underline, for {@code NO_COLOR} and
 * {@code --no-color}.
 */
public final class Theme {

    /** Foreground, background and attributes of one role. */
    public record Style(TextColor fg, TextColor bg, EnumSet<SGR> sgr) {
        public Style {
            sgr = sgr.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(sgr);
        }
    }

    public static final Theme MONO = mono();
    public static final Theme COLOUR = buildColour();

    private final boolean colour;
    private final Map<Role, Style> styles;

    private Theme(boolean colour, Map<Role, Style> styles) {
        this.colour = colour;
        this.styles = styles;
    }

    public boolean colour() {
        return colour;
    }

    public Style style(Role role) {
        return styles.get(role);
    }

    private static Theme mono() {
        Map<Role, Style> m = new EnumMap<>(Role.class);
        TextColor d = TextColor.ANSI.DEFAULT;
        m.put(Role.NORMAL, new Style(d, d, EnumSet.noneOf(SGR.class)));
        m.put(Role.TITLE, new Style(d, d, EnumSet.of(SGR.REVERSE)));
        m.put(Role.HEADER, new Style(d, d, EnumSet.of(SGR.BOLD)));
        m.put(Role.SELECTED, new Style(d, d, EnumSet.of(SGR.REVERSE)));
        m.put(Role.DIM, new Style(d, d, EnumSet.noneOf(SGR.class)));
        m.put(Role.WARN, new Style(d, d, EnumSet.of(SGR.BOLD)));
        m.put(Role.ALERT, new Style(d, d, EnumSet.of(SGR.BOLD)));
        m.put(Role.ERROR, new Style(d, d, EnumSet.of(SGR.BOLD, SGR.REVERSE)));
        m.put(Role.KEY, new Style(d, d, EnumSet.of(SGR.REVERSE)));
        m.put(Role.INPUT, new Style(d, d, EnumSet.of(SGR.UNDERLINE)));
        return new Theme(false, m);
    }

    private static Theme buildColour() {
        Map<Role, Style> m = new EnumMap<>(Role.class);
        TextColor d = TextColor.ANSI.DEFAULT;
        m.put(Role.NORMAL, new Style(d, d, EnumSet.noneOf(SGR.class)));
        m.put(Role.TITLE, new Style(TextColor.ANSI.WHITE, TextColor.ANSI.BLUE, EnumSet.of(SGR.BOLD)));
        m.put(Role.HEADER, new Style(d, d, EnumSet.of(SGR.BOLD)));
        m.put(Role.SELECTED, new Style(d, d, EnumSet.of(SGR.REVERSE)));
        m.put(Role.DIM, new Style(TextColor.ANSI.CYAN, d, EnumSet.noneOf(SGR.class)));
        m.put(Role.WARN, new Style(TextColor.ANSI.YELLOW, d, EnumSet.of(SGR.BOLD)));
        m.put(Role.ALERT, new Style(TextColor.ANSI.RED, d, EnumSet.of(SGR.BOLD)));
        m.put(Role.ERROR, new Style(TextColor.ANSI.WHITE, TextColor.ANSI.RED, EnumSet.of(SGR.BOLD)));
        m.put(Role.KEY, new Style(TextColor.ANSI.BLACK, TextColor.ANSI.CYAN, EnumSet.noneOf(SGR.class)));
        m.put(Role.INPUT, new Style(d, d, EnumSet.of(SGR.UNDERLINE)));
        return new Theme(true, m);
    }
}
