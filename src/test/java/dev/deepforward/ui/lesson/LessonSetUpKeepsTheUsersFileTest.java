package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.json.Loaded;
import dev.deepforward.ui.compare.ComparePlan;
import dev.deepforward.ui.compare.HeadlineToggle;
import dev.deepforward.ui.files.FileDialogs.UnsavedChoice;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.files.WorkbenchFile;
import dev.deepforward.ui.files.WorkbenchFiles;
import dev.deepforward.ui.model.SpecChange;
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
 * A lesson step or a lecture demo set up while the person's own file is open makes untitled work: the
 * file is never turned into the lesson's network, unsaved changes are asked about first, and C brings back
 * a lesson's variants only on the design its step set up.
 */
@ExtendWith(ApplicationExtension.class)
class LessonSetUpKeepsTheUsersFileTest {

    private static final Path FIRST = Path.of("lessons/01-deep-feedforward-networks.json");
    private static final Path BATCH_NORM = Path.of("lessons/07-batch-normalization.json");
    private static final Path TIME = Path.of("lessons/16-time-and-hardware.json");
    private static final Path TRACK = Path.of("lessons/lecture-90-minutes.dftrack");

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

    /** Saves the current design as the person's own file (Ctrl+S), then reopens it (Ctrl+O). */
    private Path saveAndReopen(FxRobot robot) throws Exception {
        Path mine = Files.createTempDirectory("df-mine").resolve("saved1.dfw");
        robot.interact(() -> window.document().apply(SpecChange.of("name", s -> s.withName("My spiral"))));
        dialogs.files.add(mine);
        ctrl(robot, KeyCode.S);
        assertThat(Files.exists(mine)).isTrue();
        dialogs.files.add(mine);
        ctrl(robot, KeyCode.O);
        assertThat(window.stage().getTitle()).isEqualTo("saved1.dfw — DeepForward Workbench");
        return mine;
    }

    @Test
    void settingUpALessonStepOverTheUsersFileMakesUntitledWorkThatCtrlSSavesUnderANewName(FxRobot robot)
            throws Exception {
        Path mine = saveAndReopen(robot);
        byte[] before = Files.readAllBytes(mine);

        await(robot, () -> window.lessons().open(BATCH_NORM));
        robot.type(KeyCode.ENTER); // sets the step up
        WaitForAsyncUtils.waitForFxEvents();
        // untitled, and not unsaved: the set-up is the lesson's, not the person's work
        assertThat(window.stage().getTitle()).isEqualTo("Lesson 7 · Batch normalization — DeepForward Workbench");
        assertThat(window.session().file()).isEmpty();
        assertThat(dialogs.unsavedQuestions).isZero(); // the file had no unsaved changes: nothing to ask

        Path elsewhere = Files.createTempDirectory("df-new").resolve("lesson.dfw");
        dialogs.files.add(elsewhere);
        ctrl(robot, KeyCode.S);
        assertThat(dialogs.suggestedName).startsWith("lesson-7-batch-normalization-step-1");
        assertThat(Files.readAllBytes(mine)).isEqualTo(before);
        Loaded<WorkbenchFile> saved = WorkbenchFiles.read(elsewhere);
        assertThat(saved.ok()).isTrue();
        assertThat(saved.value().variants()).hasSize(3);
    }

    @Test
    void ctrlZAfterASetUpGivesTheWorkBackToTheUsersFileUnchanged(FxRobot robot) throws Exception {
        saveAndReopen(robot);
        await(robot, () -> window.lessons().open(BATCH_NORM));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().file()).isEmpty();

        ctrl(robot, KeyCode.Z);
        // the file again, and no lesson in its name: the file was not set up from lesson 7
        assertThat(window.stage().getTitle()).isEqualTo("saved1.dfw — DeepForward Workbench");
        assertThat(window.session().isUnsaved()).isFalse();
        ctrl(robot, KeyCode.Y);
        assertThat(window.stage().getTitle()).isEqualTo("Lesson 7 · Batch normalization — DeepForward Workbench");
        assertThat(window.session().file()).isEmpty();
    }

    @Test
    void unsavedChangesToTheUsersFileAreAskedAboutFirstAndCancelKeepsThem(FxRobot robot) throws Exception {
        Path mine = saveAndReopen(robot);
        robot.interact(() -> window.document().apply(SpecChange.of("seed", s -> s.withSeed(7))));
        var edited = window.document().design();
        await(robot, () -> window.lessons().open(BATCH_NORM));

        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(window.document().design()).isEqualTo(edited);
        assertThat(window.stage().getTitle()).isEqualTo("saved1.dfw • — DeepForward Workbench");

        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.unsavedQuestions).isEqualTo(2);
        assertThat(WorkbenchFiles.read(mine).value().spec().seed()).isEqualTo(7L); // saved to the person's file
        assertThat(window.session().file()).isEmpty(); // then the lesson's set-up, untitled
        assertThat(window.document().getComparison()).isNotNull();
    }

    @Test
    void aLectureDemoOverTheUsersFileMakesUntitledWorkToo(FxRobot robot) throws Exception {
        Path mine = saveAndReopen(robot);
        byte[] before = Files.readAllBytes(mine);
        await(robot, () -> window.lessons().openTrack(TRACK));
        Label heading = robot.lookup("#lesson-title").queryAs(Label.class);
        assertThat(heading.getText()).startsWith("Lecture track");
        await(robot, () -> window.lessons().nextDemo());
        assertThat(window.stage().getTitle()).isEqualTo("Lesson 3 · Vanishing gradients — DeepForward Workbench");
        dialogs.files.add(Files.createTempDirectory("df-demo").resolve("demo.dfw"));
        ctrl(robot, KeyCode.S);
        assertThat(Files.readAllBytes(mine)).isEqualTo(before);
    }

    @Test
    void aSetUpAloneIsNotUnsavedWorkButThePersonsEditsAfterItAreAskedAboutByOpenNewAndQuit(FxRobot robot)
            throws Exception {
        await(robot, () -> window.lessons().open(BATCH_NORM));
        robot.type(KeyCode.ENTER); // sets the step up over the untitled start
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getTitle()).isEqualTo("Lesson 7 · Batch normalization — DeepForward Workbench");
        ctrl(robot, KeyCode.O); // nothing to ask: the chooser comes (and is cancelled)
        assertThat(dialogs.unsavedQuestions).isZero();

        // The person's own edit after the set-up (what the layer inspector does with 20 typed as units).
        robot.interact(() -> window.document().apply(dev.deepforward.ui.model.NetworkEdits.setUnits(0, 20)));
        assertThat(window.stage().getTitle()).isEqualTo("Lesson 7 · Batch normalization • — DeepForward Workbench");
        ctrl(robot, KeyCode.O);
        assertThat(dialogs.unsavedQuestions).isEqualTo(1); // cancelled: the edit stays
        ctrl(robot, KeyCode.N);
        assertThat(dialogs.unsavedQuestions).isEqualTo(2);
        robot.interact(window::requestClose);
        assertThat(dialogs.unsavedQuestions).isEqualTo(3);
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(window.document().getSpec().network().hidden().get(0).units()).isEqualTo(20);

        // Undoing the edit is the set-up again: New asks nothing and starts over.
        ctrl(robot, KeyCode.Z);
        assertThat(window.stage().getTitle()).isEqualTo("Lesson 7 · Batch normalization — DeepForward Workbench");
        ctrl(robot, KeyCode.N);
        assertThat(dialogs.unsavedQuestions).isEqualTo(3);
        assertThat(window.document().getSpec()).isEqualTo(dev.deepforward.spec.RunSpec.defaults());
    }

    @Test
    void afterClosingALessonTheLectureTrackIsNotShownUnderTheLessonsTitle(FxRobot robot) throws Exception {
        await(robot, () -> window.lessons().open(TIME));
        Label heading = robot.lookup("#lesson-title").queryAs(Label.class);
        assertThat(heading.getText()).startsWith("Time and hardware");
        robot.clickOn("#lesson-close");
        WaitForAsyncUtils.waitForFxEvents();
        await(robot, () -> window.lessons().openTrack(TRACK));
        assertThat(heading.getText()).doesNotContain("Time and hardware").startsWith("Lecture track");
    }

    @Test
    void cOnAnotherLessonsDesignComparesAHeadlineOfThatDesignNotAnEarlierStepsNetworks(FxRobot robot)
            throws Exception {
        await(robot, () -> window.lessons().open(FIRST));
        robot.interact(() -> window.lessons().goTo(1));
        robot.type(KeyCode.ENTER); // three whole networks side by side
        WaitForAsyncUtils.waitForFxEvents();
        ComparePlan lesson1 = window.document().getComparison();
        assertThat(lesson1.fixed()).hasSize(3);

        // On the step's own design C switches its comparison off and on again.
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getComparison()).isNull();
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getComparison()).isEqualTo(lesson1);

        // Lesson 16 step 1: one network on MNIST, no comparison.
        await(robot, () -> window.lessons().open(TIME));
        robot.interact(() -> window.lessons().goTo(0));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getComparison()).isNull();
        robot.clickOn("#lesson-close");
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        ComparePlan now = window.document().getComparison();
        assertThat(now).isNotNull();
        assertThat(now.fixed()).isEmpty();
        assertThat(now.toggle()).isEqualTo(HeadlineToggle.ACTIVATION);
        // Every variant is the design on screen with one switch flipped: the same layer sizes.
        var base = window.document().getSpec();
        for (var v : now.variants(base)) {
            assertThat(v.set().keySet()).noneMatch(k -> k.equals("network") || k.equals("network.hidden"));
        }

        // Undo it, and C again: still the design's own comparison, never lesson 1's networks.
        ctrl(robot, KeyCode.Z);
        assertThat(window.document().getComparison()).isNull();
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getComparison().fixed()).isEmpty();
    }

    @Test
    void afterTheDatasetIsSwitchedSaveProposesTheDesignAsItIsNotTheLessonsOldName(FxRobot robot) throws Exception {
        await(robot, () -> window.lessons().open(BATCH_NORM));
        robot.type(KeyCode.ENTER); // six ReLU layers of 32 on circle
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-close");
        WaitForAsyncUtils.waitForFxEvents();
        // What the data panel's list does when spiral is picked.
        robot.interact(() -> window.document().apply(dev.deepforward.ui.model.TrainingEdits.setDataset("spiral")));

        Path target = Files.createTempDirectory("df-named").resolve("mine.dfw");
        dialogs.files.add(target);
        ctrl(robot, KeyCode.S);
        assertThat(dialogs.suggestedName).isEqualTo("2-32-32-32-32-32-32-2-relu-on-spiral.dfw");
        assertThat(WorkbenchFiles.read(target).value().spec().name()).isEqualTo("2-32-32-32-32-32-32-2 ReLU on spiral");
    }

    @Test
    void aChangedLearningRateKeepsTheLessonStepsName(FxRobot robot) throws Exception {
        await(robot, () -> window.lessons().open(BATCH_NORM));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.document().apply(dev.deepforward.ui.model.TrainingEdits.setLearningRate(0.1)));
        dialogs.files.add(Files.createTempDirectory("df-named").resolve("mine.dfw"));
        ctrl(robot, KeyCode.S);
        assertThat(dialogs.suggestedName).startsWith("lesson-7-batch-normalization-step-1");
    }

    @Test
    void aDesignThatCountsIterationsShowsWhereTheRunReallyStopsAndTheRunStopsThere(FxRobot robot) throws Exception {
        robot.interact(() -> window.document().apply(SpecChange.of("300 iterations",
                s -> s.withTraining(s.training().withIterations(300)))));
        Label stopsAt = robot.lookup("#stops-at").queryAs(Label.class);
        dev.deepforward.Waits.within(dev.deepforward.Waits.HANG, () -> stopsAt.getText().contains("in epoch"));
        assertThat(stopsAt.isVisible()).isTrue();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("300 iterations \\(in epoch (\\d+)\\)")
                .matcher(stopsAt.getText());
        assertThat(m.matches()).as(stopsAt.getText()).isTrue();
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> epochs = robot.lookup("#epochs-spinner").queryAs(javafx.scene.control.Spinner.class);
        assertThat(epochs.getValue()).isEqualTo(Integer.parseInt(m.group(1)));

        robot.type(KeyCode.SPACE); // Play: the run ends where the note said
        Label iteration = robot.lookup("#status-iteration").queryAs(Label.class);
        Label epoch = robot.lookup("#status-epoch").queryAs(Label.class);
        dev.deepforward.Waits.within(dev.deepforward.Waits.HANG, () -> iteration.getText().equals("Iteration 300"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(epoch.getText()).isEqualTo("Epoch " + m.group(1));

        // Typing an epoch count makes the design count epochs: the note goes.
        robot.interact(() -> window.document().apply(dev.deepforward.ui.model.TrainingEdits.setEpochs(5)));
        assertThat(stopsAt.isVisible()).isFalse();
        assertThat(epochs.getValue()).isEqualTo(5);
    }
}
