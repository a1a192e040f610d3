package dutydesk.tui;

/**
 * A request, returned among a model's commands, to repaint the whole terminal on the next frame
 * (after stray output such as a {@code wall} message). The loop applies it itself; it does no I/O.
 */
public record Repaint() implements Cmd, Msg {

    @Override
    public Msg run() {
        return null;
    }
}
