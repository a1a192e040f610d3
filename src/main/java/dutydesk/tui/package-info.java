/**
 * Terminal infrastructure with no probation vocabulary: the Elm-style loop ({@link TuiLoop}:
 * one UI thread, {@link Msg} in, {@link Next} out, {@link Cmd}s run off the UI thread and return
 * messages), the buffered SSH-friendly terminal ({@link AppTerminal}), a low-bandwidth frame
 * renderer ({@link FrameScreen}), and the drawing surface views use ({@link Canvas}), which
 * sanitises every string it is given. Key tables and widgets live in {@code tui.keys} and
 * {@code tui.widgets}.
 */
package dutydesk.tui;
