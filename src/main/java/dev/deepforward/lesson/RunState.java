package dev.deepforward.lesson;

import dev.deepforward.spec.Choice;

/** How a training run ended; the value of the {@link Metric#FINAL_STATE} metric. */
public enum RunState implements Choice {
    FINISHED("Finished", "The run trained for its full length (the spec's iterations or epochs, or the claim's)."),
    DIVERGED("Diverged", "A minibatch loss became NaN, infinite or larger than the spec's divergence threshold, so the run was stopped."),
    STOPPED_EARLY("Stopped early", "Early stopping ended the run because the validation loss stopped improving.");

    private final String displayName;
    private final String explanation;

    RunState(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }
}
