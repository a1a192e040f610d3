package dutydesk.imports;

/**
 * What an import wrote: cases new, changed, unchanged, back in the extract after leaving it, and
 * newly left; registrations and contacts new and changed; cases whose DA checks were evaluated.
 */
public record Counts(int casesNew, int casesChanged, int casesUnchanged, int casesBack, int casesLeft,
                     int registrationsNew, int registrationsChanged, int contactsNew, int contactsChanged,
                     int evaluated) {
}
