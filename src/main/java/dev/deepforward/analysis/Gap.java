package dev.deepforward.analysis;

/** A rung-to-rung gap of the error ladder that a diagnosis can tell to work on. */
public enum Gap {
    /** Training error − human-level error. */
    AVOIDABLE_BIAS("avoidable bias"),
    /** Train-dev (or, without one, development) error − training error. */
    VARIANCE("variance"),
    /** Development error − train-dev error: the development data differ from the training data. */
    DATA_MISMATCH("data mismatch");

    private final String label;

    Gap(String label) {
        this.label = label;
    }

    /** The gap's name as the ladder and the terminal print it. */
    public String label() {
        return label;
    }
}
