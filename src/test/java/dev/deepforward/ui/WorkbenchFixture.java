package dev.deepforward.ui;

import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.shell.PrefsStore;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;

/**
 * The workbench window a UI test drives: built on the test's stage with its settings in a fresh temporary
 * folder, and closed after each test: presenter mode left, every run stopped, and nothing of the window
 * left hooked on the stage, which TestFX shows every test's window on (a window left behind there kept its
 * charts, document and runs for the rest of the test fork).
 *
 * <p>A test class holds one in a {@code @RegisterExtension} field and opens it from its own {@code @Start}
 * method (TestFX looks for {@code @Start} only among the test class's own methods):
 * <pre>{@code
 * @RegisterExtension final WorkbenchFixture workbench = WorkbenchFixture.scripted(1280, 800);
 * @Start void start(Stage stage) throws Exception { window = workbench.open(stage); }
 * }</pre>
 */
public final class WorkbenchFixture implements AfterEachCallback {

    private final WorkbenchWindow.Options options;
    private final List<WorkbenchWindow> windows = new ArrayList<>();
    private Path home;

    /** The window as the app opens it (its own size, autosave on, the real file dialogs). */
    public WorkbenchFixture() {
        this(WorkbenchWindow.Options.defaults());
    }

    public WorkbenchFixture(WorkbenchWindow.Options options) {
        this.options = options;
    }

    /** A window of this scene size whose file dialogs answer from a script (none queued: they cancel). */
    public static WorkbenchFixture scripted(double width, double height) {
        return new WorkbenchFixture(new WorkbenchWindow.Options(new ScriptedDialogs(), width, height, true));
    }

    /** Builds the window on {@code stage}, settings in a new temporary folder, and shows it. */
    public WorkbenchWindow open(Stage stage) throws IOException {
        home = Files.createTempDirectory("df-ui");
        WorkbenchWindow window = again(stage);
        window.show();
        return window;
    }

    /**
     * Builds another window (not shown yet) on the same settings folder, as after quitting and starting
     * again; closed after the test as well, and its stage hidden if it is not the first window's.
     */
    public WorkbenchWindow again(Stage stage) {
        if (home == null) {
            throw new IllegalStateException("open the first window first");
        }
        WorkbenchWindow window = new WorkbenchWindow(stage, new PrefsStore(home.resolve("ui.json")), options);
        windows.add(window);
        return window;
    }

    /** The settings folder the windows share (their ui.json, autosave, progress, recent files). */
    public Path home() {
        return home;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (windows.isEmpty()) {
            return;
        }
        Stage first = windows.get(0).stage();
        new FxRobot().interact(() -> {
            for (WorkbenchWindow w : windows) {
                w.presenter().leave();
                w.dispose();
                if (w.stage() != first) {
                    w.stage().hide();
                }
            }
        });
        windows.clear();
    }
}
