package dev.deepforward.ui.run;

import dev.deepforward.engine.NativeThreads;
import dev.deepforward.engine.run.Comparison;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.engine.run.RunSetupException;
import dev.deepforward.engine.run.TrainedWeights;
import dev.deepforward.engine.run.TrainingRun;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Everything slow about a run happens here, on one background thread and never on the FX thread:
 * warming ND4J up (loading its natives takes 1–2 s), preparing the data and building the network, and
 * closing runs that are no longer wanted (closing joins the training thread). One thread, in order, so a
 * burst of edits builds one run after another instead of all at once, and a closed run's thread is gone
 * before the next one starts. Results come back to the FX thread once per build, never per iteration.
 */
final class RunBuilder {

    /** Makes a run of a spec: a {@link TrainingRun} without variants, else a {@link Comparison} of them. */
    @FunctionalInterface
    interface Factory {
        Comparison create(RunSpec spec, List<Variant> variants, Consumer<RunEvent> sink) throws RunSetupException;

        /** The engine's own: one run, or 2–4 variants trained in lockstep with the same seed. */
        static Factory engine() {
            return (spec, variants, sink) -> variants.isEmpty() ? TrainingRun.of(spec, sink)
                    : Comparison.of(spec, variants, sink);
        }
    }

    /**
     * Transfer learning into a run about to be built: the first {@code layers} hidden layers of
     * {@code weights} start the named variants ({@code variants} empty: all of them, or the single run).
     */
    record Transfer(TrainedWeights weights, int layers, List<String> variants) {
        Transfer {
            variants = List.copyOf(variants);
        }
    }

    private final Factory factory;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "run-setup");
        t.setDaemon(true);
        return t;
    });

    /**
     * Opened once the window's first frames are on screen: until then the setup thread waits, so loading
     * ND4J (its natives, thousands of classes) does not compete with the window for the CPU. Bounded, so
     * a window that never draws still gets its engine.
     */
    private final CountDownLatch windowDrawn = new CountDownLatch(1);

    RunBuilder(Factory factory) {
        this.factory = factory;
        submit(() -> {
            try {
                windowDrawn.await(HOLD_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** The longest the setup thread waits for the window's first frames. */
    static final long HOLD_SECONDS = 3;

    /** Lets the queued work start: the window has drawn its first frames (or is closing). */
    void windowDrawn() {
        windowDrawn.countDown();
    }

    /** Loads and configures ND4J; then {@code ready} or {@code failed} on the FX thread. */
    void warmUp(Runnable ready, Consumer<String> failed) {
        submit(() -> {
            try {
                dev.deepforward.ui.StartTrace.mark("ND4J loading");
                NativeThreads.ensureConfigured();
                dev.deepforward.ui.StartTrace.mark("ND4J ready");
                Platform.runLater(ready);
            } catch (RuntimeException | LinkageError e) {
                report(e);
                Platform.runLater(() -> failed.accept(messageOf(e)));
            }
        });
    }

    /**
     * Builds a run of {@code spec} publishing into {@code sink}. Skipped if it is no longer {@code wanted}
     * when its turn comes (a newer edit superseded it); then {@code built} or {@code failed} on the FX thread.
     */
    void build(RunSpec spec, List<Variant> variants, Consumer<RunEvent> sink, BooleanSupplier wanted,
            Consumer<Comparison> built, Consumer<String> failed) {
        build(spec, variants, null, sink, wanted, built, failed);
    }

    /** As above, the run starting from {@code transfer}'s layers (null: its own initialization). */
    void build(RunSpec spec, List<Variant> variants, Transfer transfer, Consumer<RunEvent> sink,
            BooleanSupplier wanted, Consumer<Comparison> built, Consumer<String> failed) {
        submit(() -> {
            if (!wanted.getAsBoolean()) {
                return;
            }
            try {
                Comparison run = factory.create(spec, variants, sink);
                dev.deepforward.ui.StartTrace.mark("run built");
                if (transfer != null) {
                    try {
                        if (variants.isEmpty() || transfer.variants().isEmpty()) {
                            run.transferFrom(transfer.weights(), transfer.layers());
                        } else {
                            run.transferFrom(transfer.weights(), transfer.layers(), transfer.variants());
                        }
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        run.close();
                        Platform.runLater(() -> failed.accept("the transfer fails: " + e.getMessage()));
                        return;
                    }
                }
                Platform.runLater(() -> built.accept(run));
            } catch (RunSetupException e) {
                Platform.runLater(() -> failed.accept(e.getMessage()));
            } catch (RuntimeException | LinkageError e) {
                // An engine bug must not take the window down: say what it was and let the user edit on.
                report(e);
                Platform.runLater(() -> failed.accept(messageOf(e)));
            }
        });
    }

    /** Stops and closes {@code run} in the background (or here, once the builder itself is closed). */
    void dispose(Comparison run) {
        if (run == null) {
            return;
        }
        run.stop();
        if (!submit(run::close)) {
            run.close();
        }
    }

    void shutdown() {
        windowDrawn.countDown();
        thread.shutdown();
    }

    private boolean submit(Runnable task) {
        try {
            thread.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Unexpected failures also go to the log with their stack trace, for whoever has to fix them. */
    private static void report(Throwable e) {
        System.err.println("[deepforward] run setup failed:");
        e.printStackTrace();
    }

    private static String messageOf(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
