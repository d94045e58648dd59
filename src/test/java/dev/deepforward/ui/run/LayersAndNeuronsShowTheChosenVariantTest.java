package dev.deepforward.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.views.AnalysisViews;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
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
 * Lesson 8 step 1 sends the student to the dead-units chart of run C ("large", η = 3), whose second hidden layer
 * dies: the Layers and Neurons tabs of a comparison have a "Variant shown:" choice of A/B/C, named and lettered.
 */
@ExtendWith(ApplicationExtension.class)
class LayersAndNeuronsShowTheChosenVariantTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @RegisterExtension final WorkbenchFixture workbench =
            new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, false));

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private EngineRunController engine() {
        return (EngineRunController) window.runController();
    }

    private void setUpLessonEightStep(FxRobot robot, int step, int variants) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(Path.of("lessons/08-optimizers-and-schedules.json"))));
        f.get().get(60, TimeUnit.SECONDS);
        robot.interact(() -> window.lessons().goTo(step));
        robot.type(KeyCode.ENTER);
        Waits.within(Waits.HANG, () -> engine().currentRun() != null
                && engine().currentRun().variantNames().size() == variants);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T onFx(FxRobot robot, Supplier<T> s) {
        AtomicReference<T> r = new AtomicReference<>();
        robot.interact(() -> r.set(s.get()));
        return r.get();
    }

    private List<String> buttonTexts(FxRobot robot, String tab) {
        return onFx(robot, () -> robot.lookup("#" + tab + "-variant-picker .toggle-button")
                .queryAllAs(ToggleButton.class).stream().map(ToggleButton::getText).toList());
    }

    private String chosen(FxRobot robot, String tab) {
        return onFx(robot, () -> robot.lookup("#" + tab + "-variant-picker .toggle-button")
                .queryAllAs(ToggleButton.class).stream().filter(ToggleButton::isSelected)
                .map(ToggleButton::getText).findFirst().orElse("none"));
    }

    private double layerTwoDeadPercent(FxRobot robot) {
        return onFx(robot, () -> window.views().health().bars().values()[1]);
    }

    @Test
    void inLessonEightStepOneTheStudentPicksCInTheLayersTabAndSeesItsSecondLayerDead(FxRobot robot)
            throws Exception {
        setUpLessonEightStep(robot, 0, 3);
        AnalysisViews v = window.views();
        robot.interact(() -> v.node().getSelectionModel().select(v.layersTab()));
        WaitForAsyncUtils.waitForFxEvents();
        // the choice is labelled, names every variant after its letter, and starts at A
        assertThat(robot.lookup("#layers-variant-caption").queryAs(Label.class).getText()).isEqualTo("Variant shown:");
        assertThat(robot.lookup("#layers-variant-picker").query().isVisible()).isTrue();
        assertThat(buttonTexts(robot, "layers")).containsExactly("A: small", "B: good", "C: large");
        assertThat(chosen(robot, "layers")).isEqualTo("A: small");
        // each button carries its letter on a chip of the variant's colour, not the colour alone
        Label chip = (Label) robot.lookup("#layers-variant-C").queryAs(ToggleButton.class).getGraphic();
        assertThat(chip.getText()).isEqualTo("C");
        assertThat(chip.getStyle()).contains("#009e73"); // Okabe–Ito bluish green, C's curves' colour

        robot.clickOn("#layers-variant-C");
        assertThat(chosen(robot, "layers")).isEqualTo("C: large");
        robot.interact(() -> engine().setSpeed(EngineRunController.FULL_SPEED));
        robot.clickOn("#play-button");
        Waits.within(Waits.HANG, () -> engine().status().iterationProperty().get() > 400);
        robot.clickOn("#play-button"); // now "Pause"
        Waits.within(Waits.HANG, () -> engine().status().phaseProperty().get() != RunPhase.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        // η = 3 kills the whole second hidden layer: the chart and bars of C say so
        Waits.within(Waits.HANG, () -> layerTwoDeadPercent(robot) == 100.0);
        assertThat(onFx(robot, () -> v.health().chart().series(1).data().size())).isGreaterThan(10);
        // no gradient reaches layer 1 past the dead layer 2: its histogram says "all 0", not "-0 0 0"
        Waits.within(Waits.HANG, () -> onFx(robot, () -> v.histograms().gradients().counts() != null));
        assertThat(onFx(robot, () -> v.histograms().gradients().shownAxis())).containsExactly("", "all 0", "");

        // the arrow keys move the choice: Left shows B, whose layer 2 lives
        robot.clickOn("#layers-variant-C"); // a click on the chosen one keeps it, and focuses the choice
        assertThat(chosen(robot, "layers")).isEqualTo("C: large");
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen(robot, "layers")).isEqualTo("B: good");
        assertThat(layerTwoDeadPercent(robot)).isLessThan(100.0);
        assertThat(onFx(robot, () -> v.health().chart().series(1).data().size()))
                .as("B's chart redrawn from its probes so far").isGreaterThan(10);
        // Right moves the choice on to C: it is the picker's, not the workbench's "one training step" (S or Right)
        long iteration = onFx(robot, () -> engine().status().iterationProperty().get());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen(robot, "layers")).isEqualTo("C: large");
        assertThat(onFx(robot, () -> engine().status().iterationProperty().get()))
                .as("no training step taken").isEqualTo(iteration);
        assertThat(onFx(robot, () -> engine().status().phaseProperty().get())).isNotEqualTo(RunPhase.RUNNING);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen(robot, "layers")).isEqualTo("B: good");

        // Neurons shares the choice
        robot.interact(() -> v.node().getSelectionModel().select(v.neuronsTab()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(buttonTexts(robot, "neurons")).containsExactly("A: small", "B: good", "C: large");
        assertThat(chosen(robot, "neurons")).isEqualTo("B: good");
        robot.clickOn("#neurons-variant-C");
        robot.interact(() -> v.node().getSelectionModel().select(v.layersTab()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen(robot, "layers")).isEqualTo("C: large");
        assertThat(layerTwoDeadPercent(robot)).isEqualTo(100.0);
    }

    @Test
    void inPresenterModeDownOnTheChoiceMovesTheChoiceAndLeavesTheLessonTextWhereItIs(FxRobot robot)
            throws Exception {
        setUpLessonEightStep(robot, 0, 3);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().isActive()).isTrue();
        AnalysisViews v = window.views();
        robot.interact(() -> v.node().getSelectionModel().select(v.layersTab()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane body = robot.lookup("#lesson-body").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> body.setVvalue(body.getVmin()));
        robot.clickOn("#layers-variant-A");
        assertThat(chosen(robot, "layers")).isEqualTo("A: small");

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen(robot, "layers")).isEqualTo("B: good");
        assertThat(body.getVvalue()).as("the choice took Down, not the lesson text").isEqualTo(body.getVmin());
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen(robot, "layers")).isEqualTo("A: small");

        // away from the choice, Down scrolls the lesson text as the presenter's key line says
        robot.interact(() -> v.node().requestFocus());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.getVvalue()).isGreaterThan(body.getVmin());
        assertThat(chosen(robot, "layers")).isEqualTo("A: small");
    }

    @Test
    void theChoiceStaysWhenTheStepIsSetUpAgainAndGoesBackToAForTheNextStepsComparison(FxRobot robot)
            throws Exception {
        setUpLessonEightStep(robot, 0, 3);
        AnalysisViews v = window.views();
        robot.interact(() -> v.node().getSelectionModel().select(v.layersTab()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#layers-variant-C");
        assertThat(chosen(robot, "layers")).isEqualTo("C: large");
        // a reset of the same comparison keeps C
        robot.interact(() -> window.runController().reset());
        WaitForAsyncUtils.waitForFxEvents();
        Waits.within(Waits.HANG, () -> engine().currentRun() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen(robot, "layers")).isEqualTo("C: large");
        // step 2 compares other variants: the choice starts again at A, named after them
        robot.interact(() -> window.lessons().goTo(1));
        robot.type(KeyCode.ENTER);
        Waits.within(Waits.HANG, () -> engine().currentRun() != null
                && !engine().currentRun().variantNames().contains("large"));
        robot.interact(() -> v.node().getSelectionModel().select(v.layersTab()));
        Waits.within(Waits.HANG, () -> onFx(robot, () -> !buttonTexts(robot, "layers").contains("C: large")));
        assertThat(buttonTexts(robot, "layers").get(0)).startsWith("A: ");
        assertThat(chosen(robot, "layers")).startsWith("A: ");
    }

    @Test
    void aSingleRunHasNoVariantChoice(FxRobot robot) throws Exception {
        AnalysisViews v = window.views();
        robot.interact(() -> v.node().getSelectionModel().select(v.layersTab()));
        Waits.within(Waits.HANG, () -> engine().currentRun() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#layers-variant-picker").query().isVisible()).isFalse();
        assertThat(robot.lookup("#layers-variant-picker").query().isManaged()).isFalse();
    }
}
