package dev.deepforward.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantTest {

    private final RunSpec base = RunSpec.defaults().withNetwork(NetworkSpec.uniform(3, 8, Activation.RELU));

    @Test
    void aWildcardChangesEveryHiddenLayerAndNothingElse() {
        RunSpec sigmoid = Variant.of("sigmoid", "network.hidden[*].activation", Activation.SIGMOID).applyTo(base);
        assertThat(sigmoid.network().hidden()).allSatisfy(l -> assertThat(l.activation()).isEqualTo(Activation.SIGMOID));
        assertThat(sigmoid.network().hidden()).extracting(LayerSpec::units).containsExactly(8, 8, 8);
        assertThat(sigmoid.training()).isEqualTo(base.training());
        assertThat(sigmoid.seed()).isEqualTo(base.seed());
        assertThat(sigmoid.name()).isEqualTo(base.name() + " · sigmoid");
    }

    @Test
    void severalFieldsAndIndicesCanBeSet() {
        Variant v = Variant.of("random", "network.hidden[*].init", WeightInit.NORMAL)
                .and("network.hidden[1].initScale", 0.5)
                .and("network.output.init", WeightInit.NORMAL)
                .and("training.learningRate", 0.2);
        RunSpec spec = v.applyTo(base);
        assertThat(spec.network().hidden()).extracting(LayerSpec::init).containsOnly(WeightInit.NORMAL);
        assertThat(spec.network().hidden().get(1).initScale()).isEqualTo(0.5);
        assertThat(spec.network().hidden().get(0).initScale()).isNull();
        assertThat(spec.network().output().init()).isEqualTo(WeightInit.NORMAL);
        assertThat(spec.training().learningRate()).isEqualTo(0.2);
    }

    @Test
    void aMisspeltPathIsReportedWithASuggestion() {
        Problems problems = new Problems();
        RunSpec spec = new Variant("x", "", Map.of("network.hidden[*].activaton", "relu"))
                .applyTo(base, "variants[1]", problems);
        assertThat(spec).isNull();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("variants[1].set.network.hidden[*].activaton");
            assertThat(p.message()).contains("unknown field 'activaton' in network.hidden[*] (did you mean 'activation'?)");
        });
    }

    @Test
    void anIndexOutOfRangeAndAnInvalidResultAreReported() {
        Problems problems = new Problems();
        new Variant("x", "", Map.of("network.hidden[5].units", 4)).applyTo(base, "v", problems);
        assertThat(problems.list()).extracting(Problem::message)
                .containsExactly("'network.hidden' has 3 elements; there is no [5]");

        Problems invalid = new Problems();
        new Variant("x", "", Map.of("network.hidden[0].units", 0)).applyTo(base, "v", invalid);
        assertThat(invalid.list()).extracting(Problem::toString)
                .containsExactly("v.set: makes network.hidden[0].units invalid: must be between 1 and 4096 (is 0)");

        Problems wrongType = new Problems();
        new Variant("x", "", Map.of("training.learningRate", "fast")).applyTo(base, "v", wrongType);
        assertThat(wrongType.list()).extracting(Problem::message)
                .containsExactly("makes training.learningRate invalid: expected a number, found text 'fast'");
    }

    @Test
    void theThrowingFormNamesTheVariant() {
        assertThatThrownBy(() -> Variant.of("bad", "training.nope", 1).applyTo(base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variant bad.set.training.nope: unknown field 'nope'");
    }

    @Test
    void aWholeRecordCanBeReplaced() {
        RunSpec spec = new Variant("sgd", "", Map.of("training.optimizer", Map.of("kind", "sgd"))).applyTo(base);
        assertThat(spec.training().optimizer()).isEqualTo(OptimizerSpec.of(Optimizer.SGD));
    }
}
