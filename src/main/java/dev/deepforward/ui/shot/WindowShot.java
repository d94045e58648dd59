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
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Renders the real workbench window offscreen: the same {@link WorkbenchWindow} a user sees, in a stage
 * that is never shown, training the real engine, then {@code Scene.snapshot}. Called from a plain thread
 * (never the FX thread), which waits while the FX thread trains and paints.
 *
 * <p>{@link #take} does it all for the {@code screenshot} command; other commands (the lesson report) use
 * the steps one by one: {@link #open}, {@link #train}, {@link #settle}, {@link #snapshot}, {@link #close}.
 */
public final class WindowShot {

    /** What to render. */
    record Request(Path workbench, long iterations, boolean presenter, boolean chartsOnly, HeadlineToggle compare,
                   int width, int height, Path out) {
    }

    private static final long POLL_MILLIS = 50;

    private final PrintWriter err;
    private WorkbenchWindow window;
    private Path home;

    public WindowShot(PrintWriter err) {
        this.err = err;
    }

    /** Renders and writes the PNG; returns the iterations actually trained. */
    long take(Request r) throws Exception {
        try {
            boolean opened = open(r.width(), r.height(), w -> {
                if (r.workbench() != null && !w.session().openWithoutAsking(r.workbench())) {
                    return false;
                }
                if (r.compare() != null) {
                    w.compareMode().compare(r.compare());
                }
                if (r.presenter()) {
                    w.presenter().enter();
                }
                if (r.chartsOnly()) {
                    w.toggleNetwork();
                }
                return true;
            });
            if (!opened) {
                throw new IOException("cannot open " + r.workbench());
            }
            long trained = train(r.iterations());
            settle();
            snapshot(r.out(), null);
            return trained;
        } finally {
            close();
        }
    }

    /**
     * Builds the offscreen window of the given size (in a throw-away settings home: it never reads or
     * changes the user's window settings), runs {@code setup} on it on the FX thread and lays it out.
     *
     * @return what {@code setup} answered; {@code false} leaves the window open (call {@link #close})
     */
    public boolean open(int width, int height, Predicate<WorkbenchWindow> setup) throws Exception {
        if (window != null) {
            throw new IllegalStateException("a window is open already");
        }
        home = Files.createTempDirectory("deepforward-shot");
        return OffscreenToolkit.onFx(() -> {
            window = new WorkbenchWindow(new Stage(), new PrefsStore(home.resolve("workbench-ui.json")),
                    new WorkbenchWindow.Options(new QuietDialogs(err), width, height, false));
            window.runController().setSpeed(EngineRunController.FULL_SPEED);
            if (!setup.test(window)) {
                return false;
            }
            // Lay the scene out now, so the charts have their size (and paint) while the network trains.
            window.scene().snapshot(null);
            return true;
        }, 60);
    }

    /** The open window (touch it on the FX thread only). */
    public WorkbenchWindow window() {
        return window;
    }

    /** Gives the charts a few frames to drain the last events and the decision surface to arrive. */
    public void settle() throws InterruptedException {
        Thread.sleep(700);
    }

    /**
     * Writes a PNG of the window, or of the node {@code area} picks from it ({@code null}: the whole
     * window), as it is now.
     */
    public void snapshot(Path out, Function<WorkbenchWindow, Node> area) throws Exception {
        OffscreenToolkit.onFx(() -> {
            snapshotTo(out, area);
            return null;
        }, 60);
    }

    /** Disposes of the window and its settings home; safe to call when none is open. */
    public void close() throws Exception {
        try {
            OffscreenToolkit.onFx(() -> {
                if (window != null) {
                    window.dispose();
                }
                window = null;
                return null;
            }, 30);
        } finally {
            if (home != null) {
                deleteTree(home);
                home = null;
            }
        }
    }

    /** Steps the run {@code n} times through the run controller, as the S key does, and waits for it. */
    public long train(long n) throws Exception {
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

    private void snapshotTo(Path out, Function<WorkbenchWindow, Node> area) throws IOException {
        window.scene().snapshot(null); // layout and CSS of the final state
        // Canvases repaint on the next frame; the picture must not wait for it. Every one in the window:
        // the training charts, the data preview, the analysis views.
        paintAll(window.scene().getRoot());
        Node node = area == null ? null : area.apply(window);
        WritableImage img = node == null ? window.scene().snapshot(null) : node.snapshot(null, null);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        ChartExport.write(img, out);
    }

    private static void paintAll(Node n) {
        if (n instanceof CanvasChart c) {
            c.paintNow();
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                paintAll(child);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
