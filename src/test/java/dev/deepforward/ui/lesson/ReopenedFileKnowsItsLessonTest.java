package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.FileDialogs.UnsavedChoice;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.files.WorkbenchFile;
import dev.deepforward.ui.files.WorkbenchFiles;
import dev.deepforward.ui.model.NetworkEdits;
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
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work set up from a lesson step, changed and saved, remembers that step in its file: opened again after a
 * restart it names the lesson and the step, and Ctrl+Shift+L opens the lesson there; a lesson that is gone
 * is said to be gone, and the work opens all the same.
 */
@ExtendWith(ApplicationExtension.class)
class ReopenedFileKnowsItsLessonTest {

    private static final Path BATCH_NORM = Path.of("lessons/07-batch-normalization.json");

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final WorkbenchFixture workbench = new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, false));
    private WorkbenchWindow window;

    @TempDir
    Path dir;

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

    /** Step 2 of {@code lesson} set up with PgDn and Enter, a layer changed, saved with Ctrl+S as mine.dfw. */
    private RunSpec setUpChangeAndSave(FxRobot robot, Path lesson, Path target) throws Exception {
        open(robot, lesson);
        robot.interact(() -> window.lessons().goTo(0));
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lessons().step()).isEqualTo(1);
        robot.interact(() -> window.document().apply(NetworkEdits.setUnits(0, 23)));
        dialogs.files.add(target);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().isUnsaved()).isFalse();
        return window.document().getSpec();
    }

    /** The app quit with the lesson closed, started again, and the file opened with Ctrl+O. */
    private WorkbenchWindow restartAndOpen(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.lessons().close());
        robot.interact(window::dispose);
        WorkbenchWindow[] again = new WorkbenchWindow[1];
        robot.interact(() -> again[0] = workbench.again(new Stage())); // closed after the test
        robot.interact(() -> again[0].show());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again[0].lessons().isLessonOpen()).isFalse();
        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        dialogs.files.add(file);
        robot.interact(() -> again[0].session().open());
        WaitForAsyncUtils.waitForFxEvents();
        return again[0];
    }

    private static Label lessonLine(FxRobot robot, WorkbenchWindow w) {
        return robot.from(w.stage().getScene().getRoot()).lookup("#status-lesson").queryAs(Label.class);
    }

    @Test
    void aSavedLessonSetUpReopenedAfterARestartNamesItsLessonStepAndCtrlShiftLOpensTheLessonThere(FxRobot robot)
            throws Exception {
        Path mine = dir.resolve("mine.dfw");
        RunSpec work = setUpChangeAndSave(robot, BATCH_NORM, mine);
        assertThat(Files.readString(mine)).contains("\"lesson\"").contains("\"batch-normalization\"");
        Loaded<WorkbenchFile> saved = WorkbenchFiles.read(mine);
        assertThat(saved.ok()).isTrue();
        assertThat(saved.value().lesson().step()).isEqualTo(2);

        WorkbenchWindow w = restartAndOpen(robot, mine);
        assertThat(w.document().getSpec()).isEqualTo(work);
        assertThat(w.stage().getTitle()).isEqualTo("mine.dfw · Lesson 7 · Batch normalization — DeepForward Workbench");
        Waits.within(Waits.HANG, () -> lessonLine(robot, w).isVisible());
        assertThat(lessonLine(robot, w).getText())
                .isEqualTo("From Lesson 7 · Batch normalization, step 2 · Ctrl+Shift+L opens it");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        Waits.within(Waits.HANG, () -> w.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.lessons().step()).isEqualTo(1);
        assertThat(w.lessons().workTitle()).startsWith("Lesson 7 · Batch normalization – step 2");
        // the work is the person's, as it was saved: opening the lesson sets nothing up
        assertThat(w.document().getSpec()).isEqualTo(work);
        assertThat(w.session().isUnsaved()).isFalse();
        assertThat(lessonLine(robot, w).isVisible()).isFalse();
    }

    @Test
    void aClickOnTheStatusBarsLessonLineOpensTheLessonAtTheSavedStep(FxRobot robot) throws Exception {
        Path mine = dir.resolve("mine.dfw");
        RunSpec work = setUpChangeAndSave(robot, BATCH_NORM, mine);
        WorkbenchWindow w = restartAndOpen(robot, mine);
        Waits.within(Waits.HANG, () -> lessonLine(robot, w).isVisible());
        robot.clickOn(lessonLine(robot, w));
        Waits.within(Waits.HANG, () -> w.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.lessons().step()).isEqualTo(1);
        assertThat(w.document().getSpec()).isEqualTo(work);
    }

    @Test
    void aFileWhoseLessonIsGoneStillOpensAndSaysPlainlyThatTheLessonIsGone(FxRobot robot) throws Exception {
        // A lesson of the person's own, with an id no built-in lesson has, later deleted.
        Path lesson = dir.resolve("my-batch-norm.json");
        Files.writeString(lesson, Files.readString(BATCH_NORM)
                .replace("\"id\": \"batch-normalization\"", "\"id\": \"my-batch-norm\""));
        Path mine = dir.resolve("mine.dfw");
        RunSpec work = setUpChangeAndSave(robot, lesson, mine);
        Files.delete(lesson);

        WorkbenchWindow w = restartAndOpen(robot, mine);
        assertThat(w.document().getSpec()).isEqualTo(work);
        assertThat(w.session().file()).contains(mine);
        Waits.within(Waits.HANG, () -> lessonLine(robot, w).isVisible());
        assertThat(lessonLine(robot, w).getText())
                .isEqualTo("From Lesson 7 · Batch normalization, step 2 · that lesson file is gone");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        Label notice = robot.from(w.stage().getScene().getRoot()).lookup("#status-notice").queryAs(Label.class);
        Waits.within(Waits.HANG, () -> notice.getText().contains("is gone"));
        assertThat(notice.getText()).contains("The lesson this work came from is gone: Lesson 7 · Batch normalization, step 2")
                .contains("my-batch-norm.json");
        assertThat(w.lessons().isLessonOpen()).isFalse();
        assertThat(w.document().getSpec()).isEqualTo(work);
    }

    @Test
    void aFileSavedBeforeFilesRecordedTheirLessonOpensWithNoLessonLine(FxRobot robot) throws Exception {
        Path old = dir.resolve("old.dfw");
        Files.writeString(old, """
                {"format": 1, "spec": {"name": "old work", "network": {"hidden": [{"units": 7}]}}}
                """);
        dialogs.files.add(old);
        robot.interact(() -> window.session().open());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().file()).contains(old);
        assertThat(window.session().workLessonProperty().get()).isNull();
        assertThat(window.stage().getTitle()).isEqualTo("old.dfw — DeepForward Workbench");
        assertThat(lessonLine(robot, window).isVisible()).isFalse();
    }
}
