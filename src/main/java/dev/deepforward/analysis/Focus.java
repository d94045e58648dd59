package dev.deepforward.analysis;

/** What a bias/variance diagnosis says to work on next. */
public enum Focus {
    /** Avoidable bias dominates: the model does not even fit the training set as well as people do. */
    BIAS("Reduce avoidable bias", "Training error is far above human-level error: the model underfits."),
    /** Variance dominates: the model fits the training set but does not generalize to the development set. */
    VARIANCE("Reduce variance", "Development error is far above training error: the model overfits."),
    /** Both gaps are sizeable and neither is twice the other. */
    BOTH("Reduce bias and variance", "Both gaps are sizeable: work on the larger first, then the other."),
    /** Both gaps are small: the model is close to human-level performance. */
    NEITHER("Close to human level", "Both gaps are small; further progress is hard and may need more or better data.");

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
