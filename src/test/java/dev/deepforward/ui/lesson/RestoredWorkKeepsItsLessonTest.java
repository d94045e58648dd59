package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.FileDialogs.UnsavedChoice;
import dev.deepforward.ui.files.ScriptedDialogs;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Unsaved work set up from a lesson step comes back after a restart (the autosave) still knowing that step. */
@ExtendWith(ApplicationExtension.class)
class RestoredWorkKeepsItsLessonTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final WorkbenchFixture workbench = new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, true));
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    @Test
    void unsavedWorkFromALessonStepComesBackNamedAfterItsLessonWithTheLineThatOpensIt(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(Path.of("lessons/07-batch-normalization.json"))));
        f.get().get(60, TimeUnit.SECONDS);
        robot.interact(() -> window.lessons().goTo(1));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.document().apply(NetworkEdits.setUnits(0, 23));
            window.lessons().close();
            window.autosave().flush();
        });
        RunSpec work = window.document().getSpec();
        robot.interact(window::dispose);

        WorkbenchWindow[] again = new WorkbenchWindow[1];
        robot.interact(() -> again[0] = workbench.again(new Stage())); // closed after the test
        robot.interact(() -> again[0].show());
        WaitForAsyncUtils.waitForFxEvents();
        WorkbenchWindow w = again[0];
        assertThat(w.document().getSpec()).isEqualTo(work);
        assertThat(w.stage().getTitle()).isEqualTo("Lesson 7 · Batch normalization • — DeepForward Workbench");
        Label line = robot.from(w.stage().getScene().getRoot()).lookup("#status-lesson").queryAs(Label.class);
        Waits.within(Waits.HANG, line::isVisible);
        assertThat(line.getText()).isEqualTo("From Lesson 7 · Batch normalization, step 2 · Ctrl+Shift+L opens it");
    }

    @Test
    void aFileOpenedOverALessonSetUpAndClosedWithDontSaveComesBackWithoutThatLesson(FxRobot robot) throws Exception {
        Path mine = workbench.home().resolve("mine.dfw");
        Files.writeString(mine, """
                {"format": 1, "spec": {"name": "my own work", "network": {"hidden": [{"units": 7}]}}}
                """);
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(Path.of("lessons/07-batch-normalization.json"))));
        f.get().get(60, TimeUnit.SECONDS);
        robot.interact(() -> window.lessons().goTo(1));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().workLessonProperty().get()).as("the set-up is lesson 7's").isNotNull();

        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD); // in case the set-up counts as unsaved work
        dialogs.files.add(mine);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().file()).contains(mine);
        assertThat(window.session().workLessonProperty().get()).as("mine.dfw was saved from no lesson").isNull();
        RunSpec saved = window.document().getSpec();

        // an edit, then quit with Don't save: the autosave keeps mine.dfw as saved, with no lesson
        robot.interact(() -> {
            window.document().apply(NetworkEdits.setUnits(0, 23));
            window.lessons().close();
        });
        dialogs.unsavedAnswers.clear();
        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        robot.interact(window::requestClose);
        robot.interact(window::dispose);

        WorkbenchWindow[] again = new WorkbenchWindow[1];
        robot.interact(() -> again[0] = workbench.again(new Stage())); // closed after the test
        robot.interact(() -> again[0].show());
        WaitForAsyncUtils.waitForFxEvents();
        WorkbenchWindow w = again[0];
        assertThat(w.document().getSpec()).isEqualTo(saved);
        assertThat(w.session().file()).contains(mine);
        assertThat(w.session().workLessonProperty().get()).isNull();
        assertThat(w.stage().getTitle()).isEqualTo("mine.dfw — DeepForward Workbench");
        Label line = robot.from(w.stage().getScene().getRoot()).lookup("#status-lesson").queryAs(Label.class);
        assertThat(line.isVisible()).as("no 'From Lesson 7' line").isFalse();
    }
}
