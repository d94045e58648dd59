package dev.deepforward.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.WeightInit;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.model.Headlines;
import dev.deepforward.ui.shell.WorkbenchWindow;
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

/** Presenter mode driven by the keys a lecturer presses. */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {

    private WorkbenchWindow window;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final WorkbenchFixture workbench =
            new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, true));

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private double fontSize(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getFont().getSize();
    }

    @Test
    void f5ScalesTextAndChartsAndPutsTheSidePanelsAway_escBringsThemBack(FxRobot robot) {
        double before = fontSize(robot, "#total-params");
        assertThat(window.sidePanelsShown()).isTrue();
        assertThat(robot.lookup("#inspector-scroll").tryQuery()).isPresent();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().isActive()).isTrue();
        assertThat(fontSize(robot, "#total-params")).isCloseTo(before * PresenterLook.SCALE, org.assertj.core.data.Offset.offset(0.6));
        assertThat(window.sidePanelsShown()).isFalse();
        assertThat(robot.lookup("#inspector-scroll").tryQuery()).isEmpty();
        assertThat(robot.lookup("#left-panel").tryQuery()).isEmpty();
        assertThat(robot.lookup("#menu-bar").query().isVisible()).isFalse();
        for (CanvasChart c : window.charts().charts()) {
            assertThat(c.drawScale()).isEqualTo(PresenterLook.CHART_SCALE);
            assertThat(c.theme()).isEqualTo(PresenterLook.CHART);
        }
        assertThat(window.scene().getStylesheets()).contains(PresenterLook.stylesheet());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().isActive()).isFalse();
        assertThat(fontSize(robot, "#total-params")).isEqualTo(before);
        assertThat(window.sidePanelsShown()).isTrue();
        assertThat(robot.lookup("#inspector-scroll").tryQuery()).isPresent();
        assertThat(window.charts().lossChart().drawScale()).isEqualTo(1);
        assertThat(window.scene().getStylesheets()).doesNotContain(PresenterLook.stylesheet());

        robot.type(KeyCode.F5).type(KeyCode.F5);
        assertThat(window.presenter().isActive()).isFalse();
    }

    @Test
    void aWindowTakenOutOfFullScreenByTheSystemLeavesPresenterModeWhole(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isFullScreen()).isTrue();
        // The window manager (a desktop switch, a dialog) takes the window out of full screen, not our keys.
        robot.interact(() -> window.stage().setFullScreen(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().isActive()).isFalse();
        assertThat(window.scene().getStylesheets()).doesNotContain(PresenterLook.stylesheet());
        assertThat(window.sidePanelsShown()).isTrue();
        assertThat(robot.lookup("#menu-bar").query().isVisible()).isTrue();
        assertThat(window.charts().lossChart().drawScale()).isEqualTo(1);
    }

    @Test
    void theSettingsSavedInPresenterModeAreTheWindowsOwnNotTheFullScreens(FxRobot robot) throws Exception {
        // Under load the window's layout may still be settling (a divider moving by a pixel between two
        // pulses): read the normal window's settings once two reads a few pulses apart agree.
        var before = new java.util.concurrent.atomic.AtomicReference<Object>();
        dev.deepforward.Waits.within(10, () -> {
            Object a = WaitForAsyncUtils.asyncFx(() -> window.currentPrefs()).get();
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            before.set(WaitForAsyncUtils.asyncFx(() -> window.currentPrefs()).get());
            return a.equals(before.get());
        });
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().isLookShown()).isTrue();
        // Quitting now saves these: the size, the dividers and the theme of the normal window.
        assertThat((Object) WaitForAsyncUtils.asyncFx(() -> window.currentPrefs()).get()).isEqualTo(before.get());
    }

    @Test
    void quittingFromPresenterModeWithDontSaveStopsBothVariantsAndLeavesNoThreadToKeepTheProcessAlive(FxRobot robot)
            throws Exception {
        java.util.Set<Thread> before = userThreads();
        // Two variants training flat out on a long run, an unsaved change, presenter mode.
        robot.interact(() -> window.document().apply(dev.deepforward.ui.model.TrainingEdits.setEpochs(100_000)));
        robot.type(KeyCode.C);
        robot.interact(() -> {
            javafx.scene.control.Slider speed = robot.lookup("#speed-slider").queryAs(javafx.scene.control.Slider.class);
            speed.setValue(speed.getMax());
        });
        robot.type(KeyCode.SPACE);
        dev.deepforward.Waits.within(20, () -> window.runController().status().iterationProperty().get() > 200
                && trainingThreads() > 0);
        robot.type(KeyCode.F5);
        dialogs.unsavedAnswers.add(dev.deepforward.ui.files.FileDialogs.UnsavedChoice.DISCARD);

        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.unsavedQuestions).as("asked about the unsaved change").isEqualTo(1);
        assertThat(window.stage().isShowing()).isFalse();
        // The training threads are stopped, and nothing the window started would keep the JVM from exiting:
        // every thread still running that was not there before is a daemon.
        dev.deepforward.Waits.within(5, () -> trainingThreads() == 0);
        java.util.Set<Thread> after = userThreads();
        after.removeAll(before);
        assertThat(after).as("non-daemon threads left by the window").isEmpty();
    }

    private static long trainingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("training")).count();
    }

    private static java.util.Set<Thread> userThreads() {
        java.util.Set<Thread> s = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && !t.isDaemon()) {
                s.add(t);
            }
        }
        return s;
    }

    @Test
    void dividersSurvivePresenterMode(FxRobot robot) throws Exception {
        var before = WaitForAsyncUtils.asyncFx(() -> window.currentLayout()).get();
        robot.type(KeyCode.F5);
        assertThat(window.currentLayout()).isEqualTo(before);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        var after = window.currentLayout();
        assertThat(after.leftDivider()).isCloseTo(before.leftDivider(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(after.rightDivider()).isCloseTo(before.rightDivider(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(after.chartDivider()).isCloseTo(before.chartDivider(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void enteringAndLeavingPresenterModeThreeTimesKeepsTheDesignersHeightInBothModes(FxRobot robot) throws Exception {
        var designer = (java.util.function.Supplier<Double>) () ->
                robot.lookup("#designer-scroll").queryAs(javafx.scene.layout.Region.class).getHeight();
        // A window smaller than the screen, so that full screen resizes it on the way in and out.
        robot.interact(() -> {
            window.stage().setWidth(1100);
            window.stage().setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double working = designer.get();
        var layout = WaitForAsyncUtils.asyncFx(() -> window.currentLayout()).get();
        double presenting = -1;
        for (int round = 1; round <= 3; round++) {
            robot.type(KeyCode.F5);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.presenter().isLookShown()).isTrue();
            if (presenting < 0) {
                presenting = designer.get();
                assertThat(presenting).as("the designer in presenter mode").isGreaterThan(20);
            }
            assertThat(designer.get()).as("the designer in presenter mode, round " + round)
                    .isCloseTo(presenting, org.assertj.core.data.Offset.offset(3.0));
            robot.type(KeyCode.F5);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.presenter().isLookShown()).isFalse();
            assertThat(designer.get()).as("the designer out of presenter mode, round " + round)
                    .isCloseTo(working, org.assertj.core.data.Offset.offset(3.0));
            assertThat(window.currentLayout().chartDivider()).as("the saved divider, round " + round)
                    .isCloseTo(layout.chartDivider(), org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void hPutsTheNetworkAwaySoTheChartsGetTheHeight_andBringsItBackWhereItWas(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        var before = WaitForAsyncUtils.asyncFx(() -> window.currentLayout()).get();
        double lossHeight = window.charts().lossChart().getHeight();
        assertThat(robot.lookup("#designer-scroll").tryQuery()).isPresent();

        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#designer-scroll").tryQuery()).isEmpty();
        // The designer already gives the charts their first rows' minimum; put away, it gives them the rest.
        assertThat(window.charts().lossChart().getHeight()).isGreaterThan(lossHeight + 30);
        assertThat(window.currentLayout()).as("saved layouts keep the divider").isEqualTo(before);

        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#designer-scroll").tryQuery()).isPresent();
        assertThat(window.charts().lossChart().getHeight()).isCloseTo(lossHeight, org.assertj.core.data.Offset.offset(2.0));
        assertThat(window.currentLayout().chartDivider()).isCloseTo(before.chartDivider(), org.assertj.core.data.Offset.offset(0.01));

        // Leaving presenter mode with the network put away still restores the workbench's own divider.
        robot.type(KeyCode.H);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.sidePanelsShown()).isTrue();
        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#designer-scroll").tryQuery()).isPresent();
    }

    /** The charts' view on screen, and whether {@code chart} is in it whole, visible and readable. */
    private static void assertInChartView(FxRobot robot, javafx.scene.layout.Region chart, String what) {
        javafx.scene.control.ScrollPane scroll = robot.lookup("#chart-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        javafx.geometry.Bounds b = chart.localToScene(chart.getLayoutBounds());
        assertThat(chart.isVisible()).as(what + " visible").isTrue();
        assertThat(b.getHeight()).as("%s's height", what)
                .isGreaterThanOrEqualTo(dev.deepforward.ui.chart.ChartArrangement.CHART_HEIGHT);
        assertThat(b.getMinY()).as("%s's top %s inside the charts' view %s", what, b, view).isGreaterThanOrEqualTo(view.getMinY() - 1);
        assertThat(b.getMaxY()).as("%s's bottom %s inside the charts' view %s", what, b, view).isLessThanOrEqualTo(view.getMaxY() + 1);
    }

    /** What a label draws of its text: cut ("16 Sig…") where it does not fit. */
    private static String shownText(Label l) {
        javafx.scene.Node t = l.lookup(".text");
        return t instanceof javafx.scene.text.Text text ? text.getText() : l.getText();
    }

    @Test
    void aLessonStepShowsTheChartItsTextNamesFirstWithoutScrollingInPresenterModeAt1280x800(FxRobot robot)
            throws Exception {
        // Lesson 3, step 1: "watch two charts: the loss, which hardly moves; the gradient norm of each layer".
        // Set up (Enter), F5, H as a lecturer does: the loss comes first, as the text names it first (at 1280 the
        // charts are one column: the accuracy is below it, a G away).
        var opened = WaitForAsyncUtils.asyncFx(() -> window.lessons().open(java.nio.file.Path.of("lessons/03-vanishing-gradients.json"))).get();
        opened.get(60, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lessons().step()).isZero();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        for (boolean networkShown : new boolean[] {true, false}) {
            if (!networkShown) {
                robot.type(KeyCode.H);
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertThat(window.scene().getWidth()).isEqualTo(1280);
            assertThat(window.charts().gradientsFirst()).isFalse();
            assertInChartView(robot, window.charts().lossChart(), "the loss chart (network shown: " + networkShown + ")");
            if (networkShown) {
                // the network's names whole or in a short form, never "10 hidden l…" or "16 Sig…"
                for (Label l : robot.lookup("#network-depth, #network-depth-short, .card-compact").queryAllAs(Label.class)) {
                    if (l.isVisible() && l.getWidth() > 0) {
                        assertThat(shownText(l)).as("%s shows %s", l.getId(), l.getText()).isEqualTo(l.getText());
                    }
                }
                assertThat(robot.lookup("#network-depth-short").queryAs(Label.class).isVisible()
                        || shownText(robot.lookup("#network-depth").queryAs(Label.class)).equals("10 hidden layers")).isTrue();
            }
        }
        // Step 2, "Where did the gradient go?", is about the gradients: their charts come first, whole.
        robot.interact(() -> window.lessons().goTo(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.charts().gradientsFirst()).isTrue();
        for (javafx.scene.layout.Region chart : java.util.List.<javafx.scene.layout.Region>of(
                window.charts().heatmap(), window.charts().layerBars())) {
            assertInChartView(robot, chart, chart.getClass().getSimpleName());
        }
        robot.interact(() -> window.lessons().close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.charts().gradientsFirst()).isFalse();
    }

    @Test
    void ctrlBPutsTheSidePanelsAwayAndBringsThemBackWhereTheyWere(FxRobot robot) throws Exception {
        var before = WaitForAsyncUtils.asyncFx(() -> window.currentLayout()).get();
        double designerWidth = robot.lookup("#designer-scroll").queryAs(javafx.scene.layout.Region.class).getWidth();
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inspector-scroll").tryQuery()).isEmpty();
        assertThat(robot.lookup("#left-panel").tryQuery()).isEmpty();
        assertThat(robot.lookup("#designer-scroll").queryAs(javafx.scene.layout.Region.class).getWidth())
                .isGreaterThan(designerWidth + 300);
        var hidden = window.currentLayout(); // what a save now writes: the dividers as they were
        assertThat(hidden.leftDivider()).isEqualTo(before.leftDivider());
        assertThat(hidden.rightDivider()).isEqualTo(before.rightDivider());
        assertThat(robot.lookup("#menu-bar").query().isVisible()).isTrue(); // unlike presenter mode

        // Presenter mode over it, then out again: the panels come back.
        robot.type(KeyCode.F5);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.sidePanelsShown()).isTrue();
        var after = window.currentLayout();
        assertThat(after.leftDivider()).isCloseTo(before.leftDivider(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(after.rightDivider()).isCloseTo(before.rightDivider(), org.assertj.core.data.Offset.offset(0.01));

        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.sidePanelsShown()).isTrue();
        assertThat(window.currentLayout().leftDivider()).isCloseTo(before.leftDivider(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void compareModeStartedInPresenterModeScalesTheNewVariantsChartsToo(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.charts().gradientPanels()).hasSize(2);
        for (CanvasChart c : window.charts().charts()) {
            assertThat(c.drawScale()).as(c.getId()).isEqualTo(PresenterLook.CHART_SCALE);
        }
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        for (CanvasChart c : window.charts().charts()) {
            assertThat(c.drawScale()).as(c.getId()).isEqualTo(1);
        }
    }

    @Test
    void keysOneToFourFlipTheHeadlineToggles(FxRobot robot) {
        robot.type(KeyCode.F5);
        var net = (java.util.function.Supplier<dev.deepforward.spec.NetworkSpec>) () -> window.document().getSpec().network();
        // The default design: He init (neither Xavier nor random), ReLU, no batch norm, no dropout.
        robot.type(KeyCode.DIGIT1);
        assertThat(Headlines.xavier(net.get())).isTrue();
        robot.type(KeyCode.DIGIT1);
        assertThat(net.get().hidden()).allSatisfy(l -> assertThat(l.init()).isEqualTo(WeightInit.NORMAL));
        robot.type(KeyCode.DIGIT2);
        assertThat(Headlines.sigmoid(net.get())).isTrue();
        robot.type(KeyCode.DIGIT2);
        assertThat(Headlines.sigmoid(net.get())).isFalse();
        robot.type(KeyCode.DIGIT3);
        assertThat(Headlines.batchNorm(net.get())).isTrue();
        robot.type(KeyCode.DIGIT4);
        assertThat(Headlines.dropout(net.get())).isTrue();
        robot.type(KeyCode.DIGIT4);
        assertThat(Headlines.dropout(net.get())).isFalse();
        // Each flip is one undoable edit; the toolbar shows the state.
        assertThat(robot.lookup("#headline-bn-on").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.interact(() -> window.document().undo());
        assertThat(Headlines.dropout(net.get())).isTrue();
    }
}
