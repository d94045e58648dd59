package dev.deepforward.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.WeightInit;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotLearningTest {

    private static RunSpec with(NetworkSpec n) {
        return RunSpec.defaults().withNetwork(n);
    }

    @Test
    void fiftyPercentOnTwoClassesIsChanceAndSeventyIsNot() {
        assertThat(NotLearning.atChance(0.5, 2)).isTrue();
        assertThat(NotLearning.atChance(0.54, 2)).isTrue();
        assertThat(NotLearning.atChance(0.7, 2)).isFalse();
        assertThat(NotLearning.atChance(0.12, 10)).isTrue();
        assertThat(NotLearning.allAtChance(List.of(0.5, 0.51, Double.NaN), 2)).isTrue();
        assertThat(NotLearning.allAtChance(List.of(0.5, 0.9), 2)).isFalse();
        assertThat(NotLearning.allAtChance(List.of(), 2)).isFalse();
    }

    @Test
    void aTinyNormalInitIsNamedWithItsDeviation() {
        List<LayerSpec> hidden = NetworkSpec.uniform(4, 16, Activation.RELU).hidden().stream()
                .map(l -> l.withInit(WeightInit.NORMAL, 0.01)).toList();
        String s = NotLearning.allAtChanceSentence("every configuration", 2,
                with(NetworkSpec.uniform(4, 16, Activation.RELU).withHidden(hidden)));
        assertThat(s).startsWith("every configuration stayed at chance (50 %): the base network does not learn — "
                + "its init is N(0, 0.01)");
    }

    @Test
    void tenSigmoidLayersWithoutBatchNormAreNamedAsTheCause() {
        assertThat(NotLearning.likelyCause(with(NetworkSpec.uniform(10, 16, Activation.SIGMOID))))
                .startsWith("10 sigmoid or tanh layers without batch norm");
    }

    @Test
    void zeroInitIsNamedBeforeAnythingElse() {
        List<LayerSpec> hidden = NetworkSpec.uniform(2, 8, Activation.RELU).hidden().stream()
                .map(l -> l.withInit(WeightInit.ZEROS, null)).toList();
        assertThat(NotLearning.likelyCause(with(NetworkSpec.uniform(2, 8, Activation.RELU).withHidden(hidden))))
                .startsWith("its init is all zeros");
    }

    @Test
    void deadUnitsNameTheLayerAndHowMany() {
        String[] names = {"layer 1 (relu 16)", "layer 2 (relu 16)", "output (softmax 2)"};
        assertThat(NotLearning.deadUnits(names, new int[] {16, 16, 2}, new double[] {0.125, 0.75, Double.NaN}))
                .hasValueSatisfying(s -> assertThat(s).startsWith("layer 2 (relu 16): 12 of 16 units are dead"));
        assertThat(NotLearning.deadUnits(names, new int[] {16, 16, 2}, new double[] {0.1, 0.2, Double.NaN})).isEmpty();
    }

    @Test
    void deadUnitsNameTheLowestWhollyDeadLayerFirstAndTheOthersAfterIt() {
        String[] names = {"layer 1 (relu 3)", "layer 2 (relu 3)", "layer 3 (relu 3)", "layer 4 (relu 3)"};
        // lesson 5 step 3: two whole layers dead from the start, another two thirds dead
        assertThat(NotLearning.deadUnits(names, new int[] {3, 3, 3, 3}, new double[] {0, 2 / 3.0, 1, 1}))
                .hasValueSatisfying(s -> assertThat(s).startsWith("layer 3 (relu 3): 3 of 3 units are dead")
                        .contains("; also dead: layer 2 (relu 3): 2 of 3, layer 4 (relu 3): 3 of 3.")
                        .doesNotContain(") ("));
    }
}
