package dutydesk.contacts;

import java.time.LocalDate;

/**
 * What a new contact form starts with when it is opened for a known purpose: a walk-in taken
 * from the queue starts as {@code COUP}; a person who never arrived starts as a failure to
 * attend ({@code AFTA}) on the day they were due. Null fields keep the usual default.
 */
public record Preset(String type, String outcome, LocalDate date) {

    public static final Preset NONE = new Preset(null, null, null);
}
