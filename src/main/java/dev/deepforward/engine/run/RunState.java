package dev.deepforward.engine.run;

/** Where a training run is in its life. */
public enum RunState {
    /** Built (or reset) and not started: initial weights are in place. */
    IDLE,
    /** The worker is training. */
    RUNNING,
    /** Held between two iterations; resume or step to continue. */
    PAUSED,
    /** Ran every iteration it was asked for, or stopped early on the validation loss. */
    FINISHED,
    /** Stopped by the user. */
    STOPPED,
    /** The loss became NaN/∞ or passed the divergence threshold. */
    DIVERGED,
    /** An error inside the run; the message says what. */
    FAILED;

    /** Whether the run can no longer train without a reset. */
    public boolean isTerminal() {
        return this == FINISHED || this == STOPPED || this == DIVERGED || this == FAILED;
    }
}
