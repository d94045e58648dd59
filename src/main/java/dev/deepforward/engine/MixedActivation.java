package dev.deepforward.engine;

import java.util.List;

import dev.deepforward.spec.Activation;

/**
 * The architecture parameters of one hidden layer in mixed-activation mode (DARTS): the layer's
 * activation is a softmax-weighted mixture of K candidates,
 * <pre>
 *   p = softmax(α),   p_k = e^{α_k} / Σ_j e^{α_j}
 *   g_mix(z) = Σ_k p_k · g_k(z)
 * </pre>
 * with exact derivatives
 * <pre>
 *   ∂g_mix/∂z   = Σ_k p_k · g_k'(z)
 *   ∂g_mix/∂α_j = p_j · (g_j(z) − g_mix(z))        (softmax Jacobian: ∂p_k/∂α_j = p_k(δ_kj − p_j))
 * </pre>
 * so that for a layer whose outputs receive δ = dJ/dh,
 * <pre>
 *   dJ/dz   = δ ⊙ Σ_k p_k g_k'(z)
 *   dJ/dα_j = Σ_{examples, units} δ ⊙ p_j (g_j(z) − g_mix(z))
 * </pre>
 *
 * <p>α lives here, outside the network's flat parameter buffer, on purpose: the weight optimizer loops over
 * that buffer only, so a weight step can never move α, and α gets its own optimizer (in the search).
 * The values are kept in double whatever the network's precision: there are only K of them per layer,
 * and the α step wants the exact sum over the batch.
 *
 * <p>Candidates are the element-wise activations with a fixed shape: every {@link Activation} except
 * maxout (not element-wise) and PReLU (its slope is a weight-buffer parameter). Leaky ReLU and ELU use
 * their default α (0.01, 1).
 */
final class MixedActivation {

    final Activation[] candidates;
    /** ELU's / leaky ReLU's fixed α of each candidate. */
    final double[] shapeAlpha;
    /** The architecture logits α (not the activations' shape α). */
    final double[] logits;
    /** dJ/dα of the last backward pass that went through this layer. */
    final double[] gradient;
    /** softmax(logits), refreshed by every forward pass (backward uses the forward's values). */
    final double[] weights;
    /** Per-candidate sums of δ·(g_k − g_mix) during backward (multiplied by p_k at the end). */
    final double[] partial;

    MixedActivation(List<Activation> candidates) {
        int k = candidates.size();
        if (k < 1) {
            throw new IllegalArgumentException("a mixture needs at least one candidate");
        }
        this.candidates = candidates.toArray(new Activation[0]);
        this.shapeAlpha = new double[k];
        for (int i = 0; i < k; i++) {
            Activation a = this.candidates[i];
            if (!isCandidate(a)) {
                throw new IllegalArgumentException("'" + (a == null ? "null" : a.id())
                        + "' cannot be a mixture candidate: it must be element-wise without weights of its own");
            }
            shapeAlpha[i] = a.defaultAlpha();
        }
        this.logits = new double[k];
        this.gradient = new double[k];
        this.weights = new double[k];
        this.partial = new double[k];
        refreshWeights();
    }

    /** Whether {@code a} can be mixed: element-wise with no trainable parameter of its own. */
    static boolean isCandidate(Activation a) {
        return a != null && a != Activation.MAXOUT && a != Activation.PRELU;
    }

    int size() {
        return candidates.length;
    }

    /** p = softmax(α), shifted by max α so that e^x never overflows. */
    double[] refreshWeights() {
        softmax(logits, weights);
        return weights;
    }

    static void softmax(double[] logits, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            out[i] = Math.exp(logits[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < logits.length; i++) {
            out[i] /= sum;
        }
    }

    /** g_k(z) of candidate k. */
    double candidate(int k, double z) {
        return ActivationMath.apply(candidates[k], shapeAlpha[k], z);
    }

    /** g_k'(z) of candidate k, given its output g_k(z). */
    double candidateDerivative(int k, double z, double gk) {
        return ActivationMath.derivative(candidates[k], shapeAlpha[k], z, gk);
    }

    /** g_mix(z) = Σ p_k g_k(z) with the current weights (for tests and single values). */
    double value(double z) {
        double s = 0;
        for (int k = 0; k < candidates.length; k++) {
            s += weights[k] * candidate(k, z);
        }
        return s;
    }

    /** ∂g_mix/∂z = Σ p_k g_k'(z). */
    double derivative(double z) {
        double s = 0;
        for (int k = 0; k < candidates.length; k++) {
            s += weights[k] * candidateDerivative(k, z, candidate(k, z));
        }
        return s;
    }

    /** ∂g_mix/∂α_j = p_j (g_j(z) − g_mix(z)). */
    double derivativeByLogit(int j, double z) {
        return weights[j] * (candidate(j, z) - value(z));
    }
}
