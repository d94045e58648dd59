package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.WorkbenchApp;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.shell.PrefsStore;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A double-click, "Open with" or {@code deepforward FILE}: the file is the only argument, and the window
 * comes up showing it. The arguments go through the launcher's own reading, the window through the app's.
 */
@ExtendWith(ApplicationExtension.class)
class OpenFromTheDesktopTest {

    private Stage stage;
    private WorkbenchWindow window;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        home = Files.createTempDirectory("df-open");
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(window::dispose);
        }
    }

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private void launchWith(FxRobot robot, Path file) {
        StartArguments args = Launcher.startArguments(new String[] {file.toString()});
        assertThat(args.window()).as("a file opens the window, not a command").isTrue();
        robot.interact(() -> window = WorkbenchApp.showWindow(stage, new PrefsStore(home.resolve("ui.json")),
                WorkbenchWindow.Options.defaults().withDialogs(dialogs), args.file()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLessonFileAsTheOnlyArgumentOpensThatLesson(FxRobot robot) throws Exception {
        Path lesson = Files.copy(Path.of("lessons/01-deep-feedforward-networks.json"),
                home.resolve("first lesson.dflesson"));
        launchWith(robot, lesson);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText())
                .isEqualTo("What a deep feed-forward network is");
        assertThat(robot.lookup("#lesson-step-title").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void theAppsWindowComesUpSayingTheWorkbenchIsOpeningAndThenThatWindowShowsTheFile(FxRobot robot) throws Exception {
        Path wb = Files.copy(Path.of("assets/workbenches/ten-layers.json"), home.resolve("ten layers.dfw"));
        StartArguments args = Launcher.startArguments(new String[] {wb.toString()});
        @SuppressWarnings("unchecked")
        CompletableFuture<WorkbenchWindow>[] filled = new CompletableFuture[1];
        String[] first = new String[2];
        robot.interact(() -> {
            filled[0] = WorkbenchApp.open(stage, new PrefsStore(home.resolve("ui.json")), args.file());
            // What is on screen before the workbench is built: the app's window, saying it is opening.
            first[0] = stage.isShowing() ? stage.getTitle() : "not showing";
            Label note = (Label) stage.getScene().lookup("#opening .label");
            first[1] = note == null ? null : note.getText();
        });
        assertThat(first[0]).isEqualTo("DeepForward Workbench");
        assertThat(first[1]).isEqualTo("Opening the workbench…");

        Waits.within(Waits.HANG, filled[0]::isDone);
        window = filled[0].get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.scene()).as("the same window, now holding the workbench").isSameAs(stage.getScene());
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#opening").tryQuery()).isEmpty();
        assertThat(robot.lookup("#workbench-root").tryQuery()).isPresent();
        assertThat(window.document().getSpec().network().hidden()).hasSize(10);
        assertThat(stage.getTitle()).startsWith("ten layers.dfw");
    }

    @Test
    void aWorkbenchFileAsTheOnlyArgumentOpensThatDesign(FxRobot robot) throws Exception {
        Path wb = Files.copy(Path.of("assets/workbenches/ten-layers.json"), home.resolve("ten layers.dfw"));
        launchWith(robot, wb);
        assertThat(window.document().getSpec().name()).isEqualTo("Ten sigmoid layers (compare with ReLU: press C)");
        assertThat(window.document().getSpec().network().hidden()).hasSize(10);
        assertThat(stage.getTitle()).startsWith("ten layers.dfw");
        assertThat(window.lessons().isShown()).isFalse();
    }

    @Test
    void aLessonStillOpensFromAJsonFile(FxRobot robot) throws Exception {
        Path lesson = Files.copy(Path.of("lessons/03-vanishing-gradients.json"), home.resolve("vanishing.json"));
        launchWith(robot, lesson);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText()).isEqualTo("Vanishing gradients");
    }

    @Test
    void aLectureTrackAsTheOnlyArgumentIsLoadedAsATrackReadyForKeyD(FxRobot robot) throws Exception {
        Path track = Files.copy(Path.of("lessons/lecture-90-minutes.dftrack"), home.resolve("my lecture.dftrack"));
        launchWith(robot, track);
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().contains("11 demos, 90 min"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-track").queryAs(Label.class).getText()).contains("11 demos, 90 min");
        assertThat(dialogs.problemsShown).as("not read as a workbench file: no 'Cannot open' problems").isEmpty();

        robot.type(javafx.scene.input.KeyCode.D);
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo 1 of 11"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-step-title").queryAs(Label.class).getText()).isEqualTo("Ten layers deep");
        assertThat(robot.lookup("#lesson-track").queryAs(Label.class).getText()).startsWith("Demo 1 of 11");
    }

    @Test
    void aMissingLessonsPathThatNamesABuiltInLessonOpensTheBuiltInOneAndSaysSo(FxRobot robot) throws Exception {
        // as the installed app sees it: no lessons folder where it runs, the lessons inside the app
        Path builtIn = Files.createDirectories(home.resolve("inside-the-app"));
        Files.copy(Path.of("lessons/03-vanishing-gradients.json"), builtIn.resolve("zz-vanishing.json"));
        String was = System.getProperty(dev.deepforward.lesson.LessonFolders.BUILT_IN_PROPERTY);
        System.setProperty(dev.deepforward.lesson.LessonFolders.BUILT_IN_PROPERTY, builtIn.toString());
        try {
            StartArguments args = Launcher.startArguments(new String[] {"lessons/zz-vanishing.json"});
            assertThat(args.problem()).isEmpty();
            assertThat(args.note()).hasValueSatisfying(n -> assertThat(n).startsWith(
                    "lessons/zz-vanishing.json is not in this folder: opening the built-in zz-vanishing.json"));
            assertThat(Launcher.startArguments(new String[] {"lessons/zz-no-such-lesson.json"}).problem())
                    .as("a typo is still no such file").contains("no such file: lessons/zz-no-such-lesson.json");
            launchWith(robot, Path.of("lessons/zz-vanishing.json"));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.lessons().isLessonOpen());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText()).isEqualTo("Vanishing gradients");
        } finally {
            if (was == null) {
                System.clearProperty(dev.deepforward.lesson.LessonFolders.BUILT_IN_PROPERTY);
            } else {
                System.setProperty(dev.deepforward.lesson.LessonFolders.BUILT_IN_PROPERTY, was);
            }
        }
    }
}
