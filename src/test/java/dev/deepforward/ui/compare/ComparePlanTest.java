package dev.deepforward.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.spec.WeightInit;
import dev.deepforward.ui.model.Headlines;
import dev.deepforward.ui.model.NetworkEdits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compare plans turn the headline toggles into engine variants that do exactly what the toggles do. */
class ComparePlanTest {

    private final RunSpec base = RunSpec.defaults();

    @Test
    void eachHeadlineToggleIsAPairOfWildcardVariants() {
        List<Variant> v = ComparePlan.of(HeadlineToggle.ACTIVATION).variants(base);
        assertThat(v).extracting(Variant::name).containsExactly("sigmoid", "ReLU");
        assertThat(v.get(0).set()).containsOnlyKeys("network.hidden[*].activation");
        assertThat(v.get(0).applyTo(base).network().hidden()).allMatch(l -> l.activation() == Activation.SIGMOID);
        assertThat(v.get(1).applyTo(base).network()).isEqualTo(base.network());

        List<Variant> init = ComparePlan.of(HeadlineToggle.INIT).variants(base);
        assertThat(init).extracting(Variant::name).containsExactly("Xavier", "random");
        // "random" is what the Init toggle means: plain N(0, σ) with the default σ = 0.01.
        LayerSpec random = init.get(1).applyTo(base).network().hidden().get(0);
        assertThat(random.init()).isEqualTo(Headlines.RANDOM);
        assertThat(random.effectiveInitScale()).isEqualTo(0.01);
        for (HeadlineToggle t : HeadlineToggle.values()) {
            for (boolean on : new boolean[] {true, false}) {
                RunSpec expected = toggle(t, on).change().apply(base);
                assertThat(VariantChoice.of(t, on).toVariant(base).applyTo(base).network())
                        .as(t + " " + on).isEqualTo(expected.network());
            }
        }
    }

    private static dev.deepforward.ui.model.SpecChange toggle(HeadlineToggle t, boolean on) {
        return switch (t) {
            case INIT -> NetworkEdits.setAllInits(on ? Headlines.XAVIER : Headlines.RANDOM);
            case ACTIVATION -> NetworkEdits.setAllActivations(on ? Activation.SIGMOID : Activation.RELU);
            case BATCH_NORM -> NetworkEdits.setAllBatchNorm(on);
            case DROPOUT -> NetworkEdits.setAllDropout(on, Headlines.DEFAULT_DROPOUT);
        };
    }

    @Test
    void aNetworkTheWildcardWouldGetWrongIsNamedLayerByLayer() {
        // A maxout layer keeps its activation and a layer's own dropout rate stays, as with the toolbar.
        RunSpec mixed = base.withNetwork(new NetworkSpec(List.of(LayerSpec.maxout(8, 2),
                LayerSpec.dense(16, Activation.RELU).withDropout(0.5), LayerSpec.dense(16, Activation.RELU)),
                base.network().output()));
        Variant sigmoid = VariantChoice.of(HeadlineToggle.ACTIVATION, true).toVariant(mixed);
        assertThat(sigmoid.set()).containsOnlyKeys("network.hidden");
        assertThat(sigmoid.applyTo(mixed).network().hidden()).extracting(LayerSpec::activation)
                .containsExactly(Activation.MAXOUT, Activation.SIGMOID, Activation.SIGMOID);
        Variant dropout = VariantChoice.of(HeadlineToggle.DROPOUT, true).toVariant(mixed);
        assertThat(dropout.applyTo(mixed).network().hidden()).extracting(LayerSpec::dropout)
                .containsExactly(0.2, 0.5, 0.2);
    }

    @Test
    void handMadeVariantsCombineTogglesAndTheLearningRate() {
        VariantChoice fast = VariantChoice.named("fast").with(HeadlineToggle.INIT, true).withLearningRate(0.5);
        ComparePlan plan = ComparePlan.custom(List.of(fast, VariantChoice.named("base")));
        RunSpec a = plan.variants(base).get(0).applyTo(base);
        assertThat(a.training().learningRate()).isEqualTo(0.5);
        assertThat(a.network().hidden()).allMatch(l -> l.init() == WeightInit.XAVIER_NORMAL);
        assertThat(plan.variants(base).get(1).applyTo(base).network()).isEqualTo(base.network());
        assertThat(plan.setsLearningRate()).isTrue();
        assertThat(plan.caption(base)).isEqualTo("A: fast (Xavier, η 0.5) · B: base (as designed) — same data, seed 42");
        assertThat(ComparePlan.of(HeadlineToggle.BATCH_NORM).caption(base.withSeed(7)))
                .isEqualTo("A: BN on · B: BN off — same data, seed 7");
        assertThat(ComparePlan.of(HeadlineToggle.DROPOUT).labels()).containsExactly("A: dropout on", "B: dropout off");
    }

    @Test
    void variantsFromAFileWithoutDescriptionsAreCaptionedByTheirNamesAloneWithNoEmptyBrackets() {
        RunSpec base = RunSpec.defaults();
        ComparePlan plan = ComparePlan.ofVariants(List.of(
                new Variant("sigmoid", null, java.util.Map.of("network.hidden[*].activation", "sigmoid")),
                new Variant("ReLU", "", java.util.Map.of("network.hidden[*].activation", "relu"))));
        assertThat(plan.caption(base)).isEqualTo("A: sigmoid · B: ReLU — same data, seed " + base.seed());
    }

    @Test
    void aPlanHoldsTwoToFourVariantsWithTheirOwnNames() {
        VariantChoice a = VariantChoice.named("a");
        assertThatThrownBy(() -> ComparePlan.custom(List.of(a))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComparePlan.custom(List.of(a, a))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComparePlan.custom(List.of(a, VariantChoice.named("b"), VariantChoice.named("c"),
                VariantChoice.named("d"), VariantChoice.named("e")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theModeRemembersItsLastComparisonForTheCKey() {
        CompareMode mode = new CompareMode();
        assertThat(mode.isOn()).isFalse();
        mode.toggle();
        assertThat(mode.plan().toggle()).isEqualTo(HeadlineToggle.ACTIVATION);
        mode.compare(HeadlineToggle.DROPOUT);
        mode.toggle();
        assertThat(mode.isOn()).isFalse();
        mode.toggle();
        assertThat(mode.plan().toggle()).isEqualTo(HeadlineToggle.DROPOUT);
        assertThat(HeadlineToggle.parse("Batch-Norm")).isEqualTo(HeadlineToggle.BATCH_NORM);
        assertThat(HeadlineToggle.parse("nonsense")).isNull();
    }
}
