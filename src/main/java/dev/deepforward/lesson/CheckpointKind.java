package dev.deepforward.lesson;

import dev.deepforward.spec.Choice;

/** What a {@link Checkpoint} asks the reader to train until. */
public enum CheckpointKind implements Choice {
    ITERATIONS("Iterations", "Train for a number of iterations (minibatch updates), given as 'value'."),
    EPOCHS("Epochs", "Train for a number of epochs (passes over the training part), given as 'value'."),
    VALIDATION_LOSS_STOPS_FALLING("Validation loss stops falling", "Train until the validation loss has not reached a new low for 'patience' evaluations in a row."),
    ACCURACY_ABOVE("Accuracy above", "Train until the validation accuracy is above 'threshold' (a share between 0 and 1).");

    private final String displayName;
    private final String explanation;

    CheckpointKind(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }
}
