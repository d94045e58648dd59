package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.engine.run.RunFixtures.Recorder;
import dev.deepforward.spec.RunSpec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ViewsOnRequestTest {

    @Test
    void aTrainedSpiralSurfaceSeparatesTheClassesWhereTheDataIs() throws Exception {
        Recorder events = new Recorder();
        List<DecisionSurface> surfaces;
        try (TrainingRun run = TrainingRun.of(TrainingRunTest.spiral(6000), events)) {
            run.step(2999);
            run.awaitSettled(60, TimeUnit.SECONDS);
            assertThat(events.events).noneMatch(e -> e instanceof DecisionSurface);
            run.requestDecisionSurface(48);
            run.step(1);
            run.awaitSettled(60, TimeUnit.SECONDS);
            // read while the run goes on (it is longer than the 3,000 iterations stepped, and not closed yet):
            // a run that ends draws a shown surface once more at its last iteration, and the request may have
            // been answered while paused at 2,999 (that is the worker thread's timing)
            surfaces = events.events.stream().filter(e -> e instanceof DecisionSurface)
                    .map(e -> (DecisionSurface) e).toList();
        }
        assertThat(surfaces).hasSize(1);
        DecisionSurface s = surfaces.get(0);
        assertThat(s.resolution()).isEqualTo(48);
        assertThat(s.values()).hasSize(48 * 48);
        assertThat(s.minX()).isLessThan(-0.5);
        assertThat(s.maxX()).isGreaterThan(0.5);
        int low = 0;
        int high = 0;
        for (float v : s.values()) {
            assertThat(v).isBetween(0f, 1f);
            low += v < 0.1 ? 1 : 0;
            high += v > 0.9 ? 1 : 0;
        }
        // a trained spiral classifier is confident on both sides over most of the plane
        assertThat(low).isGreaterThan(48 * 48 / 5);
        assertThat(high).isGreaterThan(48 * 48 / 5);
    }

    @Test
    void aSurfaceOfOneTrainingExampleSpansAUnitAroundItAndShowsThePredictionsVary() throws Exception {
        // the primer's run (lesson 2b, step 1): one example of the plane, a 2-2-1 sigmoid network, 20 SGD steps
        RunSpec spec = new RunSpec("one example", 42L, new dev.deepforward.spec.DataSpec("plane", null, null, null, 1,
                0.0, 0.0, 0.0, false, 0.0, 0, List.of(), 0.0),
                dev.deepforward.spec.NetworkSpec.uniform(1, 2, dev.deepforward.spec.Activation.SIGMOID),
                dev.deepforward.spec.TrainingSpec.defaults().withLoss(dev.deepforward.spec.Loss.MSE)
                        .withOptimizer(dev.deepforward.spec.OptimizerSpec.of(dev.deepforward.spec.Optimizer.SGD))
                        .withLearningRate(0.5).withBatchSize(1).withIterations(20));
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(spec, events)) {
            run.requestDecisionSurface(16);
            run.step(20);
            run.awaitSettled(60, TimeUnit.SECONDS);
        }
        DecisionSurface s = events.events.stream().filter(e -> e instanceof DecisionSurface)
                .map(e -> (DecisionSurface) e).reduce((a, b) -> b).orElseThrow();
        assertThat(s.maxX() - s.minX()).isGreaterThanOrEqualTo(2.0);
        assertThat(s.maxY() - s.minY()).isGreaterThanOrEqualTo(2.0);
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float v : s.values()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        assertThat(hi - lo).as("the predictions vary over the plane around the example").isGreaterThan(0.01f);
    }

    @Test
    void histogramsCountEveryWeightAndGradient() throws Exception {
        Recorder events = new Recorder();
        RunSpec spec = TrainingRunTest.spiral(100);
        try (TrainingRun run = TrainingRun.of(spec, events)) {
            run.requestHistograms();
            run.step(1);
            run.awaitSettled(30, TimeUnit.SECONDS);
        }
        LayerHistograms h = events.events.stream().filter(e -> e instanceof LayerHistograms)
                .map(e -> (LayerHistograms) e).findFirst().orElseThrow();
        assertThat(h.layers()).hasSize(3);
        // 2-16-16-2: weights 2·16, 16·16, 16·2; gradients include the biases
        assertThat(sum(h.layers()[0].weightCounts())).isEqualTo(32);
        assertThat(sum(h.layers()[1].weightCounts())).isEqualTo(256);
        assertThat(sum(h.layers()[2].gradientCounts())).isEqualTo(16 * 2 + 2);
        assertThat(h.layers()[1].weightLimit()).isPositive();
        assertThat(h.layers()[1].weightCounts()).hasSize(32);
    }

    private static int sum(int[] counts) {
        int s = 0;
        for (int c : counts) {
            s += c;
        }
        return s;
    }
}
