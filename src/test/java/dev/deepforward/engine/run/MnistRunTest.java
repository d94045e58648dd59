package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.engine.run.RunFixtures.Recorder;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.TrainingSpec;
import org.junit.jupiter.api.Test;

class MnistRunTest {

    @Test
    void aSingleHiddenLayerReachesNinetyPercentOnRealDigitsInTwoEpochs() throws Exception {
        RunSpec spec = new RunSpec("mnist", 1L, DataSpec.of("mnist").withSplit(0.1, 0.2),
                NetworkSpec.uniform(1, 128, Activation.RELU),
                TrainingSpec.defaults().withOptimizer(OptimizerSpec.of(Optimizer.ADAM)).withLearningRate(1e-3)
                        .withBatchSize(32).withEpochs(2));
        Recorder events = new Recorder();
        long start = System.nanoTime();
        try (TrainingRun run = TrainingRun.of(spec, events)) {
            RunFixtures.runToEnd(run);
            RunSummary s = run.summary();
            System.out.printf("MNIST 784-128-10: %d iterations in %.1f s, test accuracy %.4f%n", s.iterations(),
                    (System.nanoTime() - start) / 1e9, s.testAccuracy());
            assertThat(s.state()).isEqualTo(RunState.FINISHED);
            assertThat(s.epochs()).isEqualTo(2);
            assertThat(s.testAccuracy()).isGreaterThanOrEqualTo(0.90);
            assertThat(events.epochs("")).hasSize(2);
            assertThat(events.epochs("").get(0).confusion()).hasDimensions(10, 10);
        }
    }
}
