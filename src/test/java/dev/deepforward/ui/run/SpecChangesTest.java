package dev.deepforward.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Loss;
import dev.deepforward.spec.RunSpec;
import org.junit.jupiter.api.Test;

class SpecChangesTest {

    private final RunSpec base = RunSpec.defaults();

    @Test
    void learningRateAndPenaltiesAreLive() {
        assertThat(SpecChanges.between(base, base)).isEqualTo(SpecChanges.Kind.NONE);
        assertThat(SpecChanges.between(base, base.withTraining(base.training().withLearningRate(0.5))))
                .isEqualTo(SpecChanges.Kind.LIVE);
        assertThat(SpecChanges.between(base, base.withTraining(base.training().withRegularization(0.1, 0.2))))
                .isEqualTo(SpecChanges.Kind.LIVE);
        assertThat(SpecChanges.between(base, base.withName("renamed"))).isEqualTo(SpecChanges.Kind.LIVE);
    }

    @Test
    void everythingElseStartsOver() {
        assertThat(SpecChanges.between(base, base.withTraining(base.training().withBatchSize(32))))
                .isEqualTo(SpecChanges.Kind.RESET);
        assertThat(SpecChanges.between(base, base.withTraining(base.training().withLoss(Loss.MSE)
                .withLearningRate(0.5)))).isEqualTo(SpecChanges.Kind.RESET);
        assertThat(SpecChanges.between(base, base.withData(base.data().withDataset("xor"))))
                .isEqualTo(SpecChanges.Kind.RESET);
        assertThat(SpecChanges.between(base, base.withSeed(7))).isEqualTo(SpecChanges.Kind.RESET);
    }

    @Test
    void layerNamesFollowTheNetwork() {
        assertThat(LayerNames.of(base.network())).containsExactly("layer 1", "layer 2", "output");
    }

    @Test
    void theRateCoversTheLastSecond() {
        RateMeter meter = new RateMeter();
        assertThat(meter.update(0, 0)).isZero();
        double r = 0;
        for (int f = 1; f <= 120; f++) {
            r = meter.update(f * 16_666_667L, f * 10L); // 10 steps a frame at 60 frames/s
        }
        assertThat(r).isBetween(590.0, 610.0);
        for (int f = 121; f <= 200; f++) {
            r = meter.update(f * 16_666_667L, 1200); // paused
        }
        assertThat(r).isZero();
    }
}
