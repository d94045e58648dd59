package dev.deepforward.ui.chart;

/**
 * Where training metrics go, in plain numbers. The frame timer that drains the engine's snapshot queue
 * will call these once per snapshot (in bulk, once per frame); charts only mark themselves dirty, so
 * a frame costs one repaint however many snapshots arrived.
 */
public interface MetricsSink {

    /** A new run (or a reset): forget the data; one name per layer whose gradients are measured. */
    void reset(String[] layerNames);

    /** After one minibatch step. {@code gradientNorms} holds one L2 norm per layer (array may be reused by caller after return). */
    void iteration(long iteration, int epoch, double batchLoss, double learningRate, float[] gradientNorms);

    /** After a full pass over the training set. */
    void epoch(int epoch, long iteration, double trainLoss, double validationLoss, double trainAccuracy,
            double validationAccuracy);
}
