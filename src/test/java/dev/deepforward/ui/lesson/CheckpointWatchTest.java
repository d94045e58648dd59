package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.lesson.Checkpoint;
import dev.deepforward.lesson.CheckpointKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each checkpoint kind against hand-made run events. */
class CheckpointWatchTest {

    private static EpochMetrics epoch(String variant, int n, double valLoss, double valAcc) {
        return new EpochMetrics(variant, n, n * 10L, valLoss, valAcc, valLoss, valAcc, new int[0][]);
    }

    private static IterationMetrics iteration(long i) {
        return new IterationMetrics("", i, 0, 0.5, 0.1, new double[] {1}, null);
    }

    @Test
    void iterationsAndEpochs() {
        CheckpointWatch w = new CheckpointWatch(Checkpoint.iterations(3), List.of());
        assertThat(w.event(iteration(2))).isFalse();
        assertThat(w.event(iteration(3))).isTrue();
        w.clear();
        assertThat(w.event(iteration(1))).isFalse();
        CheckpointWatch e = new CheckpointWatch(new Checkpoint(CheckpointKind.EPOCHS, 2, null, null, null), List.of());
        assertThat(e.event(epoch("", 1, 1, 0.5))).isFalse();
        assertThat(e.event(epoch("", 2, 1, 0.5))).isTrue();
    }

    @Test
    void validationLossStopsFallingAfterPatienceEvaluationsWithoutANewLow() {
        CheckpointWatch w = new CheckpointWatch(
                new Checkpoint(CheckpointKind.VALIDATION_LOSS_STOPS_FALLING, null, 2, null, null), List.of());
        assertThat(w.event(epoch("", 1, 1.0, 0))).isFalse();
        assertThat(w.event(epoch("", 2, 0.8, 0))).isFalse();
        assertThat(w.event(epoch("", 3, 0.9, 0))).isFalse();
        assertThat(w.event(epoch("", 4, 0.85, 0))).isTrue();
    }

    @Test
    void accuracyAboveForOneVariantOrEveryRun() {
        CheckpointWatch relu = new CheckpointWatch(
                new Checkpoint(CheckpointKind.ACCURACY_ABOVE, null, null, 0.9, "relu"), List.of("sigmoid", "relu"));
        assertThat(relu.event(epoch("sigmoid", 1, 1, 0.95))).isFalse();
        assertThat(relu.event(epoch("relu", 1, 1, 0.85))).isFalse();
        assertThat(relu.event(epoch("relu", 2, 1, 0.93))).isTrue();
        CheckpointWatch all = new CheckpointWatch(
                new Checkpoint(CheckpointKind.ACCURACY_ABOVE, null, null, 0.9, null), List.of("a", "b"));
        assertThat(all.event(epoch("a", 1, 1, 0.95))).isFalse();
        assertThat(all.event(epoch("b", 1, 1, 0.91))).isTrue();
    }
}
