package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.json.Loaded;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.files.WorkbenchFile;
import dev.deepforward.ui.files.WorkbenchFiles;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
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
 * Saving a lesson's set-up proposes the person's folder and the step's name, never the app's own files;
 * Enter on a step with nothing to set up says so.
 */
@ExtendWith(ApplicationExtension.class)
class LessonSaveAndReadingStepTest {

    private static final Path BATCH_NORM = Path.of("lessons/07-batch-normalization.json");
    private static final Path FIRST = Path.of("lessons/01-deep-feedforward-networks.json");

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final WorkbenchFixture workbench =
            new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, true));

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private void open(FxRobot robot, Path lesson) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(lesson)));
        f.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlSOnALessonsSetUpProposesTheUsersFolderAndTheStepsNameAndTheSavedDesignCarriesIt(FxRobot robot)
            throws Exception {
        open(robot, BATCH_NORM);
        robot.type(KeyCode.ENTER); // sets the step up
        WaitForAsyncUtils.waitForFxEvents();
        Path target = Files.createTempDirectory("df-saved").resolve("mine.dfw");
        dialogs.files.add(target);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Path assets = Path.of("assets").toAbsolutePath().normalize();
        Path lessons = Path.of("lessons").toAbsolutePath().normalize();
        Path dir = dialogs.saveDir.toAbsolutePath().normalize();
        assertThat(dir.startsWith(assets)).as(dir.toString()).isFalse();
        assertThat(dir.startsWith(lessons)).as(dir.toString()).isFalse();
        assertThat(dialogs.suggestedName).startsWith("lesson-7-batch-normalization-step-1").endsWith(".dfw");

        assertThat(Files.exists(target)).isTrue();
        Loaded<WorkbenchFile> saved = WorkbenchFiles.read(target);
        assertThat(saved.ok()).isTrue();
        assertThat(saved.value().spec().name()).startsWith("Lesson 7 · Batch normalization – step 1");
        assertThat(window.session().isUnsaved()).isFalse();
    }

    @Test
    void enterOnAStepWithNothingToSetUpSaysSoInTheStatusBar(FxRobot robot) throws Exception {
        open(robot, FIRST);
        var before = window.document().design();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().design()).isEqualTo(before);
        Label notice = robot.lookup("#status-notice").queryAs(Label.class);
        assertThat(notice.getText()).contains("nothing to set up").contains("PgDn");
        assertThat(notice.isVisible()).isTrue();
    }
}
