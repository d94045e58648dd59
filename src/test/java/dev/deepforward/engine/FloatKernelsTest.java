package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The vectorized float kernels against the double formulas of {@link ActivationMath}. */
class FloatKernelsTest {

    @Test
    void sigmoidIsWithinAFewUlpOfTheDoubleValue() {
        int n = 100_003; // not a multiple of any vector width, so the tail loop runs too
        float[] z = new float[n];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            z[i] = (float) (r.nextDouble() * 174 - 87); // the whole range where σ is a normal float
        }
        z[0] = 0f;
        z[1] = -0f;
        z[2] = 1e-30f;
        z[3] = -86.9f;
        float[] out = new float[n];
        FloatKernels.sigmoid(z, out, new float[n], n);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double exact = ActivationMath.sigmoid(z[i]);
            worst = Math.max(worst, Math.abs(out[i] - exact) / exact);
        }
        assertThat(worst).isLessThan(1e-6); // float's own rounding is 6e-8
        assertThat(out[0]).isEqualTo(0.5f);
    }

    @Test
    void sigmoidSaturatesWithoutDenormalsAndKeepsNaN() {
        float[] z = {200f, -200f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 88f, -88f};
        float[] out = new float[z.length];
        FloatKernels.sigmoid(z, out, new float[z.length], z.length);
        assertThat(out[0]).isEqualTo(1f);
        assertThat(out[2]).isEqualTo(1f);
        assertThat(out[5]).isEqualTo(1f);
        for (int i : new int[] {1, 3, 6}) {
            // the true value is below the smallest normal float: a tiny normal number instead of a denormal
            assertThat(out[i]).isPositive().isLessThan(1e-37f).isGreaterThanOrEqualTo(Float.MIN_NORMAL);
        }
        assertThat(out[4]).isNaN();
    }

    @Test
    void reluAndBackwardStepsFollowTheirFormulas() {
        float[] z = {-2f, 0f, 3f, Float.NaN};
        float[] out = new float[4];
        FloatKernels.relu(z, out, 4);
        assertThat(out[0]).isZero();
        assertThat(out[1]).isZero();
        assertThat(out[2]).isEqualTo(3f);
        assertThat(out[3]).isNaN();

        float[] dH = {1f, 2f, 3f, 4f};
        FloatKernels.reluBackward(dH, z, out, 4);
        // a NaN unit (a diverged network) passes NaN back
        assertThat(out).containsExactly(0f, 0f, 3f, Float.NaN);

        // the step is exactly 1 for every positive float and exactly 0 at zero of either sign
        float[] edges = {Float.MIN_VALUE, Float.MAX_VALUE, -0f, -Float.MIN_VALUE, 1e-30f};
        float[] g = {0.7f, -1.5f, 2f, 3f, -0.25f};
        float[] back = new float[5];
        FloatKernels.reluBackward(g, edges, back, 5);
        assertThat(back).containsExactly(0.7f, -1.5f, 0f, 0f, -0.25f);

        float[] a = {0.5f, 0.25f, 1f, 0f};
        FloatKernels.sigmoidBackward(dH, a, out, 4);
        assertThat(out).containsExactly(0.25f, 2 * 0.25f * 0.75f, 0f, 0f);
    }
}
