package dev.deepforward.spec;

/** What the output layer applies to its sums. */
public enum OutputActivation implements Choice {
    AUTO("Automatic", "Follows the loss: softmax for softmax cross-entropy, sigmoid for binary cross-entropy, identity for L1/L2 on regression data, softmax for L1/L2 on classes."),
    SOFTMAX("Softmax", "Turns the outputs into a probability distribution over the classes."),
    SIGMOID("Sigmoid", "Squashes every output independently to (0, 1), one probability per class."),
    IDENTITY("Identity", "Passes the sums through unchanged, for predicting real numbers (regression).");

    private final String displayName;
    private final String explanation;

    OutputActivation(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }
}
