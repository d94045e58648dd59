package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Open… (Ctrl+O) opens a lesson .json as the command line does, reports a broken lesson's own
 * errors (line, column, field) instead of the workbench reader's "unknown field 'title'" list, and says a
 * gzip file is compressed instead of "not UTF-8 text".
 */
@ExtendWith(ApplicationExtension.class)
class OpenTellsALessonFromAWorkbenchTest {

    private static final Path LESSON_5 = Path.of("lessons/05-activation-functions.json");

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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    @Test
    void aCopyOfALessonOpenedWithCtrlOOpensAsTheLesson(FxRobot robot) throws Exception {
        Path copy = workbench.home().resolve("my-copy-of-lesson-5.json");
        Files.copy(LESSON_5, copy);
        RunSpec before = window.document().getSpec();

        ctrlO(robot, copy);
        Waits.within(20, () -> window.lessons().isLessonOpen());

        assertThat(window.lessons().openProperty().get().file()).isEqualTo(copy);
        assertThat(text(robot, "#lesson-title")).isEqualTo("Activation functions and the null gradient");
        assertThat(text(robot, "#lesson-step-count")).startsWith("Step 1 of ");
        assertThat(dialogs.problemsShown).as("no workbench errors").isEmpty();
        assertThat(window.document().getSpec()).as("opening a lesson leaves the work as it is").isEqualTo(before);
    }

    @Test
    void aLessonOpenedWithCtrlOIsInFileOpenRecentAndOpensFromThereAgain(FxRobot robot) throws Exception {
        Path copy = workbench.home().resolve("my-copy-of-lesson-5.json");
        Files.copy(LESSON_5, copy);
        ctrlO(robot, copy);
        Waits.within(20, () -> window.lessons().isLessonOpen());
        robot.interact(() -> window.lessons().close());
        assertThat(window.lessons().isLessonOpen()).isFalse();
        RunSpec before = window.document().getSpec();

        robot.clickOn("File");
        robot.clickOn("Open Recent");
        Path shown = copy.toAbsolutePath().normalize();
        robot.clickOn(shown.getFileName() + "    " + shown.getParent());
        Waits.within(20, () -> window.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.lessons().openProperty().get().file()).isEqualTo(copy);
        assertThat(text(robot, "#lesson-title")).isEqualTo("Activation functions and the null gradient");
        assertThat(dialogs.problemsShown).as("not read as a workbench file").isEmpty();
        assertThat(window.document().getSpec()).as("opening a lesson leaves the work as it is").isEqualTo(before);
        assertThat(window.session().recent().files()).containsExactly(shown);
    }

    @Test
    void aLessonWithTwoTyposOpenedWithCtrlOShowsThoseTwoErrorsWithLineAndField(FxRobot robot) throws Exception {
        String whole = Files.readString(LESSON_5);
        String wrong = whole.replaceFirst("\"activation\": \"relu\"", "\"activaton\": \"relu\"")
                .replaceFirst("\"op\": \">\"", "\"op\": \"=>\"");
        Path file = workbench.home().resolve("wrongfield.json");
        Files.writeString(file, wrong);
        int typoLine = (int) wrong.substring(0, wrong.indexOf("\"activaton\"")).chars().filter(c -> c == '\n').count() + 1;

        ctrlO(robot, file);
        Waits.within(20, () -> robot.lookup("#lesson-problems").tryQuery().map(Node::isVisible).orElse(false));

        assertThat(dialogs.problemsShown).as("not read as a workbench file").isEmpty();
        assertThat(text(robot, "#lesson-title")).isEqualTo("wrongfield.json is not a valid lesson");
        List<String> lines = robot.lookup("#lesson-problems").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("line " + typoLine + ",").contains("activaton", "did you mean 'activation'?");
        assertThat(lines.get(1)).contains("op", "'=>'", "did you mean '>'?");
        assertThat(String.join("\n", lines)).doesNotContain("unknown field 'title'", "'spec'");
        assertThat(window.lessons().isLessonOpen()).isFalse();
    }

    @Test
    void aGzipFileOpenedWithCtrlOIsSaidToBeCompressedNotNonUtf8Text(FxRobot robot) throws Exception {
        Path gz = workbench.home().resolve("garbage.gz");
        byte[] noise = new byte[300];
        new Random(5).nextBytes(noise);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(noise);
        }
        RunSpec before = window.document().getSpec();

        ctrlO(robot, gz);

        assertThat(dialogs.problemsShown).singleElement().satisfies(p -> assertThat(p.toString())
                .isEqualTo(gz + ":1:1: is a compressed (gzip) file, not a spec, lesson or workbench file;"
                        + " only data files (CSV, IDX) may be compressed"));
        assertThat(window.document().getSpec()).isEqualTo(before);
        assertThat(window.lessons().isLessonOpen()).isFalse();
    }
}
