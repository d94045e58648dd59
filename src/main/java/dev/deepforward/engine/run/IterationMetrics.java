package dev.deepforward.engine.run;

import dev.deepforward.engine.LayerStats;

/**
 * The measurements of one training iteration.
 *
 * <p>Loss, learning rate and every layer's gradient norm are measured at every iteration. The full
 * per-layer probes ({@link LayerStats}: activations, saturation, dead units, weight norms, update ratios)
 * cost a pass over every layer's activations, which on a tiny network is as much as the step itself; so
 * they are taken every {@link RunCore#probeInterval} iterations (every iteration on networks big enough
 * for them to be cheap, every 16th on the tiniest) and {@code layers} is {@code null} in between. The
 * interval depends only on the network's size and batch, so runs stay reproducible.
 *
 * @param variant       the variant's name
 * @param iteration     1-based count of training steps taken
 * @param epoch         0-based epoch the step belonged to
 * @param loss          the minibatch cost J (with regularization)
 * @param learningRate  the learning rate used by the step (after the schedule)
 * @param gradientNorms per layer (hidden 1…L, then the output layer): L2 norm of the gradient of the mean
 *                      minibatch cost with respect to W and b, before clipping
 * @param layers        the full probes of every layer, or {@code null} on iterations between probes
 * @param trainingSeconds how long this network has trained so far: the wall-clock time of its own iterations
 *                      (steps, probes, per-epoch evaluations), measured on the training thread; pauses, the
 *                      speed limit's waits, the views the window asks for and the other variants' turns are
 *                      left out. The one figure here that differs between two runs of one spec.
 * @param examplesSeen  training examples the steps so far went through (a short last batch counts as it is)
 */
public record IterationMetrics(String variant, long iteration, int epoch, double loss, double learningRate,
                               double[] gradientNorms, LayerStats[] layers, double trainingSeconds,
                               long examplesSeen) implements RunEvent {

    /** Metrics without the clock (tests and tools that make events by hand). */
    public IterationMetrics(String variant, long iteration, int epoch, double loss, double learningRate,
                            double[] gradientNorms, LayerStats[] layers) {
        this(variant, iteration, epoch, loss, learningRate, gradientNorms, layers, 0, 0);
    }
}
