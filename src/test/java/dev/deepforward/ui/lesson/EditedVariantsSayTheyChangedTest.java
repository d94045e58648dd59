package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.spec.Variant;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lesson's variant description is written for the step's set-up. Once an edit changes what a variant trains
 * in anything but its learning rate (Init → Xavier under "sigmoid, N(0, 0.01) init"), the header and the saved
 * variants stop stating the lesson's words and say the variant changed; Ctrl+Z back to the set-up brings the
 * words back.
 */
@ExtendWith(ApplicationExtension.class)
class EditedVariantsSayTheyChangedTest {

    private static final Path VANISHING = Path.of("lessons/03-vanishing-gradients.json");

    @RegisterExtension
    final WorkbenchFixture workbench = new WorkbenchFixture(
            new WorkbenchWindow.Options(new ScriptedDialogs(), 1280, 800, false));
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private static void key(FxRobot robot, KeyCode k) {
        robot.type(k);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String header(FxRobot robot) {
        return robot.lookup("#compare-caption").queryAs(Label.class).getText();
    }

    @Test
    void xavierOnLesson3Step3MakesVariantASayItChangedAndCtrlZBringsTheLessonsWordsBack(FxRobot robot)
            throws Exception {
        AtomicReference<CompletableFuture<Void>> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(window.lessons().open(VANISHING)));
        opened.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.PAGE_DOWN);
        key(robot, KeyCode.PAGE_DOWN);
        key(robot, KeyCode.ENTER);
        Waits.within(Waits.HANG, () -> header(robot).contains("N(0, 0.01)"));
        assertThat(header(robot)).startsWith("A: sigmoid (sigmoid, N(0, 0.01) init)");

        robot.clickOn("#headline-init-xavier");
        WaitForAsyncUtils.waitForFxEvents();

        Waits.within(Waits.HANG, () -> !header(robot).contains("N(0, 0.01)"));
        assertThat(header(robot)).startsWith("A: sigmoid (changed since set-up)");
        assertThat(window.document().design().variants().get(0).description()).isEqualTo("changed since set-up");
        assertThat(window.document().design().variants()).extracting(Variant::description)
                .noneMatch(d -> d.contains("N(0, 0.01)"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Waits.within(Waits.HANG, () -> header(robot).contains("N(0, 0.01)"));
        assertThat(header(robot)).startsWith("A: sigmoid (sigmoid, N(0, 0.01) init)");
        assertThat(window.document().design().variants().get(0).description()).isEqualTo("sigmoid, N(0, 0.01) init");
    }
}
