package dev.deepforward.ui.shell;

import static dev.deepforward.Waits.within;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.lesson.LessonKeys;
import dev.deepforward.ui.run.RunPhase;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → Getting started, Keyboard shortcuts, Welcome and About, and the welcome card, clicked as a person would. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {

    @RegisterExtension
    final WorkbenchFixture workbench =
            new WorkbenchFixture(new WorkbenchWindow.Options(new ScriptedDialogs(), 1024, 700, false));

    private static final String LESSON_ONE = "What a deep feed-forward network is";

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    @AfterEach
    void closeHelpPages(FxRobot robot) {
        robot.interact(() -> {
            for (String page : List.of("getting-started", "keys", "about")) {
                Stage s = window.help().window(page);
                if (s != null) {
                    s.close();
                }
            }
        });
    }

    private static List<String> labels(FxRobot robot, String parent) {
        return robot.lookup(parent).queryAs(GridPane.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    private static boolean showsLabel(FxRobot robot, String text) {
        return robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getScene() != null && text.equals(l.getText()));
    }

    @Test
    void keyboardShortcutsListsEverySingleKeyTheLessonKeysAndTheMenusCtrlShortcuts(FxRobot robot) {
        robot.clickOn("Help");
        robot.clickOn("#menu-help-keys");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = labels(robot, "#help-keys-table");
        for (KeyboardShortcuts.Key k : KeyboardShortcuts.KEYS) {
            assertThat(shown).contains(k.keys(), k.does());
        }
        for (LessonKeys.Key k : LessonKeys.KEYS) {
            assertThat(shown).contains(k.keys());
        }
        // presenter mode hides the menu bar, so Next demo has a key of its own, and the table says when it acts
        assertThat(shown).contains("D", "next demo of the lecture track: open its lesson at its step and set it up"
                + " (while a lecture track is open)");
        // The accelerators come from the menus themselves, with the item they stand for.
        assertThat(shown).contains("Ctrl+Z", "Edit \u2192 Undo", "Ctrl+S", "File \u2192 Save", "Ctrl+Shift+S",
                "Ctrl+B", "View \u2192 Side panels", "F11", "Ctrl+Y");
        assertThat(window.help().window("keys").getTitle()).isEqualTo("Keyboard shortcuts");
    }

    @Test
    void keyboardShortcutsCutNoKeyAndNoDescription(FxRobot robot) {
        robot.clickOn("Help");
        robot.clickOn("#menu-help-keys");
        WaitForAsyncUtils.waitForFxEvents();

        GridPane grid = robot.lookup("#help-keys-table").queryAs(GridPane.class);
        List<Label> labels = grid.getChildren().stream().filter(n -> n instanceof Label).map(n -> (Label) n).toList();
        assertThat(labels).hasSizeGreaterThan(20);
        for (Label l : labels) {
            // The skin draws the text it had room for; a cut one ends in "…".
            String drawn = l.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
                    .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse(l.getText());
            assertThat(drawn.replace("\n", " ").replaceAll("\\s+", " ").trim())
                    .as(l.getText()).isEqualTo(l.getText().replaceAll("\\s+", " ").trim());
        }
    }

    @Test
    void aboutShowsTheVersionTheLicenceAndTheThirdPartyNoticesFromTheJar(FxRobot robot) {
        robot.clickOn("Help");
        robot.clickOn("#menu-help-about");
        WaitForAsyncUtils.waitForFxEvents();

        // Tests run from classes, not the jar: no manifest, so the version says it is a development build.
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).startsWith("Version ")
                .contains("development build");
        assertThat(robot.lookup("#about-licence").queryAs(Label.class).getText()).contains("Apache License, Version 2.0");
        String notices = robot.lookup("#about-notices").queryAs(TextArea.class).getText();
        assertThat(notices).contains("THIRD-PARTY SOFTWARE", "ND4J 1.0.0-M2.1", "OpenJFX 21", "picocli", "MNIST");
        assertThat(robot.lookup("#about-notices").queryAs(TextArea.class).isWrapText()).isTrue();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.help().window("about")).isNull();
    }

    @Test
    void gettingStartedExplainsTheWindowAndOpensLessonOne(FxRobot robot) throws Exception {
        robot.clickOn("Help");
        robot.clickOn("#menu-help-getting-started");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#help-getting-started").queryAll()).hasSize(1);
        assertThat(showsLabel(robot, "Getting started")).isTrue();
        // It tells a student what to do in the app, not where a file sits in the sources.
        assertThat(robot.lookup("#help-getting-started .label").queryAllAs(Label.class))
                .noneMatch(l -> l.getText() != null && l.getText().contains("src/"));

        robot.clickOn("#help-open-lesson-1");
        within(10, () -> window.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.help().window("getting-started")).isNull();
        assertThat(showsLabel(robot, LESSON_ONE)).isTrue();
    }

    @Test
    void theWelcomeCardOffersLessonOneAComparisonAndTheFiveKeysAndGoesWhenTheRunStarts(FxRobot robot) {
        robot.interact(() -> window.showWelcomeIfFirstRun());
        Node card = robot.lookup("#welcome-pane").query();
        assertThat(card.isVisible() && card.getParent().isVisible()).isTrue();
        assertThat(robot.lookup("#welcome-lesson-1").queryButton().getText()).isEqualTo("Start lesson 1");
        assertThat(robot.lookup("#welcome-compare").queryButton().getText()).contains("comparison");
        List<String> keys = labels(robot, "#welcome-keys");
        assertThat(keys).containsSubsequence("Space", "play / pause training", "S or \u2192", "R", "1 2 3 4", "C",
                "compare two variants side by side");
        assertThat(keys).hasSize(10);
        // At 1024x700 the whole card is on screen.
        Bounds b = card.localToScene(card.getBoundsInLocal());
        assertThat(b.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(b.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).isLessThanOrEqualTo(window.scene().getWidth());
        assertThat(b.getMaxY()).isLessThanOrEqualTo(window.scene().getHeight());

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.welcomeShown()).isFalse();
        assertThat(window.runController().status().phaseProperty().get()).isNotEqualTo(RunPhase.IDLE);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);

        robot.clickOn("Help");
        robot.clickOn("#menu-help-welcome");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.welcomeShown()).isTrue();
        robot.clickOn("#welcome-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.welcomeShown()).isFalse();

        // Esc puts it away too.
        robot.clickOn("Help");
        robot.clickOn("#menu-help-welcome");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.welcomeShown()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.welcomeShown()).isFalse();
    }

    @Test
    void theLessonStepItemsAreDisabledUntilALessonIsOpenAndSetUpNamesItsKey(FxRobot robot) throws Exception {
        robot.clickOn("Lessons");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuItem setUp = item("menu-lesson-setup");
        assertThat(setUp.getText()).startsWith("Set up this run").endsWith("Enter");
        for (String id : List.of("menu-lesson-setup", "menu-lesson-previous", "menu-lesson-next")) {
            assertThat(item(id).isDisable()).as(id).isTrue();
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.interact(() -> window.openLessonOne());
        within(10, () -> window.lessons().isLessonOpen());
        robot.clickOn("Lessons");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("menu-lesson-setup", "menu-lesson-previous", "menu-lesson-next")) {
            assertThat(item(id).isDisable()).as(id).isFalse();
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private javafx.scene.control.MenuItem item(String id) {
        return window.scene().getRoot().lookupAll(".menu-bar").stream()
                .flatMap(n -> ((javafx.scene.control.MenuBar) n).getMenus().stream())
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void startLessonOneOnTheWelcomeCardOpensTheFirstBuiltInLesson(FxRobot robot) throws Exception {
        robot.interact(() -> window.showWelcomeIfFirstRun());
        robot.clickOn("#welcome-lesson-1");
        within(10, () -> window.lessons().isLessonOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.welcomeShown()).isFalse();
        assertThat(showsLabel(robot, LESSON_ONE)).isTrue();
    }
}
