/**
 * The composition root: command-line handling ({@link dutydesk.Main}), start-up
 * ({@link DutyDeskApp}: database, terminal, loop) and {@link App}, the root model that stacks
 * pages, routes each command's result back to the page that asked for it, and owns the keys
 * that work everywhere (help, quit, redraw). The only package that knows every feature.
 */
package dutydesk.app;
