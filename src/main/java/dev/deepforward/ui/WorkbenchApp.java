package dev.deepforward.ui;

import dev.deepforward.ui.shell.PrefsStore;
import dev.deepforward.ui.shell.WorkbenchWindow;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. It only builds the window: nothing heavy runs on the FX thread at start (the
 * engine, once connected, warms ND4J up on its own thread), so the window is up in well under 2 s.
 */
public final class WorkbenchApp extends Application {

    /** Starts JavaFX and blocks until the window closes. */
    public static void start(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        WorkbenchWindow window = new WorkbenchWindow(stage, PrefsStore.inUserHome());
        window.show();
        // For classroom demos and screenshots: start the (demo) run at once.
        if (Boolean.getBoolean("deepforward.ui.autoplay")) {
            window.runController().play();
        }
    }
}
