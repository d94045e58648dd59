package dev.deepforward.ui.run;

import dev.deepforward.engine.NativeThreads;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.engine.run.RunSetupException;
import dev.deepforward.engine.run.RunState;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.TrainedWeights;
import dev.deepforward.engine.run.TrainingRun;
import dev.deepforward.spec.RunSpec;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * A transfer's source run trained to its end on its own background thread (a lesson step with a
 * {@code transfer}), then its weights copied: the same as {@code lesson check} does. Progress is read by the
 * FX thread once per frame; the result comes back to the FX thread once. {@link #cancel()} stops it at the
 * next iteration and nothing is reported then.
 */
final class Pretraining {

    private final RunSpec from;
    private final AtomicLong iteration = new AtomicLong();
    private volatile long total;
    private volatile boolean cancelled;
    private volatile TrainingRun run;

    Pretraining(RunSpec from) {
        this.from = from;
    }

    /** Starts training; {@code done} or {@code failed} on the FX thread unless cancelled first. */
    void start(Consumer<TrainedWeights> done, Consumer<String> failed) {
        Thread t = new Thread(() -> train(done, failed), "pretraining");
        t.setDaemon(true);
        t.start();
    }

    void cancel() {
        cancelled = true;
        TrainingRun r = run;
        if (r != null) {
            r.stop();
        }
    }

    /** Iterations trained so far. */
    long iteration() {
        return iteration.get();
    }

    /** Iterations the source run lasts (0 while it is set up). */
    long total() {
        return total;
    }

    private void train(Consumer<TrainedWeights> done, Consumer<String> failed) {
        try {
            NativeThreads.ensureConfigured();
            try (TrainingRun r = TrainingRun.of(from, e -> {
                if (e instanceof IterationMetrics m) {
                    iteration.set(m.iteration());
                }
            })) {
                run = r;
                total = r.totalIterations();
                if (cancelled) {
                    return;
                }
                r.start();
                while (!r.awaitSettled(100, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        r.stop();
                    }
                }
                if (cancelled) {
                    return;
                }
                RunSummary summary = r.summaries().get(0);
                if (summary == null || summary.state() != RunState.FINISHED) {
                    String why = summary == null ? "it did not finish" : "it " + summary.state().name().toLowerCase()
                            + (summary.message() == null ? "" : " (" + summary.message() + ")");
                    Platform.runLater(() -> failed.accept(why));
                    return;
                }
                TrainedWeights weights = r.trainedWeights(0);
                Platform.runLater(() -> done.accept(weights));
            }
        } catch (RunSetupException e) {
            if (!cancelled) {
                Platform.runLater(() -> failed.accept(e.getMessage()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError e) {
            System.err.println("[deepforward] pretraining failed:");
            e.printStackTrace();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!cancelled) {
                Platform.runLater(() -> failed.accept(message));
            }
        }
    }
}
