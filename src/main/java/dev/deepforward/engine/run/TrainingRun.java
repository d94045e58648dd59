package dev.deepforward.engine.run;

import java.util.List;
import java.util.function.Consumer;

import dev.deepforward.spec.RunSpec;

/**
 * One network training on its own thread: start, pause, resume, step(n), stop, reset (same seed, same
 * initial weights), live changes of learning rate and regularization. It publishes an
 * {@link IterationMetrics} after every iteration, {@link EpochMetrics} after every epoch and a
 * {@link StateChange} whenever its state changes; an exception inside it makes it {@link RunState#FAILED}
 * with the message, never more.
 */
public final class TrainingRun extends Comparison {

    private TrainingRun(RunSpec spec, Consumer<RunEvent> sink) throws RunSetupException {
        super(spec, List.of(), sink);
    }

    /** Sets up a run of {@code spec}; nothing trains until {@link #start()} or {@link #step(long)}. */
    public static TrainingRun of(RunSpec spec, Consumer<RunEvent> sink) throws RunSetupException {
        return new TrainingRun(spec, sink);
    }

    /** The run's summary once it has ended, else null. */
    public RunSummary summary() {
        return summaries().get(0);
    }
}
