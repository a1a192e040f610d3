package dutydesk.reception;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The desk's settings for the queue and reception (the {@code queue.*} and {@code reception.*}
 * rows of the {@code setting} table), with the routing rule of domain.md section 5: people with
 * a high RoSH or any of the listed markers are routed to a probation officer (an ASSUMPTION, so
 * every part of it is a setting).
 *
 * @param poRoshRank  RoSH rank (1 low .. 4 very high) at or above which a person is routed to a PO
 * @param poMarkers   markers that route a person to a PO
 * @param poWarning   whether a PSO or PQiP is asked before taking someone routed to a PO
 * @param pollMillis  how often a session looks for other sessions' changes
 * @param overdueDays reception lists people overdue by at most this many days as expected
 */
public record QueueRules(int poRoshRank, Set<Marker> poMarkers, boolean poWarning, int pollMillis, int overdueDays) {

    /** Markers a person can carry, as the lists show them. */
    public enum Marker { MAPPA, DA, CP }

    public static final QueueRules DEFAULTS = new QueueRules(3, EnumSet.allOf(Marker.class), true, 1000, 28);

    /** Reads the settings; a missing one keeps its default, a bad one is refused with its key and value. */
    public static QueueRules of(Map<String, String> settings) {
        int rank = DEFAULTS.poRoshRank;
        String rosh = settings.get("queue.po_rosh");
        if (rosh != null) {
            rank = roshRank(rosh.trim().toUpperCase(Locale.ROOT));
            if (rank == 0 && !rosh.trim().equalsIgnoreCase("NONE")) {
                throw bad("queue.po_rosh", rosh, "LOW, MEDIUM, HIGH, VERY_HIGH or NONE");
            }
        }
        Set<Marker> markers = DEFAULTS.poMarkers;
        String m = settings.get("queue.po_markers");
        if (m != null) {
            markers = EnumSet.noneOf(Marker.class);
            for (String part : m.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    markers.add(Marker.valueOf(part.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw bad("queue.po_markers", m, "a comma-separated list of MAPPA, DA and CP");
                }
            }
        }
        boolean warning = DEFAULTS.poWarning;
        String w = settings.get("queue.po_warning");
        if (w != null) {
            switch (w.trim().toLowerCase(Locale.ROOT)) {
                case "on": case "yes": case "true": case "1": warning = true; break;
                case "off": case "no": case "false": case "0": warning = false; break;
                default: throw bad("queue.po_warning", w, "on or off");
            }
        }
        int poll = number(settings, "queue.poll_ms", DEFAULTS.pollMillis, 100, 60_000);
        int overdue = number(settings, "reception.overdue_days", DEFAULTS.overdueDays, 0, 366);
        return new QueueRules(rank, markers, warning, poll, overdue);
    }

    /** Why a person goes to a probation officer ("RoSH high, DA"), or an empty list. */
    public List<String> poReasons(String rosh, boolean da, boolean cp, int mappaLevel) {
        List<String> out = new ArrayList<>();
        if (poRoshRank > 0 && rosh != null && roshRank(rosh) >= poRoshRank) {
            out.add("RoSH " + rosh.toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (mappaLevel > 0 && poMarkers.contains(Marker.MAPPA)) {
            out.add("MAPPA " + mappaLevel);
        }
        if (da && poMarkers.contains(Marker.DA)) {
            out.add("DA");
        }
        if (cp && poMarkers.contains(Marker.CP)) {
            out.add("child protection");
        }
        return out;
    }

    static int roshRank(String rosh) {
        switch (rosh) {
            case "VERY_HIGH": return 4;
            case "HIGH": return 3;
            case "MEDIUM": return 2;
            case "LOW": return 1;
            default: return 0;
        }
    }

    private static int number(Map<String, String> settings, String key, int dflt, int min, int max) {
        String v = settings.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw bad(key, v, "a whole number from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(key, v, "a whole number from " + min + " to " + max);
        }
    }

    private static IllegalArgumentException bad(String key, String value, String expected) {
        return new IllegalArgumentException("setting " + key + " is '" + value + "'; it must be " + expected);
    }
}
