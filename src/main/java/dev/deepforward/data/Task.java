package dev.deepforward.data;

/** What a dataset asks the network to do. */
public enum Task {
    /** Predict one of {@code classCount} labels; the network ends in softmax (or sigmoid). */
    CLASSIFICATION,
    /** Predict {@code outputCount} real numbers; the network ends in an identity layer. */
    REGRESSION
}
