package dev.deepforward.ui;

import dev.deepforward.ui.shell.WorkbenchWindow;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The real workbench window on the real engine, with settings in a fresh temporary folder, closed (every run
 * stopped) after each test: the common ground of the tests that drive the window as a person would.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class RealWindowTest {

    @RegisterExtension final WorkbenchFixture workbench = new WorkbenchFixture();

    protected WorkbenchWindow window;

    /**
     * Opens the window; each test class calls it from its own {@code @Start} method, because TestFX looks
     * for {@code @Start} only among the test class's own methods, not inherited ones.
     */
    protected void open(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    /**
     * Seconds a wait allows before it calls a step hung. Generous on purpose: on a busy machine (a CI runner, a
     * laptop with a browser open) a correct window can be many times slower than usual, and tests assert what
     * happens, never how fast (speed is measured by {@code CompareDemo --measure}).
     */
    protected static final int HANG = (int) dev.deepforward.Waits.HANG;

    /**
     * Waits for {@code condition}, failing the test only when it has not held after {@link #HANG} seconds (or
     * {@code seconds}, if longer): the figure at a call site says what the step usually takes, not a limit.
     */
    protected static void within(double seconds, Callable<Boolean> condition) throws Exception {
        dev.deepforward.Waits.within(seconds, condition);
    }
}
