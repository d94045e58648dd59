package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
 * A broken lesson file opened over an open lesson (File → Open lesson…) says what is wrong - the file, the
 * line, the column and the field, in plain words - and leaves the open lesson as it was, at its step.
 */
@ExtendWith(ApplicationExtension.class)
class BrokenLessonFileTest {

    private static final Path VANISHING = Path.of("lessons/03-vanishing-gradients.json");

    private WorkbenchWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final WorkbenchFixture workbench = new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, true));

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private void openLessonFromTheMenu(FxRobot robot, Path file) {
        dialogs.files.add(file);
        robot.clickOn("File");
        robot.clickOn("#menu-open-lesson");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static boolean noticeShown(FxRobot robot) {
        return robot.lookup("#lesson-open-problems").tryQuery().map(Node::isVisible).orElse(false);
    }

    private static List<String> noticeLines(FxRobot robot) {
        VBox list = robot.lookup("#lesson-open-problems-list").queryAs(VBox.class);
        return list.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    /** Opens the vanishing-gradients lesson from the menu and goes to its second step. */
    private void lessonAtStepTwo(FxRobot robot) throws Exception {
        openLessonFromTheMenu(robot, VANISHING);
        Waits.within(10, () -> "Step 1 of 5".equals(text(robot, "#lesson-step-count")));
        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#lesson-step-count")).isEqualTo("Step 2 of 5");
    }

    private void assertLessonUnchangedAtStepTwo(FxRobot robot, String stepTitle) {
        assertThat(window.lessons().isLessonOpen()).isTrue();
        assertThat(window.lessons().openProperty().get().file()).isEqualTo(VANISHING);
        assertThat(text(robot, "#lesson-title")).isEqualTo("Vanishing gradients");
        assertThat(text(robot, "#lesson-step-count")).isEqualTo("Step 2 of 5");
        assertThat(text(robot, "#lesson-step-title")).isEqualTo(stepTitle);
    }

    @Test
    void aTruncatedLessonOpenedOverAnOpenLessonSaysWhereItEndsAndTheLessonStaysAtItsStep(FxRobot robot) throws Exception {
        lessonAtStepTwo(robot);
        String stepTitle = text(robot, "#lesson-step-title");
        String whole = Files.readString(VANISHING);
        Path broken = workbench.home().resolve("broken.json");
        Files.writeString(broken, whole.substring(0, whole.indexOf("\"steps\"") + 400));

        openLessonFromTheMenu(robot, broken);
        Waits.within(10, () -> noticeShown(robot));

        assertLessonUnchangedAtStepTwo(robot, stepTitle);
        assertThat(text(robot, "#lesson-open-problems-title"))
                .isEqualTo("broken.json could not be opened: it is not a valid lesson. The lesson you have open stays as it was.");
        assertThat(noticeLines(robot)).singleElement().satisfies(line -> assertThat(line)
                .matches("line \\d+, column \\d+, at steps\\[0\\]\\.\\S+: the file ends .* - is the file complete\\?")
                .doesNotContain("Unexpected", "end-of-input", "was expecting"));

        robot.clickOn("#lesson-open-problems-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(noticeShown(robot)).isFalse();
        assertLessonUnchangedAtStepTwo(robot, stepTitle);
    }

    @Test
    void aLessonWithAMisspelledFieldNamesTheFieldAndLineAndTheOpenLessonStays(FxRobot robot) throws Exception {
        lessonAtStepTwo(robot);
        String stepTitle = text(robot, "#lesson-step-title");
        Path wrong = workbench.home().resolve("wrong-field.json");
        String text = Files.readString(VANISHING).replaceFirst("\"summary\":", "\"sumary\":");
        Files.writeString(wrong, text);
        int line = (int) text.substring(0, text.indexOf("\"sumary\"")).chars().filter(c -> c == '\n').count() + 1;

        openLessonFromTheMenu(robot, wrong);
        Waits.within(10, () -> noticeShown(robot));

        assertLessonUnchangedAtStepTwo(robot, stepTitle);
        assertThat(text(robot, "#lesson-open-problems-title")).startsWith("wrong-field.json could not be opened");
        assertThat(noticeLines(robot)).anySatisfy(l -> assertThat(l)
                .startsWith("line " + line + ", column 3, at sumary: unknown field 'sumary'"));

        // A good lesson opened next replaces the lesson, and the message goes with it.
        openLessonFromTheMenu(robot, Path.of("lessons/02b-forward-and-backward-pass.json"));
        Waits.within(10, () -> window.lessons().openProperty().get().file().toString().contains("02b"));
        assertThat(noticeShown(robot)).isFalse();
        assertThat(text(robot, "#lesson-step-count")).startsWith("Step ");
    }

    @Test
    void aBrokenWorkbenchFileSaysWhatIsWrongInPlainWordsAndTheLessonStays(FxRobot robot) throws Exception {
        lessonAtStepTwo(robot);
        String stepTitle = text(robot, "#lesson-step-title");
        Path broken = workbench.home().resolve("broken.dfw");
        Files.writeString(broken, "{\n  \"spec\": {\n    \"network\": {\"hidden\": [{\"units\": }]}\n");

        dialogs.unsavedAnswers.add(ScriptedDialogs.UnsavedChoice.DISCARD);
        dialogs.files.add(broken);
        robot.clickOn("File");
        robot.clickOn("#menu-open");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.problemsShown).singleElement().satisfies((FileProblem p) -> {
            assertThat(p.inWords()).isEqualTo("line 3, column 38, at spec.network.hidden[0].units: expected a value after \"units\": (found '}')");
        });
        assertLessonUnchangedAtStepTwo(robot, stepTitle);
        assertThat(noticeShown(robot)).isFalse();
    }
}
