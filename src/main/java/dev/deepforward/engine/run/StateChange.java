package dev.deepforward.engine.run;

/**
 * A run (or one variant of a comparison) changed state.
 *
 * @param variant   the variant's name
 * @param state     the new state
 * @param iteration iterations taken when it changed
 * @param message   a sentence for the status bar ("diverged at iteration 412: …"), may be empty
 * @param summary   for a terminal state (finished, stopped, diverged, failed): the run's summary; else null
 */
public record StateChange(String variant, RunState state, long iteration, String message, RunSummary summary)
        implements RunEvent {
}
