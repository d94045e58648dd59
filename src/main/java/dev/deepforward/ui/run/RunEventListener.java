package dev.deepforward.ui.run;

import dev.deepforward.engine.run.RunEvent;

/**
 * Watches the current run's events on the FX thread, as the charts see them (e.g. a lesson's checkpoints).
 * Only events of the run now shown arrive: those of a disposed run or from before a reset never do.
 */
public interface RunEventListener {

    /** One event of the current run (any variant; {@link RunEvent#variant()} names it). */
    void event(RunEvent e);

    /** The curves start over: a new run, a reset, or compare mode switched. */
    default void cleared() {
    }
}
