package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonLoader;
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

/** Enter right after a catalogue card opened a lesson sets up the step it resumed at, the first time. */
@ExtendWith(ApplicationExtension.class)
class EnterAfterOpeningFromTheCatalogueTest {

    private static final Path ONE = Path.of("lessons/01-deep-feedforward-networks.json");

    @RegisterExtension final WorkbenchFixture workbench = WorkbenchFixture.scripted(1280, 800);

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    @Test
    void theFirstEnterAfterClickingACardSetsUpTheStepTheLessonResumedAt(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(ONE)));
        f.get().get(60, TimeUnit.SECONDS);
        // the student was at step 4 of lesson 1, which has a run of its own (step 3 is a reading step: Enter there
        // sets nothing up, since 1070979)
        robot.interact(() -> window.lessons().goTo(3));
        robot.clickOn("#lesson-catalogue-button");
        Waits.within(Waits.HANG, () -> robot.lookup("#catalogue-deep-feedforward-networks").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#catalogue-deep-feedforward-networks");
        Waits.within(Waits.HANG, () -> window.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lessons().step()).isEqualTo(3);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Lesson one = LessonLoader.load(ONE, null).value();
        assertThat(window.document().getSpec()).as("focus: %s", window.stage().getScene().getFocusOwner())
                .isEqualTo(one.runs(Path.of("lessons")).get(3).spec());
    }

    @Test
    void enterPressedWhileTheCardsLessonIsStillLoadingSetsItUpOnceItIsShown(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(ONE)));
        f.get().get(60, TimeUnit.SECONDS);
        robot.interact(() -> window.lessons().goTo(1)); // the student was at step 2 of lesson 1
        robot.clickOn("Lessons");
        robot.clickOn("#menu-lesson-catalogue");
        Waits.within(Waits.HANG, () -> robot.lookup("#catalogue-deep-feedforward-networks").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // the card's click and Enter in one go, before the lesson file has been read
        robot.interact(() -> {
            robot.lookup("#catalogue-deep-feedforward-networks").queryButton().fire();
            window.stage().getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        Waits.within(Waits.HANG, () -> window.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();
        Lesson one = LessonLoader.load(ONE, null).value();
        int step = window.lessons().step();
        assertThat(one.runs(Path.of("lessons")).get(step).hasRun()).isTrue();
        assertThat(window.document().getSpec()).isEqualTo(one.runs(Path.of("lessons")).get(step).spec());
    }
}
