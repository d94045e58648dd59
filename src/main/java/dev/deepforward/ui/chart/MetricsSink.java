package dev.deepforward.ui.chart;

/**
 * Where training metrics go, in plain numbers. The frame timer that drains the engine's snapshot queue
 * calls these once per snapshot (in bulk, once per frame); charts only mark themselves dirty, so a frame
 * costs one repaint however many snapshots arrived. {@code run} is the variant's position in the
 * comparison (0 = A), always 0 for a single run.
 */
public interface MetricsSink {

    /** A new run (or a reset): forget the data, lay out one set of curves and panels per variant. */
    void reset(RunLayout layout);

    /** After one minibatch step. {@code gradientNorms} holds one L2 norm per layer (the caller may reuse it). */
    void iteration(int run, long iteration, int epoch, double batchLoss, double learningRate, float[] gradientNorms);

    /** After a full pass over the training set. */
    void epoch(int run, int epoch, long iteration, double trainLoss, double validationLoss, double trainAccuracy,
            double validationAccuracy);

    /** Run {@code run}'s epoch holds {@code iterations} updates of {@code examples} examples in all (once built). */
    default void epochSize(int run, int iterations, int examples) {
    }

    /** Run {@code run}'s time and speed as one line of text (empty before it trains). */
    default void figures(int run, String text) {
    }

    /** One variant of a comparison diverged or failed (null clears it): said next to that variant's views. */
    default void variantAlert(int run, String title, String detail) {
    }
}
