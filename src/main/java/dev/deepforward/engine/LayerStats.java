package dev.deepforward.engine;

/**
 * What the probes measure on one layer after a training step (plain numbers, safe to hand to any thread).
 * NaN means "does not apply to this layer".
 *
 * @param layer               0-based index; the last one is the output layer
 * @param name                a short description ("layer 2 (relu 16)")
 * @param units               units of the layer
 * @param gradientNorm        ‖dJ/d(W, b)‖₂ of the mean minibatch cost, before clipping
 * @param meanAbsGradient     mean |dJ/dθ| over W and b, before clipping
 * @param appliedGradientNorm ‖dJ/d(W, b)‖₂ after clipping (what the optimizer used)
 * @param weightNorm          ‖W‖₂ of the weights (no biases)
 * @param updateRatio         ‖Δθ‖/‖θ‖ of the last update over all of the layer's parameters
 * @param activationMean      mean activation over the batch and units (hidden: before dropout; output: p)
 * @param activationStd       their standard deviation
 * @param saturatedFraction   sigmoid: share of activations below 0.01 or above 0.99; tanh: |a| &gt; 0.99
 * @param deadFraction        ReLU: share of units that output 0 for every example of the batch
 * @param gammaMean           batch norm: mean of γ
 * @param betaMean            batch norm: mean of β
 * @param weightSpread        max over units j of ‖w_j − w_0‖ (incoming weights and bias of unit j vs unit 0;
 *                            maxout: per piece): 0 while symmetry has never been broken
 */
public record LayerStats(
        int layer,
        String name,
        int units,
        double gradientNorm,
        double meanAbsGradient,
        double appliedGradientNorm,
        double weightNorm,
        double updateRatio,
        double activationMean,
        double activationStd,
        double saturatedFraction,
        double deadFraction,
        double gammaMean,
        double betaMean,
        double weightSpread) {
}
