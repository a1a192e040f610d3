package dutydesk.compliance;

/** A contact type ({@code r_contact_type}): {@code COAP} Planned Office Visit, {@code COUP} walk-in... */
public record ContactType(String code, String description, String category, boolean appointment,
                          boolean nationalStandard, boolean locationRequired) {
}
