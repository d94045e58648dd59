package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.lesson.LessonFolders;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every lesson card of the catalogue has its own number, and the open lesson's title says the same one. */
@ExtendWith(ApplicationExtension.class)
class LessonNumbersTest {

    @RegisterExtension final WorkbenchFixture workbench = WorkbenchFixture.scripted(1280, 800);

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty(LessonFolders.ONLY_PROPERTY, Path.of("lessons").toAbsolutePath().toString());
        window = workbench.open(stage);
    }

    @AfterEach
    void allLessonFoldersAgain() {
        System.clearProperty(LessonFolders.ONLY_PROPERTY);
    }

    @Test
    void theCatalogueNumbersThePrimer2bBesideLesson2AndItsTitleSaysLesson2b(FxRobot robot) throws Exception {
        robot.clickOn("Lessons");
        robot.clickOn("#menu-lesson-catalogue");
        Waits.within(10, () -> robot.lookup("#catalogue-title-forward-and-backward-pass").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> numbers = robot.lookup(n -> n.getId() != null && n.getId().startsWith("catalogue-title-"))
                .queryAllAs(Label.class).stream().map(l -> l.getText().substring(0, l.getText().indexOf(" · "))).toList();
        assertThat(numbers).hasSizeGreaterThan(10).doesNotHaveDuplicates();
        assertThat(robot.lookup("#catalogue-title-distributed-representations").queryAs(Label.class).getText())
                .isEqualTo("2 · Distributed representations");
        assertThat(robot.lookup("#catalogue-title-forward-and-backward-pass").queryAs(Label.class).getText())
                .startsWith("2b · Primer");

        robot.clickOn("#catalogue-title-forward-and-backward-pass");
        Waits.within(10, () -> window.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText()).contains("Primer");
    }
}
