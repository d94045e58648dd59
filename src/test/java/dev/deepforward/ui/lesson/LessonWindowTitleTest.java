package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's title names the open lesson, with the unsaved marker once the design was edited. */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTitleTest {

    private static final Path BATCH_NORM = Path.of("lessons/07-batch-normalization.json");

    @RegisterExtension final WorkbenchFixture workbench = WorkbenchFixture.scripted(1280, 800);

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    @Test
    void theTitleNamesTheOpenLessonMarksThePersonsEditsNotTheSetUpAndSaysUntitledOnceItIsClosed(FxRobot robot)
            throws Exception {
        assertThat(window.stage().getTitle()).isEqualTo("Untitled — DeepForward Workbench");
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(BATCH_NORM)));
        f.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getTitle()).isEqualTo("Lesson 7 · Batch normalization — DeepForward Workbench");

        // Enter sets the step up: the lesson's work, not the person's, so nothing is marked unsaved.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getTitle()).isEqualTo("Lesson 7 · Batch normalization — DeepForward Workbench");
        // The person's own edit after it is marked; undoing it takes the mark away.
        robot.interact(() -> window.document().apply(dev.deepforward.ui.model.TrainingEdits.setLearningRate(0.1)));
        assertThat(window.stage().getTitle()).isEqualTo("Lesson 7 · Batch normalization • — DeepForward Workbench");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getTitle()).isEqualTo("Lesson 7 · Batch normalization — DeepForward Workbench");

        robot.clickOn("#lesson-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getTitle()).isEqualTo("Untitled — DeepForward Workbench");
    }
}
