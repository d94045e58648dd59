package dev.deepforward.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void checkpointsDescribeThemselves() {
        assertThat(Checkpoint.iterations(300).describe()).isEqualTo("Train for 300 iterations.");
        assertThat(new Checkpoint(CheckpointKind.EPOCHS, 1, null, null, null).describe()).isEqualTo("Train for 1 epoch.");
        assertThat(new Checkpoint(CheckpointKind.VALIDATION_LOSS_STOPS_FALLING, null, null, null, null).describe())
                .isEqualTo("Train until the validation loss has not reached a new low for 5 evaluations in a row.");
        assertThat(new Checkpoint(CheckpointKind.ACCURACY_ABOVE, null, null, 0.9, "relu").describe())
                .isEqualTo("Train until the validation accuracy of run 'relu' is above 90%.");
        assertThat(new Checkpoint(CheckpointKind.ACCURACY_ABOVE, null, null, 0.955, null).describe())
                .isEqualTo("Train until the validation accuracy is above 95.5%.");
    }

    @Test
    void everyChoiceHasANameAndOneSentenceOfExplanation() {
        for (Class<? extends Enum<?>> type : java.util.List.of(Metric.class, Concept.class, Level.class, Op.class,
                RunState.class, CheckpointKind.class, QuestionKind.class, Moment.Kind.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                dev.deepforward.spec.Choice c = (dev.deepforward.spec.Choice) e;
                assertThat(c.displayName()).as(c.id()).isNotBlank();
                assertThat(c.explanation()).as(c.id()).isNotBlank().endsWith(".");
            }
        }
    }

    @Test
    void metricsKnowTheirShape() {
        assertThat(Metric.GRADIENT_NORM.perLayer()).isTrue();
        assertThat(Metric.GRADIENT_NORM.outputLayerAllowed()).isTrue();
        assertThat(Metric.DEAD_FRACTION.outputLayerAllowed()).isFalse();
        assertThat(Metric.VALIDATION_ACCURACY.perLayer()).isFalse();
        assertThat(Metric.VALIDATION_ACCURACY.better()).isEqualTo(Metric.Better.HIGHER);
        assertThat(Metric.FINAL_STATE.isState()).isTrue();
        assertThat(Arrays.stream(Metric.values()).filter(Metric::isState)).containsExactly(Metric.FINAL_STATE);
        assertThat(Op.LT.test(1, 2)).isTrue();
        assertThat(Op.GE.test(2, 2)).isTrue();
        assertThat(Op.LT.id()).isEqualTo("<");
    }
}
