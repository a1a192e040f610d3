/**
 * Small reusable pieces for pages: pure state records ({@link ListCursor}, {@link ListWindow},
 * {@link LineEdit}, {@link TextArea}) that page updates compose, and two generic pages (help and a
 * scrollable text viewer) plus a confirmation box.
 */
package dutydesk.tui.widgets;
