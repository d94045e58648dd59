package dev.deepforward.engine.nas;

import dev.deepforward.spec.ArchitectureSearchSpec;
import dev.deepforward.spec.Optimizer;

/**
 * The architecture logits' own optimizer, separate from the weights' (DARTS trains α with Adam, lr 3e-3,
 * β = (0.5, 0.999), weight decay 1e-3). With g = dL_val/dα + λ·α (λ = {@code alphaWeightDecay}):
 * <pre>
 *   SGD:  α ← α − η·g
 *   Adam: m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  α ← α − η·m̂/(√v̂ + ε),
 *         m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), ε = 1e-8
 * </pre>
 * β₁ = 0.5 rather than Adam's usual 0.9: α follows a validation loss that the weight steps keep moving,
 * and a short memory lets it follow. All in double: there are only layers × candidates numbers.
 */
final class MixtureOptimizer {

    static final double BETA1 = 0.5;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final boolean adam;
    private final double eta;
    private final double decay;
    private final double[][] m;
    private final double[][] v;
    private long t;

    MixtureOptimizer(ArchitectureSearchSpec spec, int layers, int candidates) {
        this.adam = spec.alphaOptimizer() == Optimizer.ADAM;
        this.eta = spec.alphaLearningRate();
        this.decay = spec.alphaWeightDecay();
        this.m = new double[layers][candidates];
        this.v = new double[layers][candidates];
    }

    /** Starts the next step (Adam's bias corrections count steps, not layers). */
    void nextStep() {
        t++;
    }

    /** Moves {@code alpha} of one layer in place by the gradient {@code grad} of the validation loss. */
    void update(int layer, double[] alpha, double[] grad) {
        double c1 = 1 / (1 - Math.pow(BETA1, t));
        double c2 = 1 / (1 - Math.pow(BETA2, t));
        for (int k = 0; k < alpha.length; k++) {
            double g = grad[k] + decay * alpha[k];
            if (adam) {
                m[layer][k] = BETA1 * m[layer][k] + (1 - BETA1) * g;
                v[layer][k] = BETA2 * v[layer][k] + (1 - BETA2) * g * g;
                alpha[k] -= eta * (m[layer][k] * c1) / (Math.sqrt(v[layer][k] * c2) + EPSILON);
            } else {
                alpha[k] -= eta * g;
            }
        }
    }
}
