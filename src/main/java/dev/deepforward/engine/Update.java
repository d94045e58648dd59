package dev.deepforward.engine;

/** An optimizer's step over ranges of the flat parameter and gradient buffers, with its own state. */
interface Update {

    /** Updates θ[from, to) from g[from, to) and returns Σ Δθ² over the range (the update-ratio probe). */
    double update(Mem theta, Mem g, int from, int to, double eta, long t);

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
