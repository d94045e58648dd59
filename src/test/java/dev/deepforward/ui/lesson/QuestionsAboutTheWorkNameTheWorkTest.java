package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Variant;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.FileDialogs.UnsavedChoice;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.files.WorkbenchFile;
import dev.deepforward.ui.files.WorkbenchFiles;
import dev.deepforward.ui.model.Design;
import dev.deepforward.ui.model.TrainingEdits;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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
 * The question Enter asks before a lesson step replaces edited work saves that work under its own name (the
 * lesson it came from, not the lesson on screen), with descriptions that say the rate it trains at; a step
 * with nothing to set up asks nothing and leaves the work alone.
 */
@ExtendWith(ApplicationExtension.class)
class QuestionsAboutTheWorkNameTheWorkTest {

    private static final Path OPTIMIZERS = Path.of("lessons/08-optimizers-and-schedules.json");
    private static final Path LOSSES = Path.of("lessons/09-loss-functions.json");

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

    private static void key(FxRobot robot, KeyCode k) {
        robot.type(k);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lesson 8 step 2 set up (sgd, momentum, adam at η = 0.03), then its learning rate changed to 0.001. */
    private void editedLesson8Step2(FxRobot robot) throws Exception {
        await(robot, () -> window.lessons().open(OPTIMIZERS));
        key(robot, KeyCode.PAGE_DOWN);
        key(robot, KeyCode.ENTER);
        assertThat(window.document().design().variants()).extracting(Variant::name).containsExactly("sgd", "momentum", "adam");
        robot.interact(() -> window.document().apply(TrainingEdits.setLearningRate(0.001)));
        assertThat(window.session().isUnsaved()).isTrue();
    }

    @Test
    void savingFromTheQuestionOnAnotherLessonSavesTheEditedWorkUnderItsOwnLessonsName(FxRobot robot) throws Exception {
        editedLesson8Step2(robot);
        Design edited = window.document().design();
        await(robot, () -> window.lessons().open(LOSSES));
        key(robot, KeyCode.PAGE_DOWN); // lesson 9, step 2

        Path saved = Files.createTempDirectory("df-question").resolve("saved.dfw");
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        dialogs.files.add(saved);
        key(robot, KeyCode.ENTER);

        assertThat(dialogs.unsavedName).startsWith("Lesson 8 · Optimizers");
        assertThat(dialogs.suggestedName).startsWith("lesson-8-optimizers").endsWith("-step-2.dfw");
        Loaded<WorkbenchFile> file = WorkbenchFiles.read(saved);
        assertThat(file.ok()).isTrue();
        assertThat(file.value().spec().name()).startsWith("Lesson 8 · Optimizers").endsWith("– step 2");
        assertThat(file.value().spec().training().learningRate()).isEqualTo(0.001);
        assertThat(file.value().spec().network()).isEqualTo(edited.spec().network());
        assertThat(file.value().lesson().step()).isEqualTo(2);
        assertThat(file.value().lesson().title()).startsWith("Lesson 8");
        // the variants say the rate they train at, not the lesson's 0.03
        assertThat(file.value().variants()).extracting(Variant::description)
                .containsExactly("plain SGD, η = 0.001", "momentum μ = 0.9, η = 0.001", "Adam, η = 0.001");
        // and lesson 9's step is set up after it
        assertThat(window.document().design().variants()).extracting(Variant::name).containsExactly("cross-entropy", "L2", "L1");
    }

    @Test
    void theChartHeaderSaysTheLearningRateTheVariantsTrainAtAfterAnEdit(FxRobot robot) throws Exception {
        editedLesson8Step2(robot);
        String caption = window.document().getComparison().caption(window.document().getSpec());
        assertThat(caption).startsWith("A: sgd (plain SGD, η = 0.001) · B: momentum (momentum μ = 0.9, η = 0.001)");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getComparison().caption(window.document().getSpec()))
                .startsWith("A: sgd (plain SGD, η = 0.03) · B: momentum (momentum μ = 0.9, η = 0.03)");
    }

    @Test
    void enterOnAStepWithNothingToSetUpAsksNothingAndLeavesTheWorkAlone(FxRobot robot) throws Exception {
        editedLesson8Step2(robot);
        Design edited = window.document().design();
        key(robot, KeyCode.PAGE_DOWN);
        key(robot, KeyCode.PAGE_DOWN);
        key(robot, KeyCode.PAGE_DOWN); // step 5, "Choosing in practice": text and a quiz
        key(robot, KeyCode.ENTER);

        assertThat(dialogs.unsavedQuestions).isZero();
        assertThat(window.document().design()).isEqualTo(edited);
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText())
                .contains("This step has nothing to set up");
        assertThat(robot.lookup("#lesson-setup").tryQuery()).isEmpty(); // and no Set up button offers it
    }
}
