package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deepforward.engine.run.RunFixtures.Recorder;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.TrainingSpec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TrainingRunTest {

    static RunSpec spiral(int iterations) {
        return new RunSpec("spiral", 7L, DataSpec.of("spiral").withSamples(600).withNoise(0.05),
                NetworkSpec.uniform(2, 16, Activation.RELU),
                TrainingSpec.defaults().withOptimizer(OptimizerSpec.of(Optimizer.ADAM)).withLearningRate(0.01)
                        .withBatchSize(16).withIterations(iterations));
    }

    @Test
    void theSpiralIsLearnedToNinetyFivePercentOnTheTestSet() throws Exception {
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(spiral(4000), events)) {
            RunFixtures.runToEnd(run);
            RunSummary s = run.summary();
            assertThat(s.state()).isEqualTo(RunState.FINISHED);
            assertThat(s.iterations()).isEqualTo(4000);
            assertThat(s.testAccuracy()).as("test accuracy").isGreaterThanOrEqualTo(0.95);
            double[] losses = events.losses("");
            assertThat(losses).hasSize(4000);
            assertThat(mean(losses, 3900, 4000)).isLessThan(0.25 * mean(losses, 0, 100));
            assertThat(events.epochs("")).isNotEmpty().allSatisfy(e -> assertThat(e.validationAccuracy()).isBetween(0.0, 1.0));
            assertThat(events.states("")).extracting(StateChange::state)
                    .containsExactly(RunState.RUNNING, RunState.FINISHED);
        }
    }

    @Test
    void twoRunsOfOneSeedPublishIdenticalMetrics() throws Exception {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        try (TrainingRun ra = TrainingRun.of(spiral(300), a); TrainingRun rb = TrainingRun.of(spiral(300), b)) {
            RunFixtures.runToEnd(ra);
            RunFixtures.runToEnd(rb);
        }
        assertThat(a.losses("")).containsExactly(b.losses(""));
        assertThat(a.epochs("")).extracting(EpochMetrics::validationLoss)
                .containsExactlyElementsOf(b.epochs("").stream().map(EpochMetrics::validationLoss).toList());
        Recorder c = new Recorder();
        try (TrainingRun rc = TrainingRun.of(spiral(300).withSeed(8), c)) {
            RunFixtures.runToEnd(rc);
        }
        assertThat(c.losses("")).isNotEqualTo(a.losses(""));
    }

    @Test
    void pauseStepStopAndResetBehaveAsAPersonExpects() throws Exception {
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(spiral(1_000_000), events)) {
            assertThat(run.state()).isEqualTo(RunState.IDLE);
            run.step(5);
            assertThat(run.awaitSettled(30, TimeUnit.SECONDS)).isTrue();
            assertThat(run.state()).isEqualTo(RunState.PAUSED);
            assertThat(events.iterations("")).hasSize(5);
            double firstLoss = events.iterations("").get(0).loss();

            run.step(3);
            run.awaitSettled(30, TimeUnit.SECONDS);
            assertThat(events.iterations("")).extracting(IterationMetrics::iteration)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);

            run.start();
            waitFor(() -> events.iterations("").size() > 8);
            run.pause();
            assertThat(run.awaitSettled(30, TimeUnit.SECONDS)).isTrue();
            long afterPause = events.iterations("").size();
            assertThat(afterPause).isGreaterThan(8);
            Thread.sleep(100);
            assertThat(events.iterations("")).hasSize((int) afterPause);

            run.reset();
            run.awaitSettled(30, TimeUnit.SECONDS);
            assertThat(run.state()).isEqualTo(RunState.IDLE);
            int before = events.iterations("").size();
            run.step(1);
            run.awaitSettled(30, TimeUnit.SECONDS);
            IterationMetrics again = events.iterations("").get(before);
            assertThat(again.iteration()).isEqualTo(1);
            assertThat(again.loss()).as("same seed, same first step").isEqualTo(firstLoss);

            run.start();
            Thread.sleep(100);
            run.stop();
            run.awaitSettled(30, TimeUnit.SECONDS);
            assertThat(run.state()).isEqualTo(RunState.STOPPED);
            assertThat(run.summary().state()).isEqualTo(RunState.STOPPED);
            assertThat(run.summary().testAccuracy()).isBetween(0.0, 1.0);
            run.start();
            assertThat(run.state()).as("a stopped run needs a reset").isEqualTo(RunState.STOPPED);
        }
    }

    @Test
    void learningRateChangesLiveWithoutAReset() throws Exception {
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(spiral(1000), events)) {
            run.step(10);
            run.awaitSettled(30, TimeUnit.SECONDS);
            run.setLearningRate(0.003);
            run.setRegularization(0, 0.01);
            run.step(10);
            run.awaitSettled(30, TimeUnit.SECONDS);
        }
        assertThat(events.iterations("").get(9).learningRate()).isEqualTo(0.01);
        assertThat(events.iterations("").get(10).learningRate()).isEqualTo(0.003);
        assertThat(events.iterations("").get(10).iteration()).isEqualTo(11);
    }

    @Test
    void liveSettingsSurviveAReset() throws Exception {
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(spiral(1000), events)) {
            run.setLearningRate(0.002);
            run.step(2);
            run.awaitSettled(30, TimeUnit.SECONDS);
            run.reset();
            run.awaitSettled(30, TimeUnit.SECONDS);
            run.step(1);
            run.awaitSettled(30, TimeUnit.SECONDS);
        }
        List<IterationMetrics> its = events.iterations("");
        assertThat(its).hasSize(3);
        assertThat(its.get(2).iteration()).isEqualTo(1);
        assertThat(its.get(2).learningRate()).isEqualTo(0.002);
    }

    @Test
    void aPausedOrFinishedRunStillAnswersViewRequests() throws Exception {
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(spiral(20), events)) {
            run.step(3);
            run.awaitSettled(30, TimeUnit.SECONDS);
            run.requestDecisionSurface(16);
            waitFor(() -> events.events.stream().anyMatch(e -> e instanceof DecisionSurface));
            assertThat(events.iterations("")).hasSize(3);
            RunFixtures.runToEnd(run);
            assertThat(run.state()).isEqualTo(RunState.FINISHED);
            run.requestHistograms();
            waitFor(() -> events.events.stream().anyMatch(e -> e instanceof LayerHistograms));
        }
    }

    /**
     * A speed-limited run trains, pauses, steps and lifts its limit like any other; how the limit spaces
     * the iterations is {@link PacerTest}'s, counted against a clock of its own, so nothing here depends
     * on how fast this machine is.
     */
    @Test
    void aSpeedLimitedRunTrainsEveryIterationInOrderAndPausesAndStepsAsUsual() throws Exception {
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(spiral(1_000_000), events)) {
            run.setSpeedLimit(200);
            run.start();
            waitFor(() -> events.iterations("").size() >= 20);
            run.pause();
            assertThat(run.awaitSettled(30, TimeUnit.SECONDS)).isTrue();
            assertThat(run.state()).isEqualTo(RunState.PAUSED);
            int n = events.iterations("").size();
            assertThat(events.iterations("")).extracting(IterationMetrics::iteration)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, n).boxed().toList());

            run.setSpeedLimit(0);
            run.step(4);
            assertThat(run.awaitSettled(30, TimeUnit.SECONDS)).isTrue();
            assertThat(events.iterations("")).hasSize(n + 4);
            assertThat(run.state()).isEqualTo(RunState.PAUSED);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        dev.deepforward.Waits.within(1, condition::getAsBoolean);
    }

    @Test
    void aHugeLearningRateDivergesAndSaysWhere() throws Exception {
        // Linear regression with plain SGD: past a learning rate of 2/λ_max every step overshoots further.
        RunSpec spec = new RunSpec("explode", 3L, DataSpec.of("plane"), NetworkSpec.uniform(3, 16, Activation.TANH),
                TrainingSpec.defaults().withLoss(dev.deepforward.spec.Loss.MSE)
                        .withOptimizer(OptimizerSpec.of(Optimizer.SGD)).withLearningRate(20).withIterations(2000));
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(spec, events)) {
            RunFixtures.runToEnd(run);
            assertThat(run.state()).isEqualTo(RunState.DIVERGED);
            Divergence d = run.summary().divergence();
            assertThat(d).isNotNull();
            assertThat(d.iteration()).isLessThan(2000);
            assertThat(d.layer()).isBetween(0, 2);
            assertThat(d.cause()).contains("iteration " + d.iteration()).contains(d.layerName());
            StateChange last = events.states("").get(events.states("").size() - 1);
            assertThat(last.state()).isEqualTo(RunState.DIVERGED);
            assertThat(last.message()).startsWith("diverged: ");
        }
    }

    @Test
    void badSpecsAndDataAreClearErrors() {
        RunSpec bad = spiral(10).withNetwork(new NetworkSpec(java.util.List.of(LayerSpec.dense(0, Activation.RELU)),
                NetworkSpec.defaults().output()));
        assertThatThrownBy(() -> TrainingRun.of(bad, e -> { }))
                .isInstanceOf(RunSetupException.class).hasMessageContaining("network.hidden[0].units");
        RunSpec missing = spiral(10).withData(new DataSpec("csv", "/nonexistent/file.csv", null, null, 0, 0, 0.2, 0.2,
                true, 0, 0, java.util.List.of()));
        assertThatThrownBy(() -> TrainingRun.of(missing, e -> { }))
                .isInstanceOf(RunSetupException.class).hasMessageContaining("file.csv");
    }

    private static double mean(double[] values, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += values[i];
        }
        return s / (to - from);
    }
}
