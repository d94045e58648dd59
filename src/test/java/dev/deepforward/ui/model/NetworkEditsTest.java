package dev.deepforward.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerKind;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.WeightInit;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkEditsTest {

    private static RunSpec withLayers(LayerSpec... layers) {
        return RunSpec.defaults().withNetwork(NetworkSpec.defaults().withHidden(List.of(layers)));
    }

    private static List<Integer> units(RunSpec s) {
        return s.network().hidden().stream().map(LayerSpec::units).toList();
    }

    @Test
    void movingIntoAGapPutsTheLayerThere() {
        RunSpec s = withLayers(LayerSpec.dense(1, Activation.RELU), LayerSpec.dense(2, Activation.RELU),
                LayerSpec.dense(3, Activation.RELU));
        assertThat(units(NetworkEdits.moveLayer(0, 3).change().apply(s))).containsExactly(2, 3, 1);
        assertThat(units(NetworkEdits.moveLayer(2, 0).change().apply(s))).containsExactly(3, 1, 2);
        assertThat(units(NetworkEdits.moveLayer(0, 2).change().apply(s))).containsExactly(2, 1, 3);
        assertThat(NetworkEdits.finalIndex(0, 3)).isEqualTo(2);
    }

    @Test
    void theActivationToggleLeavesMaxoutLayersAlone() {
        RunSpec s = withLayers(LayerSpec.dense(4, Activation.RELU), LayerSpec.maxout(4, 2));
        RunSpec t = NetworkEdits.setAllActivations(Activation.SIGMOID).change().apply(s);
        assertThat(t.network().hidden().get(0).activation()).isEqualTo(Activation.SIGMOID);
        assertThat(t.network().hidden().get(1).activation()).isEqualTo(Activation.MAXOUT);
        assertThat(t.problems("").isEmpty()).isTrue();
        assertThat(Headlines.sigmoid(t.network())).isTrue();
    }

    @Test
    void changingActivationDropsAnAlphaTheNewOneWouldReject() {
        RunSpec s = withLayers(LayerSpec.dense(4, Activation.LEAKY_RELU).withAlpha(0.2));
        RunSpec t = NetworkEdits.setActivation(0, Activation.TANH).change().apply(s);
        assertThat(t.network().hidden().get(0).alpha()).isNull();
        assertThat(t.problems("").isEmpty()).isTrue();
    }

    @Test
    void headlinesReadMixedWhenLayersDisagree() {
        RunSpec s = withLayers(LayerSpec.dense(4, Activation.RELU), LayerSpec.dense(4, Activation.SIGMOID));
        assertThat(Headlines.sigmoid(s.network())).isNull();
        RunSpec random = NetworkEdits.setAllInits(WeightInit.NORMAL).change().apply(s);
        assertThat(Headlines.xavier(random.network())).isFalse();
        RunSpec dropout = NetworkEdits.setAllDropout(true, 0.2).change().apply(s);
        assertThat(Headlines.dropout(dropout.network())).isTrue();
        assertThat(dropout.network().hidden()).allMatch(l -> l.dropout() == 0.2);
    }

    @Test
    void aNewLayerFollowsTheHeadlineSettings() {
        RunSpec s = NetworkEdits.setAllActivations(Activation.SIGMOID).change().apply(RunSpec.defaults());
        s = NetworkEdits.setAllBatchNorm(true).change().apply(s);
        LayerSpec l = DesignCommands.newDense(s.network());
        assertThat(l.activation()).isEqualTo(Activation.SIGMOID);
        assertThat(l.batchNorm()).isTrue();
        assertThat(DesignCommands.newMaxout(s.network()).kind()).isEqualTo(LayerKind.MAXOUT);
    }

    @Test
    void problemPathsReadAsWords() {
        var p = new dev.deepforward.spec.Problem("network.hidden[2].units", "must be between 1 and 4096 (is 0)");
        assertThat(ProblemText.hiddenIndex(p)).isEqualTo(2);
        assertThat(ProblemText.describe(p)).isEqualTo("Layer 3 units must be between 1 and 4096 (is 0)");
        assertThat(ProblemText.onCard(p)).isEqualTo("units must be between 1 and 4096 (is 0)");
    }

    @Test
    void numbersAreCompact() {
        assertThat(Numbers.compact(0.01)).isEqualTo("0.01");
        assertThat(Numbers.compact(3e-4)).isEqualTo("3e-4");
        assertThat(Numbers.compact(1234)).isEqualTo("1,234");
        assertThat(Numbers.grouped(12345)).isEqualTo("12,345");
    }
}
