package dutydesk.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code update} returns: the next state, the commands to run, and whether the message was
 * handled (an unhandled key is offered to the application's global bindings).
 */
public record Next<S>(S state, List<Cmd> cmds, boolean handled) {

    public Next {
        cmds = List.copyOf(cmds);
    }

    public static <S> Next<S> of(S state) {
        return new Next<>(state, List.of(), true);
    }

    public static <S> Next<S> of(S state, Cmd... cmds) {
        return new Next<>(state, List.of(cmds), true);
    }

    public static <S> Next<S> of(S state, List<Cmd> cmds) {
        return new Next<>(state, cmds, true);
    }

    /** The message meant nothing here; the state is unchanged. */
    public static <S> Next<S> ignored(S state) {
        return new Next<>(state, List.of(), false);
    }

    /** Same commands and handled flag, another state (a parent wrapping a child's result). */
    public <T> Next<T> map(Function<S, T> f) {
        return new Next<>(f.apply(state), cmds, handled);
    }

    /** This result plus more commands. */
    public Next<S> and(List<Cmd> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Cmd> all = new ArrayList<>(cmds);
        all.addAll(more);
        return new Next<>(state, all, handled);
    }
}
