package dev.deepforward.engine;

/** An optimizer's step over ranges of the flat parameter and gradient buffers, with its own state. */
interface Update {

    /** Updates θ[from, to) from g[from, to) and returns Σ Δθ² over the range (the update-ratio probe). */
    double update(Mem theta, Mem g, int from, int to, double eta, long t);

    /**
     * As {@link #update(Mem, Mem, int, int, double, long)}, and adds Σ g² and Σ |g| over the range to
     * {@code gradSums[0]} and {@code gradSums[1]} (the gradient-norm probe, in the same pass over g) when
     * {@link #sumsGradient()}; else leaves them alone.
     */
    default double update(Mem theta, Mem g, int from, int to, double eta, long t, double[] gradSums) {
        return update(theta, g, from, to, eta, t);
    }

    /** Whether {@link #update(Mem, Mem, int, int, double, long, double[])} sums the gradient. */
    default boolean sumsGradient() {
        return false;
    }

    /**
     * Whether this optimizer keeps its last step Δθ in a buffer of its own until the next update, so that Σ Δθ² can
     * be taken later ({@link #apply}, then {@link #stepSquares} when a probe reads it) instead of in a pass of its
     * own after every update.
     */
    default boolean keepsStep() {
        return false;
    }

    /** As {@link #update(Mem, Mem, int, int, double, long)} without Σ Δθ² (see {@link #keepsStep}). */
    default void apply(Mem theta, Mem g, int from, int to, double eta, long t) {
        update(theta, g, from, to, eta, t);
    }

    /**
     * Σ Δθ² over [from, to) of the last {@link #apply} (when {@link #keepsStep}; {@code g} is the gradient buffer
     * that update read, unchanged since).
     */
    default double stepSquares(Mem g, int from, int to) {
        throw new UnsupportedOperationException("this optimizer does not keep its step");
    }

    /** Sets state values too small to matter to zero (denormal floats slow every later step). */
    void flushDenormals();

    /**
     * An update over the same state that another thread can run at the same time on a disjoint range, or
     * null when this optimizer cannot be split.
     */
    default Update sibling() {
        return null;
    }

    /** The second-moment state at i (tests). */
    double secondMoment(int i);
}
