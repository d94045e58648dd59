package dev.deepforward.claims;

import dev.deepforward.engine.Network;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;

/**
 * The probe-batch and weight measurements of one layer at one moment, computed from the network's public
 * API exactly as {@link dev.deepforward.lesson.Metric} defines them. NaN where a metric does not apply
 * (saturation of a ReLU layer, γ of a layer without batch norm).
 *
 * @param weights           W without biases, flattened (kept to measure the next update's ‖ΔW‖)
 * @param weightNorm        Frobenius norm of W
 * @param weightSpread      largest L2 distance between a unit's incoming weights (bias included) and unit 1's
 * @param activationMean    mean of g(z) over units × probe-batch examples, evaluation mode
 * @param activationStd     their population standard deviation
 * @param saturatedFraction share of (unit, example) pairs within 0.01 of an asymptote; sigmoid/tanh only
 * @param deadFraction      share of units that output exactly 0 on every probe example; ReLU only
 * @param gammaMean         mean batch-norm γ; batch-norm layers only
 * @param nearZeroFraction  share of W's entries with |w| below {@value #NEAR_ZERO}
 */
record LayerProbe(double[] weights, double weightNorm, double weightSpread, double activationMean,
                  double activationStd, double saturatedFraction, double deadFraction, double gammaMean,
                  double nearZeroFraction) {

    /** What counts as a near-zero weight (Metric.NEAR_ZERO_FRACTION's definition). */
    static final double NEAR_ZERO = 0.01;

    /** Measures every layer (hidden 0 … H−1, then the output layer) on {@code probe} examples. */
    static LayerProbe[] measure(Network network, float[] probeFeatures, int probeCount) {
        float[][] activations = network.activations(probeFeatures, probeCount);
        LayerProbe[] out = new LayerProbe[network.layerCount()];
        for (int l = 0; l < out.length; l++) {
            LayerSpec spec = l < network.hiddenLayerCount() ? network.networkSpec().hidden().get(l) : null;
            double[][] wb = network.layerWeights(l); // [fanIn + 1][columns], last row the biases
            out[l] = of(network, l, spec, wb, activations[l], probeCount, network.layerUnits(l));
        }
        return out;
    }

    private static LayerProbe of(Network network, int layer, LayerSpec spec, double[][] wb, float[] act,
                                 int examples, int units) {
        int rows = wb.length - 1;
        int cols = wb.length == 0 ? 0 : wb[0].length;
        double[] w = new double[rows * cols];
        double sq = 0;
        int nearZero = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                w[i * cols + j] = wb[i][j];
                sq += wb[i][j] * wb[i][j];
                if (Math.abs(wb[i][j]) < NEAR_ZERO) {
                    nearZero++;
                }
            }
        }
        Activation g = spec == null ? null : spec.activation();
        double sum = 0;
        double sumSq = 0;
        long saturated = 0;
        int dead = 0;
        for (int j = 0; j < units; j++) {
            boolean allZero = true;
            for (int r = 0; r < examples; r++) {
                double a = act[r * units + j];
                sum += a;
                sumSq += a * a;
                if (g == Activation.TANH ? Math.abs(a) > 0.99 : a < 0.01 || a > 0.99) {
                    saturated++;
                }
                allZero &= a == 0;
            }
            if (allZero) {
                dead++;
            }
        }
        double n = (double) examples * units;
        double mean = sum / n;
        return new LayerProbe(w, Math.sqrt(sq), spread(wb), mean, Math.sqrt(Math.max(0, sumSq / n - mean * mean)),
                g != null && g.saturates() ? saturated / n : Double.NaN,
                g != null && g.canDie() ? (double) dead / units : Double.NaN,
                spec != null && spec.batchNorm() ? gammaMean(network, layer, rows + 1, cols) : Double.NaN,
                w.length == 0 ? Double.NaN : (double) nearZero / w.length);
    }

    /** max over columns j of ‖wb[:, j] − wb[:, 0]‖, biases included. */
    private static double spread(double[][] wb) {
        double max = 0;
        int cols = wb.length == 0 ? 0 : wb[0].length;
        for (int j = 1; j < cols; j++) {
            double s = 0;
            for (double[] row : wb) {
                double d = row[j] - row[0];
                s += d * d;
            }
            max = Math.max(max, Math.sqrt(s));
        }
        return max;
    }

    /** γ follows W and b in the layer's parameter range, one per column of z (Network's documented layout). */
    private static double gammaMean(Network network, int layer, int rows, int cols) {
        int gammaAt = network.layerParameterRange(layer)[0] + rows * cols;
        double s = 0;
        for (int c = 0; c < cols; c++) {
            s += network.parameter(gammaAt + c);
        }
        return s / cols;
    }

    /** ‖W − before.W‖ / ‖before.W‖: the relative size of the update that led from {@code before} to this. */
    double updateRatioSince(LayerProbe before) {
        double d = 0;
        for (int i = 0; i < weights.length; i++) {
            double x = weights[i] - before.weights[i];
            d += x * x;
        }
        return Math.sqrt(d) / before.weightNorm;
    }
}
