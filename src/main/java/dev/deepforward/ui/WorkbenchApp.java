package dev.deepforward.ui;

import dev.deepforward.ui.shell.PrefsStore;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The JavaFX application. It only builds the window: nothing heavy runs on the FX thread at start (the
 * engine warms ND4J up on its own thread once the window is up), so the window comes up fast.
 */
public final class WorkbenchApp extends Application {

    /** Set before launch: JavaFX makes the application object itself, so it reads it from here. */
    private static volatile Path startFile;

    /** Starts JavaFX and blocks until the window closes. */
    public static void start(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    /**
     * Starts JavaFX with {@code file} (a workbench or lesson file) opened in the window, and blocks until
     * the window closes. {@code verbose} prints where the start's time
     * went ({@link StartTrace}).
     */
    public static void start(boolean verbose, Optional<Path> file) {
        if (verbose) {
            StartTrace.enable();
        }
        WorkbenchApp.startFile = file.orElse(null);
        DesktopOpenFiles.install();
        Application.launch(WorkbenchApp.class);
    }

    /** The window on {@code stage}, shown, with {@code file} (a workbench or lesson file) opened in it. */
    public static WorkbenchWindow showWindow(Stage stage, PrefsStore prefs, WorkbenchWindow.Options options,
                                             Optional<Path> file) {
        WorkbenchWindow window = new WorkbenchWindow(stage, prefs, options);
        window.show();
        file.ifPresent(window::openFile);
        return window;
    }

    /**
     * Every other window the app shows (dialogs: About, unsaved changes, a file's problems) gets its size asked
     * for again once it is on screen, and is centred on its owner. JavaFX 21 on GTK loses a new window's first size
     * request under some window managers (JDK-8316423, see {@link dev.deepforward.ui.shell.WindowGeometry#reassertSize});
     * over a maximized workbench under openbox every dialog came up 200×200 in the screen's corner (seen 2026-12-03).
     */
    private static void sizeEveryDialog(Stage main) {
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w instanceof Stage dialog && dialog != main) {
                        KeepMaximized.over(main, dialog); // a modal dialog took it away under openbox
                        Platform.runLater(() -> {
                            // a one-pixel-different size, then the scene's own: two new requests the window
                            // manager honours (asking for the size JavaFX already believes in would be dropped)
                            dialog.setWidth(dialog.getWidth() + 1);
                            dialog.sizeToScene();
                            javafx.stage.Window owner = dialog.getOwner();
                            if (owner != null && dialog.isShowing()) {
                                dialog.setX(owner.getX() + Math.max(0, (owner.getWidth() - dialog.getWidth()) / 2));
                                dialog.setY(owner.getY() + Math.max(0, (owner.getHeight() - dialog.getHeight()) / 3));
                            }
                        });
                    }
                }
            }
        });
    }

    /** The app's own start: the window, and the welcome card on a first run when no file was passed. */
    private static WorkbenchWindow showAppWindow(Stage stage, PrefsStore prefs, Optional<Path> file) {
        WorkbenchWindow window = showWindow(stage, prefs, WorkbenchWindow.Options.app(), Optional.empty());
        sizeEveryDialog(stage);
        // The file opens once the workbench has been laid out: a file that cannot be opened shows its
        // problems in a dialog, which, raised over a window not laid out yet, came up squeezed (a word a
        // line, the reasons' box empty) where File > Open shows it at its full width.
        file.ifPresent(f -> window.scene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                window.scene().removePostLayoutPulseListener(this);
                Platform.runLater(() -> window.openFile(f));
            }
        }));
        // ND4J loads once the window is drawn, not while it is being drawn.
        window.startEngineAfterFirstFrame();
        if (file.isEmpty()) {
            window.showWelcomeIfFirstRun();
        }
        return window;
    }

    @Override
    public void start(Stage stage) {
        StartTrace.mark("JavaFX toolkit up");
        if (StartTrace.enabled()) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> StartTrace.mark("window on screen"));
        }
        open(stage, PrefsStore.inUserHome(), Optional.ofNullable(startFile));
    }

    /**
     * The app's own start on {@code stage} (on the FX thread): the window goes on screen at once, saying
     * the workbench is opening, and the workbench fills it once that has been drawn, with {@code file}
     * opened in it (or the welcome card on a first run). Completes with the workbench; never, if the window
     * was closed before it was filled.
     */
    public static CompletableFuture<WorkbenchWindow> open(Stage stage, PrefsStore prefs, Optional<Path> file) {
        CompletableFuture<WorkbenchWindow> filled = new CompletableFuture<>();
        WorkbenchWindow.showOpening(stage, prefs);
        afterFrames(3, () -> {
            if (stage.isShowing()) { // not closed in the meantime
                filled.complete(fill(stage, prefs, file));
            }
        });
        return filled;
    }

    /** Builds the workbench into the window that is on screen. */
    private static WorkbenchWindow fill(Stage stage, PrefsStore prefs, Optional<Path> file) {
        StartTrace.mark("building the workbench");
        WorkbenchWindow window = showAppWindow(stage, prefs, file);
        if (StartTrace.enabled()) {
            window.scene().addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    StartTrace.mark("workbench's first frame laid out, " + countNodes(window.scene().getRoot()) + " nodes");
                    window.scene().removePostLayoutPulseListener(this);
                }
            });
        }
        // Files the desktop hands over while the app runs (macOS sends even the first one this way).
        DesktopOpenFiles.deliverTo(f -> Platform.runLater(() -> window.openFile(f)));
        // For classroom demos and screenshots: press Play at once (it starts as soon as the run is set up).
        if (Boolean.getBoolean("deepforward.ui.autoplay")) {
            window.runController().play();
        }
        // Start straight in presenter mode (a lecture machine's launcher, or screenshots under Xvfb).
        if (Boolean.getBoolean("deepforward.ui.presenter")) {
            window.presenter().enter();
        }
        return window;
    }

    /**
     * Runs {@code task} on the FX thread after {@code frames} pulses: by then the frames before have been
     * rendered (a pulse waits for the renderer to finish the one before).
     */
    private static void afterFrames(int frames, Runnable task) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == frames) {
                    stop();
                    Platform.runLater(task);
                }
            }
        }.start();
    }

    private static int countNodes(javafx.scene.Node n) {
        int c = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node k : p.getChildrenUnmodifiable()) {
                c += countNodes(k);
            }
        }
        return c;
    }
}
