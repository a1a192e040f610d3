/**
 * The composition root: the command line ({@link Cli}: the desk's options, and one
 * {@link HeadlessCommand} subclass per headless command, each doing its work through its
 * feature's classes; {@link Options#fastParse} keeps the desk's start-up off the library), start-up
 * ({@link DutyDeskApp}: database, terminal, loop) and {@link App}, the root model that stacks
 * pages, routes each command's result back to the page that asked for it, and owns the keys
 * that work everywhere (help, quit, redraw). The only package that knows every feature.
 */
package dutydesk.app;
