package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Collects a run's events and waits for it, for tests. */
final class RunFixtures {

    private RunFixtures() {
    }

    /** A sink that keeps every event, safe to read from the test thread. */
    static final class Recorder implements Consumer<RunEvent> {
        final List<RunEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void accept(RunEvent e) {
            events.add(e);
        }

        List<IterationMetrics> iterations(String variant) {
            return events.stream().filter(e -> e instanceof IterationMetrics && e.variant().equals(variant))
                    .map(e -> (IterationMetrics) e).toList();
        }

        List<EpochMetrics> epochs(String variant) {
            return events.stream().filter(e -> e instanceof EpochMetrics && e.variant().equals(variant))
                    .map(e -> (EpochMetrics) e).toList();
        }

        List<StateChange> states(String variant) {
            return events.stream().filter(e -> e instanceof StateChange && e.variant().equals(variant))
                    .map(e -> (StateChange) e).toList();
        }

        double[] losses(String variant) {
            return iterations(variant).stream().mapToDouble(IterationMetrics::loss).toArray();
        }
    }

    /** Starts the run and waits (at most a minute) until it settles. */
    static void runToEnd(Comparison run) throws InterruptedException {
        run.start();
        assertThat(run.awaitSettled(120, TimeUnit.SECONDS)).as("run settled in time").isTrue();
    }
}
