package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.FileDialogs.UnsavedChoice;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.shell.WorkbenchWindow;
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

/** A lecture track in the real window: the Lessons menu opens the shipped one and Next demo sets up each step. */
@ExtendWith(ApplicationExtension.class)
class LectureTrackUiTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final WorkbenchFixture workbench = new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, true));

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private static String stepTitle(FxRobot robot) {
        return robot.lookup("#lesson-step-title").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static Lesson load(String file) {
        return LessonLoader.load(Path.of("lessons", file), null).value();
    }

    private static Label shown(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void inPresenterModeKeyDSetsUpTheNextDemoAndTheWallShowsTheTrackPositionAndTheKey(FxRobot robot) throws Exception {
        robot.clickOn("Lessons");
        robot.clickOn("Open lecture track: lecture 90 minutes");
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().contains("11 demos, 90 min"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#lesson-track").isVisible()).isTrue();
        assertThat(shown(robot, "#lesson-track").getText()).contains("11 demos, 90 min");

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().isActive()).isTrue();
        assertThat(robot.lookup(".menu-bar").tryQuery().map(n -> n.isVisible()).orElse(false)).isFalse();
        robot.type(KeyCode.D);
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo 1 of 11"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepTitle(robot)).isEqualTo("Ten layers deep");
        assertThat(window.document().getSpec()).isEqualTo(load("03-vanishing-gradients.json").runs().get(0).spec());
        Label track = shown(robot, "#lesson-track");
        assertThat(track.isVisible()).isTrue();
        assertThat(track.getText()).startsWith("Demo 1 of 11 · 8 min");
        Label keys = shown(robot, "#lesson-keys");
        assertThat(keys.isVisible()).isTrue();
        assertThat(keys.getText()).contains("D next demo");

        robot.type(KeyCode.D);
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo 2 of 11"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepTitle(robot)).isEqualTo("Where did the gradient go?");
        assertThat(track.getText()).startsWith("Demo 2 of 11 · 7 min");
        assertThat(window.presenter().isActive()).isTrue();
    }

    @Test
    void withoutATrackKeyDDoesNothingAndTheKeyLineDoesNotOfferIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.lessons().open(Path.of("lessons", "03-vanishing-gradients.json")));
        Waits.within(Waits.HANG, () -> window.lessons().isLessonOpen());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Label keys = shown(robot, "#lesson-keys");
        assertThat(keys.isVisible()).isTrue();
        assertThat(keys.getText()).doesNotContain("next demo");
        assertThat(shown(robot, "#lesson-track").isVisible()).isFalse();
        int step = window.lessons().step();
        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lessons().step()).isEqualTo(step);
        assertThat(window.lessons().demoStatusProperty().get()).isEmpty();
    }

    @Test
    void nextDemoOpensEachDemosLessonAtItsStepAndSetsItUp(FxRobot robot) throws Exception {
        robot.clickOn("Lessons");
        robot.clickOn("Open lecture track: lecture 90 minutes");
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().contains("11 demos, 90 min"));

        robot.clickOn("Lessons");
        robot.clickOn("Next demo: 1 of 11, vanishing-gradients step 1, 8 min    D");
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo 1 of 11"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepTitle(robot)).isEqualTo("Ten layers deep");
        assertThat(window.document().getSpec()).isEqualTo(load("03-vanishing-gradients.json").runs().get(0).spec());

        robot.clickOn("Lessons");
        robot.clickOn("Next demo: 2 of 11, vanishing-gradients step 2, 7 min    D");
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo 2 of 11"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepTitle(robot)).isEqualTo("Where did the gradient go?");

        for (int i = 3; i <= 4; i++) {
            robot.clickOn("Lessons");
            robot.clickOn("#menu-lesson-next-demo");
            int k = i;
            Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo " + k + " of 11"));
        }
        WaitForAsyncUtils.waitForFxEvents();
        Lesson init = load("06-weight-initialization.json");
        assertThat(stepTitle(robot)).isEqualTo(init.steps().get(0).title());
        assertThat(window.document().getSpec()).isEqualTo(init.runs().get(0).spec());
    }

    /** Whether the node is inside the charts' scroll viewport, whole, as the screen shows it now. */
    private boolean inChartView(javafx.scene.Node n) {
        var scroll = window.charts().scrollPane();
        var view = scroll.localToScene(scroll.getLayoutBounds());
        var b = n.localToScene(n.getLayoutBounds());
        return n.isVisible() && b.getHeight() > 0 && b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
    }

    @Test
    void eachDemoSetUpInPresenterModeShowsTheChartItsTextNamesFirstAndKeyGScrollsTheChartsARowAtATime(FxRobot robot)
            throws Exception {
        robot.clickOn("Lessons");
        robot.clickOn("Open lecture track: lecture 90 minutes");
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().contains("11 demos, 90 min"));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        var scroll = window.charts().scrollPane();
        // demo 1 "the loss does not move": the loss first; demo 2 "the gradient chart": the gradients;
        // demo 3, ReLU against sigmoid: the two runs' loss (at 1280 one column: the accuracy is a G below)
        boolean[] gradientsFirst = {false, true, false};
        for (int k = 1; k <= 3; k++) {
            // the presenter had scrolled the charts down to the bottom before the next demo
            robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
            WaitForAsyncUtils.waitForFxEvents();
            robot.type(KeyCode.D);
            int demo = k;
            Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo " + demo + " of 11"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(scroll.getVvalue()).as("demo %d", k).isEqualTo(scroll.getVmin());
            assertThat(window.charts().gradientsFirst()).as("demo %d about the gradients first", k).isEqualTo(gradientsFirst[k - 1]);
            if (gradientsFirst[k - 1]) {
                assertThat(inChartView(window.charts().heatmap())).as("demo %d: the gradient heatmap in view", k).isTrue();
                assertThat(inChartView(window.charts().layerBars())).as("demo %d: the latest-norm bars in view", k).isTrue();
            } else {
                assertThat(inChartView(window.charts().lossChart())).as("demo %d: the loss chart in view", k).isTrue();
            }
        }
        // Demo 3's gradients are below the fold: G brings each variant's panel into view, a row at a time,
        // and Shift+G goes back up; past the last row G comes round to the top.
        var panels = window.charts().gradientPanels();
        assertThat(panels).hasSize(2);
        assertThat(inChartView(panels.get(1))).isFalse();
        for (var panel : panels) {
            int presses = 0;
            while (!inChartView(panel) && presses++ < 6) {
                robot.type(KeyCode.G);
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertThat(inChartView(panel)).as("%s's gradients in view after %d presses of G", panel.label(), presses).isTrue();
        }
        double down = scroll.getVvalue();
        robot.press(KeyCode.SHIFT).type(KeyCode.G).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).isLessThan(down);
        for (int i = 0; i < 6 && scroll.getVvalue() > scroll.getVmin(); i++) {
            robot.type(KeyCode.G);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(scroll.getVvalue()).as("round to the top").isEqualTo(scroll.getVmin());
        assertThat(inChartView(window.charts().lossChart())).isTrue();
        // the presenter's key line says so, as it names every other key of a demo
        assertThat(shown(robot, "#lesson-keys").getText()).contains("G charts");
    }

    private void openTrackAndPresent(FxRobot robot) throws Exception {
        robot.clickOn("Lessons");
        robot.clickOn("Open lecture track: lecture 90 minutes");
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().contains("11 demos, 90 min"));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pressDUntilDemo(FxRobot robot, int k) throws Exception {
        robot.type(KeyCode.D);
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo " + k + " of 11"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String trackLine(FxRobot robot) {
        Label track = shown(robot, "#lesson-track");
        return track.isVisible() ? track.getText() : "";
    }

    @Test
    void anEditAfterCtrlZOfTheDemosSetUpForgetsTheDemoLineWhileCtrlYRightAfterTheUndoBringsItBack(FxRobot robot)
            throws Exception {
        openTrackAndPresent(robot);
        pressDUntilDemo(robot, 1);
        pressDUntilDemo(robot, 2);
        pressDUntilDemo(robot, 3);
        assertThat(trackLine(robot)).startsWith("Demo 3 of 11");
        int depth = window.document().history().undoSize();

        // Ctrl+Z, then Ctrl+Y right away: the set-up is back, and so is its line
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trackLine(robot)).as("after Ctrl+Z").isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getComparison()).isNotNull();
        assertThat(trackLine(robot)).as("after Ctrl+Y").startsWith("Demo 3 of 11");

        // Ctrl+Z, then another edit (key 1 flips the initialisation): the undo history is as deep as with the
        // set-up, but the set-up is gone, and the line stays away, after Ctrl+Z and Ctrl+Y of that edit too
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getComparison()).isNull();
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().history().undoSize()).as("the flip took the set-up's place").isEqualTo(depth);
        assertThat(window.document().history().redoSize()).isZero();
        assertThat(window.document().getComparison()).isNull();
        assertThat(trackLine(robot)).as("after Ctrl+Z of the set-up and a new edit").isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().history().undoSize()).isEqualTo(depth);
        assertThat(trackLine(robot)).as("Ctrl+Z and Ctrl+Y of the flip").isEmpty();

        // Enter on the demo's step sets it up again (over the flip, once "Don't save" is chosen) and the line comes back
        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getComparison()).isNotNull();
        assertThat(trackLine(robot)).startsWith("Demo 3 of 11");
    }

    @Test
    void shiftDGoesBackOneDemoAndTheDemoLineIsShownOnlyWhileTheScreenShowsThatDemo(FxRobot robot) throws Exception {
        openTrackAndPresent(robot);
        pressDUntilDemo(robot, 1);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepTitle(robot)).isEqualTo("Where did the gradient go?");
        assertThat(trackLine(robot)).as("PgDn from demo 1: step 2 is no demo set up").isEmpty();
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trackLine(robot)).as("back on demo 1's step, still set up").startsWith("Demo 1 of 11");

        pressDUntilDemo(robot, 2);
        pressDUntilDemo(robot, 3);
        assertThat(window.document().getComparison()).as("demo 3 compares sigmoid with ReLU").isNotNull();
        assertThat(trackLine(robot)).startsWith("Demo 3 of 11");
        assertThat(window.lessons().hasPreviousDemo()).isTrue();

        // P: the panel shows step 2, so the line no longer says demo 3
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepTitle(robot)).isEqualTo("Where did the gradient go?");
        assertThat(trackLine(robot)).isEmpty();
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(trackLine(robot)).startsWith("Demo 3 of 11");

        // Ctrl+Z undoes demo 3's set-up: its line goes; Enter sets it up again and the line comes back
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getComparison()).isNull();
        assertThat(trackLine(robot)).as("after Ctrl+Z demo 3 is not on screen").isEmpty();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().getComparison()).isNotNull();
        assertThat(trackLine(robot)).startsWith("Demo 3 of 11");

        // Shift+D: back one demo, set up as D set it up
        robot.press(KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT);
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo 2 of 11"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepTitle(robot)).isEqualTo("Where did the gradient go?");
        assertThat(trackLine(robot)).startsWith("Demo 2 of 11 · 7 min");
        assertThat(window.document().getComparison()).as("demo 2 is one network").isNull();
        assertThat(window.document().getSpec()).isEqualTo(load("03-vanishing-gradients.json").runs().get(1).spec());
        assertThat(window.presenter().isActive()).isTrue();

        // and D goes on from there: demo 3 again
        pressDUntilDemo(robot, 3);
        assertThat(trackLine(robot)).startsWith("Demo 3 of 11");
    }

    @Test
    void inPresenterModeTheArrowKeysScrollTheLessonTextAndNeverSwitchTheChartTab(FxRobot robot) throws Exception {
        openTrackAndPresent(robot);
        pressDUntilDemo(robot, 1);
        var tabs = window.views().node();
        var training = tabs.getSelectionModel().getSelectedItem();
        robot.interact(tabs::requestFocus); // where the focus was when the reviewer pressed Down
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane body = robot.lookup("#lesson-body").queryAs(javafx.scene.control.ScrollPane.class);
        assertThat(body.getVvalue()).isEqualTo(body.getVmin());

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem()).as("Down leaves the charts on their tab").isSameAs(training);
        assertThat(body.getVvalue()).as("Down scrolled the lesson text").isGreaterThan(body.getVmin());
        robot.type(KeyCode.DOWN, 30);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.getVvalue()).as("as far as the text goes").isEqualTo(body.getVmax());
        assertThat(tabs.getSelectionModel().getSelectedItem()).isSameAs(training);
        robot.type(KeyCode.UP, 31);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.getVvalue()).isEqualTo(body.getVmin());
        assertThat(tabs.getSelectionModel().getSelectedItem()).isSameAs(training);
        assertThat(shown(robot, "#lesson-keys").getText()).contains("↑↓ scroll");
    }

    @Test
    void theBracketKeysSlowTrainingDownAndSpeedItUpAndThePresentersKeyLineOffersThem(FxRobot robot) throws Exception {
        javafx.scene.control.Slider speed = robot.lookup("#speed-slider").queryAs(javafx.scene.control.Slider.class);
        double start = speed.getValue();
        robot.type(KeyCode.OPEN_BRACKET);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(speed.getValue()).isEqualTo(start - 1);
        assertThat(shown(robot, "#status-notice").getText()).isEqualTo("Speed: 2 steps/frame");
        assertThat(shown(robot, "#status-notice").getStyleClass()).as("no warning colour").contains("status-said");
        robot.type(KeyCode.OPEN_BRACKET, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(speed.getValue()).as("not below the slowest").isEqualTo(speed.getMin());
        assertThat(shown(robot, "#status-notice").getText()).isEqualTo("Speed: 1 steps/frame");
        robot.type(KeyCode.CLOSE_BRACKET, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(speed.getValue()).isEqualTo(speed.getMin() + 2);
        assertThat(shown(robot, "#status-notice").getText()).isEqualTo("Speed: 5 steps/frame");
        assertThat(shown(robot, "#status-notice").getStyleClass().stream().filter("status-said"::equals).count())
                .as("the style class once, however many presses").isEqualTo(1);

        openTrackAndPresent(robot);
        pressDUntilDemo(robot, 1);
        assertThat(shown(robot, "#lesson-keys").getText()).contains("[ ] speed");
        robot.type(KeyCode.OPEN_BRACKET);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(speed.getValue()).as("in presenter mode too").isEqualTo(speed.getMin() + 1);
    }
}
