package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.engine.run.RunFixtures.Recorder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The views a run was asked for reach their final state when it ends, however soon after a request that is. */
class ViewsAtTheEndTest {

    @Test
    void aRunThatFinishesPublishesItsSurfaceAndHistogramsAtItsLastIterationBeforeSayingSo() throws Exception {
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(TrainingRunTest.spiral(300), events)) {
            run.requestDecisionSurface(16);
            run.requestHistograms();
            run.step(1);
            assertThat(run.awaitSettled(60, TimeUnit.SECONDS)).isTrue();
            RunFixtures.runToEnd(run); // no request in between: only the end can bring the views up to date
        }
        List<RunEvent> all = events.events;
        int finished = indexOf(all, RunState.FINISHED);
        assertThat(lastAt(all, DecisionSurface.class)).isEqualTo(300);
        assertThat(lastAt(all, LayerHistograms.class)).isEqualTo(300);
        assertThat(lastIndex(all, DecisionSurface.class)).isLessThan(finished);
        assertThat(all.stream().filter(e -> e instanceof DecisionSurface).count()).as("at iterations 1 and 300").isEqualTo(2);
    }

    @Test
    void aStoppedRunPublishesItsSurfaceAtTheIterationItStoppedAt() throws Exception {
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(TrainingRunTest.spiral(5000), events)) {
            run.requestDecisionSurface(16);
            run.step(7);
            assertThat(run.awaitSettled(60, TimeUnit.SECONDS)).isTrue();
            run.stop();
            assertThat(run.awaitSettled(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastAt(events.events, DecisionSurface.class)).isEqualTo(7);
        assertThat(events.states("")).extracting(StateChange::state).contains(RunState.STOPPED);
    }

    @Test
    void aDivergedRunPublishesItsHistogramsAtTheIterationItDivergedAtBeforeSayingSo() throws Exception {
        // Plain SGD at a learning rate far past 2/λ_max: every step overshoots further (as in TrainingRunTest).
        dev.deepforward.spec.RunSpec spec = new dev.deepforward.spec.RunSpec("explode", 3L,
                dev.deepforward.spec.DataSpec.of("plane"),
                dev.deepforward.spec.NetworkSpec.uniform(3, 16, dev.deepforward.spec.Activation.TANH),
                dev.deepforward.spec.TrainingSpec.defaults().withLoss(dev.deepforward.spec.Loss.MSE)
                        .withOptimizer(dev.deepforward.spec.OptimizerSpec.of(dev.deepforward.spec.Optimizer.SGD))
                        .withLearningRate(20).withIterations(2000));
        Recorder events = new Recorder();
        long divergedAt;
        try (TrainingRun run = TrainingRun.of(spec, events)) {
            run.requestHistograms();
            run.step(1);
            assertThat(run.awaitSettled(60, TimeUnit.SECONDS)).isTrue();
            RunFixtures.runToEnd(run);
            assertThat(run.state()).isEqualTo(RunState.DIVERGED);
            divergedAt = run.summary().divergence().iteration();
        }
        List<RunEvent> all = events.events;
        assertThat(divergedAt).isGreaterThan(1);
        assertThat(lastAt(all, LayerHistograms.class)).isEqualTo(divergedAt);
        assertThat(lastIndex(all, LayerHistograms.class)).isLessThan(indexOf(all, RunState.DIVERGED));
    }

    @Test
    void aViewNeverAskedForIsNotPublishedAtTheEnd() throws Exception {
        Recorder events = new Recorder();
        try (TrainingRun run = TrainingRun.of(TrainingRunTest.spiral(50), events)) {
            RunFixtures.runToEnd(run);
        }
        assertThat(events.events).noneMatch(e -> e instanceof DecisionSurface || e instanceof LayerHistograms
                || e instanceof UnitOutputs || e instanceof LayerWeights);
    }

    private static long lastAt(List<RunEvent> events, Class<? extends RunEvent> kind) {
        RunEvent e = events.get(lastIndex(events, kind));
        return e instanceof DecisionSurface s ? s.iteration() : ((LayerHistograms) e).iteration();
    }

    private static int lastIndex(List<RunEvent> events, Class<? extends RunEvent> kind) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (kind.isInstance(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName());
    }

    private static int indexOf(List<RunEvent> events, RunState state) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof StateChange sc && sc.state() == state) {
                return i;
            }
        }
        throw new AssertionError("no " + state);
    }
}
