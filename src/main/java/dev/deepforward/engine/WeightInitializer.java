package dev.deepforward.engine;

import java.util.SplittableRandom;

import dev.deepforward.spec.WeightInit;

/**
 * Draws a layer's initial weights (biases stay zero).
 *
 * <p>Side-by-side runs must differ only by the toggle being compared, so every scheme is a fixed map of
 * the same underlying draws: per layer, a {@link SplittableRandom} seeded from (run seed, layer index)
 * yields one uniform u ∈ (0, 1) per weight, in row-major order of the weight matrix, and the scheme maps u:
 * <ul>
 *   <li>uniform ±a: (2u − 1)·a — Xavier uniform a = √(6/(n_in + n_out)), He uniform a = √(6/n_in);</li>
 *   <li>normal σ: σ·Φ⁻¹(u) — Xavier σ = √(2/(n_in + n_out)), He σ = √(2/n_in), LeCun σ = √(1/n_in);</li>
 *   <li>truncated normal: u is mapped into the central ±2 of Φ, i.e. Φ⁻¹(Φ(−2) + u·(Φ(2) − Φ(−2))), and
 *       scaled so that the truncated distribution's deviation equals Xavier's σ (the cut alone would
 *       shrink it by a factor 0.8796);</li>
 *   <li>zeros and constant c ignore the draws.</li>
 * </ul>
 * So "Xavier normal" and "normal σ = 0.01" of one layer are proportional, weight for weight.
 * For a maxout layer n_out counts every piece (units × k).
 */
final class WeightInitializer {

    private static final double PHI_2 = 0.9772498680518208; // Φ(2)
    /** The standard deviation of a standard normal truncated to [−2, 2]. */
    private static final double TRUNCATED_SD;

    static {
        double density2 = Math.exp(-2.0) / Math.sqrt(2 * Math.PI); // φ(2)
        TRUNCATED_SD = Math.sqrt(1 - 2 * 2 * density2 / (2 * PHI_2 - 1));
    }

    private WeightInitializer() {
    }

    /** The seed of layer {@code layerIndex}'s stream (output layer = number of hidden layers). */
    static long layerSeed(long runSeed, int layerIndex) {
        return new SplittableRandom(runSeed).split().nextLong() ^ (0x9E3779B97F4A7C15L * (layerIndex + 1L));
    }

    /**
     * Fills the first {@code fanIn} rows of {@code w} ([fanIn(+1 bias row), fanOut]) and zeroes the bias row
     * if present.
     */
    static void fill(Block w, int fanIn, int fanOut, WeightInit scheme, double scale, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < fanIn; i++) {
            for (int j = 0; j < fanOut; j++) {
                double u = nextOpenUniform(random);
                w.set(i, j, value(scheme, scale, u, fanIn, fanOut));
            }
        }
        for (int i = fanIn; i < w.rows; i++) {
            for (int j = 0; j < fanOut; j++) {
                w.set(i, j, 0.0);
            }
        }
    }

    /** A uniform draw strictly inside (0, 1), so Φ⁻¹ stays finite. */
    private static double nextOpenUniform(SplittableRandom random) {
        double u;
        do {
            u = random.nextDouble();
        } while (u == 0.0);
        return u;
    }

    static double value(WeightInit scheme, double scale, double u, int fanIn, int fanOut) {
        return switch (scheme) {
            case ZEROS -> 0.0;
            case CONSTANT -> scale;
            case UNIFORM -> (2 * u - 1) * scale;
            case NORMAL -> scale * NormalQuantile.of(u);
            case XAVIER_NORMAL -> Math.sqrt(2.0 / (fanIn + fanOut)) * NormalQuantile.of(u);
            case XAVIER_UNIFORM -> (2 * u - 1) * Math.sqrt(6.0 / (fanIn + fanOut));
            case XAVIER_TRUNCATED_NORMAL -> Math.sqrt(2.0 / (fanIn + fanOut)) / TRUNCATED_SD
                    * NormalQuantile.of((1 - PHI_2) + u * (2 * PHI_2 - 1));
            case HE_NORMAL -> Math.sqrt(2.0 / fanIn) * NormalQuantile.of(u);
            case HE_UNIFORM -> (2 * u - 1) * Math.sqrt(6.0 / fanIn);
            case LECUN_NORMAL -> Math.sqrt(1.0 / fanIn) * NormalQuantile.of(u);
        };
    }
}
