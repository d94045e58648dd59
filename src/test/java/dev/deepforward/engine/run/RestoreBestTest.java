package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.deepforward.engine.run.RunFixtures.Recorder;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.EarlyStoppingSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.TrainingSpec;
import org.junit.jupiter.api.Test;

/** {@code restoreBest} ends a run on its best epoch's parameters, stopped early or not; off, on its last ones. */
class RestoreBestTest {

    /** Few noisy points, a wide network: the validation loss bottoms out early and then climbs. */
    private static RunSpec overfitting(int patience, boolean restoreBest) {
        return new RunSpec("overfit", 3L, DataSpec.of("spiral").withSamples(120).withNoise(0.35),
                NetworkSpec.uniform(2, 64, Activation.RELU),
                TrainingSpec.defaults().withOptimizer(OptimizerSpec.of(Optimizer.ADAM)).withLearningRate(0.02)
                        .withBatchSize(8).withEpochs(60)
                        .withEarlyStopping(new EarlyStoppingSpec(true, patience, 0, restoreBest)));
    }

    private static RunSummary train(RunSpec spec, Recorder events) throws Exception {
        try (TrainingRun run = TrainingRun.of(spec, events)) {
            run.start();
            assertThat(run.awaitSettled(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            return run.summary();
        }
    }

    private static double bestEpochLoss(Recorder events) {
        return events.epochs("").stream().mapToDouble(EpochMetrics::validationLoss).min().orElseThrow();
    }

    private static double lastEpochLoss(Recorder events) {
        var epochs = events.epochs("");
        return epochs.get(epochs.size() - 1).validationLoss();
    }

    @Test
    void aRunThatTrainsItsFullLengthEndsOnItsBestEpochWhenRestoreBestIsOn() throws Exception {
        Recorder events = new Recorder();
        RunSummary s = train(overfitting(10_000, true), events);
        assertThat(s.stoppedEarly()).isFalse();
        assertThat(lastEpochLoss(events)).as("the last epoch is worse than the best").isGreaterThan(bestEpochLoss(events));
        assertThat(s.validationLoss()).isCloseTo(bestEpochLoss(events), offset(1e-6));
    }

    @Test
    void aRunThatTrainsItsFullLengthEndsOnItsLastParametersWhenRestoreBestIsOff() throws Exception {
        Recorder events = new Recorder();
        RunSummary s = train(overfitting(10_000, false), events);
        assertThat(s.stoppedEarly()).isFalse();
        assertThat(s.validationLoss()).isCloseTo(lastEpochLoss(events), offset(1e-6))
                .isGreaterThan(bestEpochLoss(events));
    }

    @Test
    void aRunStoppedEarlyEndsOnItsBestEpochOnlyWhenRestoreBestIsOn() throws Exception {
        Recorder on = new Recorder();
        RunSummary restored = train(overfitting(3, true), on);
        assertThat(restored.stoppedEarly()).isTrue();
        assertThat(restored.validationLoss()).isCloseTo(bestEpochLoss(on), offset(1e-6));
        Recorder off = new Recorder();
        RunSummary kept = train(overfitting(3, false), off);
        assertThat(kept.stoppedEarly()).isTrue();
        assertThat(kept.validationLoss()).isCloseTo(lastEpochLoss(off), offset(1e-6))
                .isGreaterThan(bestEpochLoss(off));
    }
}
