package dev.deepforward.ui;

import dev.deepforward.ui.shell.PrefsStore;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The JavaFX application. It only builds the window: nothing heavy runs on the FX thread at start (the
 * engine warms ND4J up on its own thread once the window is up), so the window comes up fast.
 */
public final class WorkbenchApp extends Application {

    /** Starts JavaFX and blocks until the window closes. */
    public static void start(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // How long a user waits for the window: JVM start to the stage on screen.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> System.err.println("[deepforward] window shown "
                + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after JVM start"));
        WorkbenchWindow window = new WorkbenchWindow(stage, PrefsStore.inUserHome());
        window.show();
        // For classroom demos and screenshots: press Play at once (it starts as soon as the run is set up).
        if (Boolean.getBoolean("deepforward.ui.autoplay")) {
            window.runController().play();
        }
        // Start straight in presenter mode (a lecture machine's launcher, or screenshots under Xvfb).
        if (Boolean.getBoolean("deepforward.ui.presenter")) {
            window.presenter().enter();
        }
    }
}
