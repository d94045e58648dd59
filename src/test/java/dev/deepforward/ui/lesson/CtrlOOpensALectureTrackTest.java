package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** File → Open… (Ctrl+O) loads a lecture track as Lessons → Open lecture track does, not as a workbench file. */
@ExtendWith(ApplicationExtension.class)
class CtrlOOpensALectureTrackTest {

    private static final Path TRACK = Path.of("lessons/lecture-90-minutes.dftrack");

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final WorkbenchFixture workbench = new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, true));

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private void ctrlO(FxRobot robot, Path file) {
        dialogs.files.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String trackLine(FxRobot robot) {
        return robot.lookup("#lesson-track").tryQueryAs(Label.class).filter(Label::isVisible).map(Label::getText).orElse("");
    }

    @Test
    void aTrackOpenedWithCtrlOIsReadyForDAndLeavesTheWorkAsItIs(FxRobot robot) throws Exception {
        Path copy = Files.copy(TRACK, workbench.home().resolve("my lecture.dftrack"));
        RunSpec before = window.document().getSpec();

        ctrlO(robot, copy);
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().contains("11 demos, 90 min"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.problemsShown).as("not read as a workbench file").isEmpty();
        assertThat(trackLine(robot)).contains("11 demos, 90 min");
        assertThat(window.document().getSpec()).isEqualTo(before);
        robot.type(KeyCode.D);
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo 1 of 11"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trackLine(robot)).startsWith("Demo 1 of 11");
    }

    @Test
    void aTrackSavedAsJsonIsKnownByItsTrackField(FxRobot robot) throws Exception {
        Path copy = Files.copy(TRACK, workbench.home().resolve("lecture.json"));
        ctrlO(robot, copy);
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().contains("11 demos, 90 min"));
        assertThat(dialogs.problemsShown).isEmpty();
    }
}
