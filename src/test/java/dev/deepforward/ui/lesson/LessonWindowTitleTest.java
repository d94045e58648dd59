package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.FileDialogs.UnsavedChoice;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.model.TrainingEdits;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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
 * The window's title names the work: the file, or the lesson step it was set up from, or "Untitled" — never
 * a lesson that merely happens to be open. The question about unsaved changes uses the same name, and a
 * set-up over the person's edits asks it as New does.
 */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTitleTest {

    private static final Path VANISHING = Path.of("lessons/03-vanishing-gradients.json");
    private static final Path BATCH_NORM = Path.of("lessons/07-batch-normalization.json");
    private static final String APP = " — DeepForward Workbench";
    private static final String L3 = "Lesson 3 · Vanishing gradients";
    private static final String L7 = "Lesson 7 · Batch normalization";

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final WorkbenchFixture workbench = new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, false));

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private static void await(FxRobot robot, Supplier<CompletableFuture<Void>> action) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(action.get()));
        f.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String title() {
        return window.stage().getTitle();
    }

    @Test
    void theTitleNamesTheLessonTheWorkWasSetUpFromAndMarksOnlyThePersonsEdits(FxRobot robot) throws Exception {
        assertThat(title()).isEqualTo("Untitled" + APP);
        await(robot, () -> window.lessons().open(BATCH_NORM));
        assertThat(title()).isEqualTo("Untitled" + APP); // open, but the work is not the lesson's yet

        // Enter sets the step up: the lesson's work, not the person's, so nothing is marked unsaved.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title()).isEqualTo(L7 + APP);
        // The person's own edit after it is marked; undoing it takes the mark away.
        robot.interact(() -> window.document().apply(TrainingEdits.setLearningRate(0.1)));
        assertThat(title()).isEqualTo(L7 + " •" + APP);
        ctrl(robot, KeyCode.Z);
        assertThat(title()).isEqualTo(L7 + APP);

        // Closing the lesson leaves its work, still named after it.
        robot.clickOn("#lesson-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title()).isEqualTo(L7 + APP);
    }

    @Test
    void afterNewTheTitleSaysUntitledAndTheQuestionBeforeItNamesTheWorkAsTheTitleDoes(FxRobot robot) throws Exception {
        await(robot, () -> window.lessons().open(VANISHING));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.document().apply(TrainingEdits.setLearningRate(0.1)));
        assertThat(title()).isEqualTo(L3 + " •" + APP);

        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        ctrl(robot, KeyCode.N);
        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(dialogs.unsavedName).isEqualTo(L3); // "Save the changes to Lesson 3 · …?", not "to Untitled?"
        assertThat(window.lessons().isLessonOpen()).isTrue();
        assertThat(title()).isEqualTo("Untitled" + APP); // lesson 3 is still open, but the work is not its
    }

    @Test
    void aFileSavedFromOneLessonReopensUnderItsOwnNameNotTheLessonThatIsOpen(FxRobot robot) throws Exception {
        await(robot, () -> window.lessons().open(BATCH_NORM));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Path mine = Files.createTempDirectory("df-title").resolve("my.dfw");
        dialogs.files.add(mine);
        ctrl(robot, KeyCode.S);
        assertThat(title()).isEqualTo("my.dfw · " + L7 + APP);

        await(robot, () -> window.lessons().open(VANISHING));
        dialogs.files.add(mine);
        ctrl(robot, KeyCode.O);
        assertThat(window.session().file()).contains(mine);
        // the lesson it was saved from (the file records it), never the lesson that happens to be open
        assertThat(title()).isEqualTo("my.dfw · " + L7 + APP).doesNotContain("Lesson 3");
    }

    @Test
    void saveProposesAShortNameForALessonStepWithALongTitle(FxRobot robot) throws Exception {
        await(robot, () -> window.lessons().open(Path.of("lessons/02b-forward-and-backward-pass.json")));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ctrl(robot, KeyCode.S); // the scripted chooser is cancelled
        assertThat(dialogs.suggestedName).isEqualTo("lesson-2b-primer-the-forward-pass-step-1.dfw");
    }

    @Test
    void settingUpAnotherLessonOverThePersonsEditsAsksFirstAndCancelKeepsThem(FxRobot robot) throws Exception {
        await(robot, () -> window.lessons().open(BATCH_NORM));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.unsavedQuestions).isZero(); // the untitled start had no edits: nothing to ask
        robot.interact(() -> window.document().apply(TrainingEdits.setLearningRate(0.1)));
        var edited = window.document().design();

        await(robot, () -> window.lessons().open(VANISHING));
        robot.type(KeyCode.ENTER); // the scripted dialog answers Cancel
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(dialogs.unsavedName).isEqualTo(L7);
        assertThat(window.document().design()).isEqualTo(edited);
        assertThat(title()).isEqualTo(L7 + " •" + APP);

        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.unsavedQuestions).isEqualTo(2);
        assertThat(title()).isEqualTo(L3 + APP);

        // A set-up over a set-up (no edits of the person's) asks nothing.
        await(robot, () -> window.lessons().open(BATCH_NORM));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.unsavedQuestions).isEqualTo(2);
        assertThat(title()).isEqualTo(L7 + APP);
    }
}
