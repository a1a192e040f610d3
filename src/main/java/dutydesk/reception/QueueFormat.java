package dutydesk.reception;

import dutydesk.cases.CaseFormat;
import dutydesk.cases.DateInput;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Words and short forms for the queue and reception pages. */
final class QueueFormat {

    private QueueFormat() {
    }

    /** "10:31" today, "22 Nov" on an earlier day. */
    static String arrival(Instant at, Instant now, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        if (day.equals(LocalDate.ofInstant(now, zone))) {
            return DateInput.format(LocalTime.ofInstant(at, zone).truncatedTo(ChronoUnit.MINUTES));
        }
        return CaseFormat.listDate(day, LocalDate.ofInstant(now, zone));
    }

    /** Whole minutes waited: "0m", "47m", "1h05", "26h"+. */
    static String waited(Instant from, Instant now) {
        long m = Math.max(0, Duration.between(from, now).toMinutes());
        if (m < 60) {
            return m + "m";
        }
        if (m < 24 * 60) {
            return (m / 60) + "h" + (m % 60 < 10 ? "0" : "") + (m % 60);
        }
        return (m / 60) + "h";
    }

    /** "T. Bradshaw" from "Tom Bradshaw"; a login stays as it is. */
    static String shortName(String name) {
        if (name == null) {
            return "";
        }
        String n = name.trim();
        int sp = n.lastIndexOf(' ');
        if (sp <= 0) {
            return n;
        }
        return n.charAt(0) + ". " + n.substring(sp + 1);
    }

    /** What a visit's state means on reception's list. */
    static String receptionStatus(ReceptionRow r) {
        if (r.state() == null) {
            return "";
        }
        switch (r.state()) {
            case WITH_OFFICER: return "with " + shortName(r.withName());
            case SEEN: return "seen" + (r.withName() == null ? "" : " by " + shortName(r.withName()));
            default: return r.state().label();
        }
    }
}
