package dev.deepforward.analysis;

/** What a diagnosis says to work on next. */
public enum Focus {
    /** Avoidable bias dominates: the model does not even fit the training set as well as people do. */
    BIAS("Reduce avoidable bias", "Training error is far above human-level error: the model underfits. "
            + "Try a bigger network, train longer or with a better optimizer."),
    /** Variance dominates: the model fits the training set but does not generalize to unseen data like it. */
    VARIANCE("Reduce variance", "The error on unseen data is far above training error: the model overfits. "
            + "Try more data or regularization."),
    /** Data mismatch dominates: train-dev error is close to training error, development error far above it. */
    DATA_MISMATCH("Reduce data mismatch", "Train-dev error is close to training error, but development error is "
            + "far above it: the development data differ from the training data. Find out how (error analysis), then "
            + "make the training data more like the development data: collect more like it, or synthesize it."),
    /** Avoidable bias and variance are both sizeable and neither is twice the other. */
    BOTH("Reduce bias and variance", "Both gaps are sizeable: work on the larger first, then the other."),
    /** Data mismatch and another gap are sizeable and none is twice the others. */
    SEVERAL("Several gaps matter", "More than one gap is sizeable: work on the largest first, then read the "
            + "errors again."),
    /** No gap is larger than the noise of the sets' sizes, though some are more than half a point. */
    WITHIN_NOISE("No gap beyond the noise", "No gap is larger than the noise of sets this size (about two standard"
            + " errors), so the errors cannot tell bias from variance yet. Measure on more examples (a bigger"
            + " validation set) before acting on them."),
    /** Every gap is small: the model is close to human-level performance. */
    NEITHER("Close to human level", "Every gap is small; further progress is hard and may need more or better data.");

    private final String title;
    private final String explanation;

    Focus(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }
}
