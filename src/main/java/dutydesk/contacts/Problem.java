package dutydesk.contacts;

/** Something wrong with what was typed: where, and what, in words ("Next report: 28/11/2026 is a Saturday"). */
public record Problem(Focus where, String message) {
}
