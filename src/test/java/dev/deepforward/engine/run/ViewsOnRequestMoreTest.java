package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.engine.run.RunFixtures.Recorder;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.TrainingSpec;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The views added for the image grid, the neuron thumbnails and the live link weights. */
class ViewsOnRequestMoreTest {

    private static <T> T first(Recorder events, Class<T> kind) {
        return events.events.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    @Test
    void testPredictionsShowTheFirstTestDigitsInPixelUnits() throws Exception {
        Recorder events = new Recorder();
        RunSpec spec = new RunSpec("digits", 3L, DataSpec.of("digits"), NetworkSpec.uniform(1, 32, Activation.RELU),
                TrainingSpec.defaults().withIterations(50));
        try (TrainingRun run = TrainingRun.of(spec, events)) {
            run.requestTestPredictions(12);
            run.step(1);
            run.awaitSettled(30, TimeUnit.SECONDS);
        }
        TestPredictions p = first(events, TestPredictions.class);
        assertThat(p.count()).isEqualTo(12);
        assertThat(p.width()).isEqualTo(8);
        assertThat(p.pixels()).hasSize(12 * 64);
        assertThat(p.classNames()).hasSize(10);
        for (float v : p.pixels()) {
            assertThat(v).isBetween(-1e-3f, 1.001f); // normalization undone: the [0, 1] pixels
        }
        for (int i = 0; i < 12; i++) {
            assertThat(p.predicted()[i]).isBetween(0, 9);
            assertThat(p.confidence()[i]).isBetween(0.1f, 1f);
        }
    }

    @Test
    void unitOutputsAndWeightsCoverEveryHiddenUnitWhilePaused() throws Exception {
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(TrainingRunTest.spiral(100), events)) {
            run.step(3);
            run.awaitSettled(30, TimeUnit.SECONDS);
            // paused: the worker still answers
            run.requestUnitOutputs(10);
            run.requestWeights();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && events.events.stream().noneMatch(e -> e instanceof LayerWeights)) {
                Thread.sleep(20);
            }
        }
        UnitOutputs u = first(events, UnitOutputs.class);
        assertThat(u.iteration()).isEqualTo(3);
        assertThat(u.outputs()).hasNumberOfRows(2);
        assertThat(u.outputs()[0]).hasNumberOfRows(16);
        assertThat(u.outputs()[1][5]).hasSize(100);
        assertThat(u.layerNames()[0]).contains("relu");
        LayerWeights w = first(events, LayerWeights.class);
        // 2-16-16-2
        assertThat(w.weights()).hasNumberOfRows(3);
        assertThat(w.weights()[0]).hasNumberOfRows(2);
        assertThat(w.weights()[0][0]).hasSize(16);
        assertThat(w.weights()[2]).hasNumberOfRows(16);
        assertThat(w.weights()[2][0]).hasSize(2);
    }

    @Test
    void nonImageDataAnswersNoPredictions() throws Exception {
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(TrainingRunTest.spiral(100), events)) {
            run.requestTestPredictions(8);
            run.step(1);
            run.awaitSettled(30, TimeUnit.SECONDS);
        }
        assertThat(events.events).noneMatch(e -> e instanceof TestPredictions);
    }
}
