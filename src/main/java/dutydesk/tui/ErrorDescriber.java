package dutydesk.tui;

/** Turns a failure into one line for the status bar (the application knows its error types). */
@FunctionalInterface
public interface ErrorDescriber {

    String describe(Throwable t);
}
