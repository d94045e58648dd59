package dev.deepforward.ui.shot;

import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.export.ChartExport;
import dev.deepforward.ui.run.BackendStatus;
import dev.deepforward.ui.run.EngineRunController;
import dev.deepforward.ui.run.RunPhase;
import dev.deepforward.ui.run.RunStatus;
import dev.deepforward.ui.shell.PrefsStore;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import dev.deepforward.ui.compare.HeadlineToggle;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Renders the real workbench window offscreen: the same {@link WorkbenchWindow} a user sees, in a stage
 * that is never shown, training the real engine, then {@code Scene.snapshot}. Called from a plain thread
 * (never the FX thread), which waits while the FX thread trains and paints.
 */
final class WindowShot {

    /** What to render. */
    record Request(Path workbench, long iterations, boolean presenter, HeadlineToggle compare, int width, int height,
                   Path out) {
    }

    private static final long POLL_MILLIS = 50;

    private final PrintWriter err;
    private WorkbenchWindow window;

    WindowShot(PrintWriter err) {
        this.err = err;
    }

    /** Renders and writes the PNG; returns the iterations actually trained. */
    long take(Request r) throws Exception {
        // Settings of a throw-away home: a screenshot never reads or changes the user's window settings.
        Path home = Files.createTempDirectory("deepforward-shot");
        try {
            boolean opened = OffscreenToolkit.onFx(() -> build(r, home), 60);
            if (!opened) {
                throw new IOException("cannot open " + r.workbench());
            }
            long trained = train(r.iterations());
            // A few frames for the charts to drain the last events and the decision surface to arrive.
            Thread.sleep(700);
            OffscreenToolkit.onFx(() -> {
                snapshotTo(r.out());
                return null;
            }, 60);
            return trained;
        } finally {
            OffscreenToolkit.onFx(() -> {
                if (window != null) {
                    window.dispose();
                }
                return null;
            }, 30);
            deleteTree(home);
        }
    }

    private boolean build(Request r, Path home) {
        window = new WorkbenchWindow(new Stage(), new PrefsStore(home.resolve("workbench-ui.json")),
                new WorkbenchWindow.Options(new QuietDialogs(err), r.width(), r.height(), false));
        if (r.workbench() != null && !window.session().openWithoutAsking(r.workbench())) {
            return false;
        }
        window.runController().setSpeed(EngineRunController.FULL_SPEED);
        if (r.compare() != null) {
            window.compareMode().compare(r.compare());
        }
        if (r.presenter()) {
            window.presenter().enter();
        }
        // Lay the scene out now, so the charts have their size (and paint) while the network trains.
        window.scene().snapshot(null);
        return true;
    }

    /** Steps the run {@code n} times through the run controller, as the S key does, and waits for it. */
    private long train(long n) throws Exception {
        if (n <= 0) {
            return 0;
        }
        RunStatus st = window.runController().status();
        boolean canTrain = OffscreenToolkit.onFx(() -> window.document().canPlay(), 10);
        if (!canTrain) {
            err.println("the design cannot be trained (" + OffscreenToolkit.onFx(
                    () -> window.document().getCannotPlayReason(), 10) + "); rendering it untrained");
            return 0;
        }
        // The run is set up on its own thread (ND4J, data, network); PREPARING → IDLE when it is ready.
        await(s -> s.phaseProperty().get() != RunPhase.PREPARING && s.backendProperty().get() != BackendStatus.STARTING
                || s.backendProperty().get() == BackendStatus.FAILED, 180);
        // All but the last step at once; the last one on its own, because a step asks for a fresh decision
        // surface, and requests made while steps are pending are answered once, after the first of them.
        stepAndWait(n - 1);
        stepAndWait(1);
        long done = OffscreenToolkit.onFx(() -> st.iterationProperty().get(), 10);
        if (done >= n) {
            // The last step's decision surface is computed after that step; give it a moment to arrive.
            Thread.sleep(300);
        }
        RunPhase phase = OffscreenToolkit.onFx(() -> st.phaseProperty().get(), 10);
        if (done < n) {
            err.println("trained " + done + " of " + n + " iterations (the run " + phase.label().toLowerCase() + ")");
        }
        return done;
    }

    private void stepAndWait(long steps) throws Exception {
        if (steps <= 0) {
            return;
        }
        RunStatus st = window.runController().status();
        long target = OffscreenToolkit.onFx(() -> {
            long start = st.iterationProperty().get();
            for (long i = 0; i < steps; i++) {
                window.runController().step();
            }
            return start + steps;
        }, 30);
        await(s -> s.iterationProperty().get() >= target || s.phaseProperty().get().isTerminal(), 60 + steps / 20);
    }

    private void await(Predicate<RunStatus> done, long timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        RunStatus st = window.runController().status();
        while (!OffscreenToolkit.onFx(() -> done.test(st), 10)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the run did not get there within " + timeoutSeconds + " s (phase "
                        + OffscreenToolkit.onFx(() -> st.phaseProperty().get(), 10) + ")");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private void snapshotTo(Path out) throws IOException {
        window.scene().snapshot(null); // layout and CSS of the final state
        for (CanvasChart c : window.charts().charts()) {
            c.paintNow(); // canvases repaint on the next frame; the picture must not wait for it
        }
        WritableImage img = window.scene().snapshot(null);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        ChartExport.write(img, out);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
