package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;

/** The chunked, vectorized float updates against the plain double loops, over ranges that cross chunks. */
class UpdaterFloatPathTest {

    @ParameterizedTest
    @EnumSource(Optimizer.class)
    void floatPathFollowsTheDoubleFormulas(Optimizer kind) {
        int n = 2 * Updater.CHUNK + 37;
        int from = 5;
        int to = n - 3;
        Updater f = new Updater(OptimizerSpec.of(kind), Precision.FLOAT, n);
        Updater d = new Updater(OptimizerSpec.of(kind), Precision.DOUBLE, n);
        Mem thetaF = Mem.allocate(Precision.FLOAT, n);
        Mem thetaD = Mem.allocate(Precision.DOUBLE, n);
        Mem gF = Mem.allocate(Precision.FLOAT, n);
        Mem gD = Mem.allocate(Precision.DOUBLE, n);
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            float v = (float) r.nextGaussian();
            thetaF.set(i, v);
            thetaD.set(i, v);
        }
        for (int t = 1; t <= 5; t++) {
            for (int i = 0; i < n; i++) {
                float g = i % 7 == 0 ? 0f : (float) r.nextGaussian(); // exact zeros, as dead units give
                gF.set(i, g);
                gD.set(i, g);
            }
            double sqF = f.update(thetaF, gF, from, to, 0.01, t);
            double sqD = d.update(thetaD, gD, from, to, 0.01, t);
            assertThat(sqF).as("Σ Δθ², step " + t).isCloseTo(sqD, org.assertj.core.data.Offset.offset(1e-5 * sqD + 1e-12));
        }
        for (int i = 0; i < n; i++) {
            assertThat(thetaF.get(i)).as("θ[" + i + "]")
                    .isCloseTo(thetaD.get(i), org.assertj.core.data.Offset.offset(1e-5 * (1 + Math.abs(thetaD.get(i)))));
        }
        assertThat(thetaF.get(0)).isEqualTo((float) thetaD.get(0)); // outside the range: untouched
        assertThat(thetaF.get(n - 1)).isEqualTo((float) thetaD.get(n - 1));
    }
}
