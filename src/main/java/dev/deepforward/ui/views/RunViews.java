package dev.deepforward.ui.views;

import dev.deepforward.engine.run.Comparison;
import dev.deepforward.engine.run.RunEvent;

/**
 * What the run controller tells the analysis views, on the FX thread: every event of the current run
 * (in the per-frame batch), once per frame the run itself (so views can ask it for what they show, a few
 * times a second), and when a new run or a reset makes the old pictures wrong.
 */
public interface RunViews {

    RunViews NONE = new RunViews() {
        @Override public void clear() { }
        @Override public void event(RunEvent e) { }
        @Override public void frame(Comparison run, boolean running, long nowNanos) { }
    };

    /** A new run or a reset: forget everything shown. */
    void clear();

    /** One event of the current run. */
    void event(RunEvent e);

    /** Once per frame while a run is set up: a chance to request views from it. */
    void frame(Comparison run, boolean running, long nowNanos);
}
