package dutydesk.tui;

/** The root of an application run by {@link TuiLoop}. {@code update} must be pure. */
public interface Model<M extends Model<M>> {

    Next<M> update(Msg msg);

    /** Draws the whole screen; called only on the UI thread, only after a change. */
    void draw(Canvas canvas);

    boolean done();
}
