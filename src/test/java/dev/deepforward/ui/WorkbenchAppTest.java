package dev.deepforward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.run.RunPhase;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the whole window as a person would: drags from the palette, drags cards, types into the
 * inspector, presses the shortcuts, flips the headline toggles.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchAppTest {

    @RegisterExtension final WorkbenchFixture workbench = new WorkbenchFixture();

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage); // settings in a throw-away folder, never the developer's home
    }

    private DesignDocument doc() {
        return window.document();
    }

    private static Point2D centre(Bounds b) {
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private Bounds screenBounds(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n.localToScreen(n.getLayoutBounds());
    }

    /** The screen point in the middle of the gap between two columns of the designer. */
    private Point2D gapBetween(FxRobot robot, String leftQuery, String rightQuery) {
        Bounds a = screenBounds(robot, leftQuery);
        Bounds b = screenBounds(robot, rightQuery);
        return new Point2D((a.getMaxX() + b.getMinX()) / 2, a.getCenterY());
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theWindowOpensWithTheDefaultNetwork(FxRobot robot) {
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(robot.lookup("#layer-card-0").tryQuery()).isPresent();
        assertThat(robot.lookup("#layer-card-1").tryQuery()).isPresent();
        assertThat(robot.lookup("#layer-card-2").tryQuery()).isEmpty();
        assertThat(text(robot, "#total-params")).isEqualTo("354 parameters");
        assertThat(robot.lookup("#play-button").queryButton().isDisabled()).isFalse();
    }

    @Test
    void draggingADenseLayerBetweenTwoLayersInsertsItThere(FxRobot robot) {
        Point2D gap = gapBetween(robot, "#layer-card-0", "#layer-card-1");
        robot.drag("#palette-dense", MouseButton.PRIMARY).moveTo(gap);
        // While dragging, the marker shows where the layer will go.
        assertThat(window.designer().canvas().markerSlot()).isEqualTo(1);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(doc().getSpec().network().hidden()).hasSize(3);
        assertThat(doc().getSpec().network().hidden().get(1).units()).isEqualTo(8);
        assertThat(text(robot, "#layer-units-1")).isEqualTo("8 units");
        assertThat(text(robot, "#layer-units-2")).isEqualTo("16 units");
        // 2·16+16 + 16·8+8 + 8·16+16 + 16·2+2
        assertThat(text(robot, "#total-params")).isEqualTo("362 parameters");
        assertThat(window.designer().canvas().markerSlot()).isEqualTo(-1);
        assertThat(doc().getSelectedLayer()).isEqualTo(1);
    }

    @Test
    void draggingAMaxoutLayerBeforeTheFirstLayerInsertsItFirst(FxRobot robot) {
        robot.drag("#palette-maxout", MouseButton.PRIMARY).moveTo(gapBetween(robot, "#input-block", "#layer-card-0"))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec().network().hidden().get(0).activation()).isEqualTo(Activation.MAXOUT);
        assertThat(text(robot, "#layer-detail-0")).isEqualTo("Maxout ×2");
    }

    @Test
    void droppingOutsideTheDesignerAddsNothing(FxRobot robot) {
        robot.drag("#palette-dense", MouseButton.PRIMARY).moveTo("#layer-inspector").release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec().network().hidden()).hasSize(2);
    }

    @Test
    void draggingACardReordersTheLayers(FxRobot robot) {
        robot.interact(() -> doc().apply(dev.deepforward.ui.model.NetworkEdits.setUnits(0, 5)));
        robot.drag("#layer-card-0", MouseButton.PRIMARY).moveTo(gapBetween(robot, "#layer-card-1", "#output-block"))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec().network().hidden()).extracting(LayerSpec::units).containsExactly(16, 5);
        assertThat(text(robot, "#layer-units-1")).isEqualTo("5 units");
        assertThat(doc().history().undoLabelProperty().get()).isEqualTo("Move layer 1 to position 2");
    }

    @Test
    void unitsTypedInTheInspectorUpdateTheCardAndUndoRedoRestoresThem(FxRobot robot) {
        robot.clickOn("#layer-card-1");
        robot.doubleClickOn("#units-spinner .text-field").eraseText(4).write("32").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#layer-units-1")).isEqualTo("32 units");
        assertThat(text(robot, "#layer-params-1")).isEqualTo(String.format("%,d params", 16 * 32 + 32));

        robot.clickOn("#layer-card-0"); // focus away from the text field, which keeps Ctrl+Z for itself
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#layer-units-1")).isEqualTo("16 units");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#layer-units-1")).isEqualTo("32 units");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#layer-units-1")).isEqualTo("32 units");
    }

    @Test
    void theSigmoidToggleChangesEveryHiddenLayerInOneUndoableEdit(FxRobot robot) {
        robot.clickOn("#headline-act-sigmoid");
        assertThat(doc().getSpec().network().hidden()).allMatch(l -> l.activation() == Activation.SIGMOID);
        assertThat(text(robot, "#layer-detail-0")).isEqualTo("Dense · Sigmoid");
        assertThat(text(robot, "#layer-detail-1")).isEqualTo("Dense · Sigmoid");
        assertThat(robot.lookup("#headline-act-sigmoid").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();

        robot.interact(() -> doc().undo());
        assertThat(doc().getSpec().network().hidden()).allMatch(l -> l.activation() == Activation.RELU);
        assertThat(robot.lookup("#headline-act-relu").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void invalidUnitsMarkTheCardAndDisablePlayWithAOneLineWarning(FxRobot robot) {
        // The units field refuses 0 itself; a file can still hold it (here: the edit a file would make).
        robot.clickOn("#layer-card-0");
        double toolbar = robot.lookup("#main-toolbar").query().getLayoutBounds().getHeight();
        robot.interact(() -> doc().apply(dev.deepforward.ui.model.NetworkEdits.setUnits(0, 0)));
        WaitForAsyncUtils.waitForFxEvents();

        Node card = robot.lookup("#layer-card-0").query();
        assertThat(card.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        assertThat(text(robot, "#layer-problem-0")).contains("units must be between 1 and 4096");
        assertThat(doc().canPlayProperty().get()).isFalse();
        Button play = robot.lookup("#play-button").queryButton();
        assertThat(play.isDisabled()).isTrue();
        assertThat(text(robot, "#play-blocked")).contains("Layer 1 units");
        // One line, cut if need be (the tooltip holds it all): the toolbar keeps its height.
        javafx.scene.control.Label blocked = robot.lookup("#play-blocked").queryAs(javafx.scene.control.Label.class);
        assertThat(blocked.isWrapText()).isFalse();
        assertThat(blocked.getHeight()).isLessThan(2 * blocked.getFont().getSize());
        assertThat(blocked.getTooltip().getText()).contains("Layer 1 units must be between 1 and 4096");
        assertThat(robot.lookup("#main-toolbar").query().getLayoutBounds().getHeight()).isEqualTo(toolbar);

        robot.interact(() -> doc().undo());
        assertThat(play.isDisabled()).isFalse();
        assertThat(robot.lookup("#layer-problem-0").tryQuery()).isEmpty();
    }

    @Test
    void deleteAndDuplicateWorkFromTheKeyboardAndTheCard(FxRobot robot) {
        robot.clickOn("#layer-card-1");
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec().network().hidden()).hasSize(3);
        assertThat(doc().getSelectedLayer()).isEqualTo(2);

        robot.type(KeyCode.DELETE);
        assertThat(doc().getSpec().network().hidden()).hasSize(2);

        robot.clickOn("#delete-layer-0");
        assertThat(doc().getSpec().network().hidden()).hasSize(1);
        robot.clickOn("#duplicate-layer-0");
        assertThat(doc().getSpec().network().hidden()).hasSize(2);
    }

    @Test
    void theBatchNormSwitchIsOneUndoableEdit(FxRobot robot) {
        robot.clickOn("#layer-card-0");
        robot.clickOn("#batchnorm-switch .thumb-area");
        assertThat(doc().getSpec().network().hidden().get(0).batchNorm()).isTrue();
        assertThat(doc().getSpec().network().hidden().get(1).batchNorm()).isFalse();
        assertThat(doc().history().undoLabelProperty().get()).isEqualTo("Turn on batch norm of layer 1");
        assertThat(robot.lookup("#layer-card-0 .badge").queryAs(Label.class).getText()).isEqualTo("BN");
    }

    @Test
    void activationChoicesExplainThemselves(FxRobot robot) {
        robot.clickOn("#layer-card-0");
        robot.clickOn("#activation-combo");
        robot.clickOn("Sigmoid");
        assertThat(doc().getSpec().network().hidden().get(0).activation()).isEqualTo(Activation.SIGMOID);
        assertThat(text(robot, "#activation-explanation")).contains("saturates");
        var combo = robot.lookup("#activation-combo").queryComboBox();
        assertThat(combo.getTooltip().getText()).isEqualTo(Activation.SIGMOID.explanation());
    }

    @Test
    void spacePlaysAndPausesAndStepAdvances(FxRobot robot) throws Exception {
        var status = window.runController().status();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.phaseProperty().get() == RunPhase.IDLE);
        robot.clickOn("#layer-card-0");
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.iterationProperty().get() == 1);
        robot.type(KeyCode.SPACE);
        assertThat(text(robot, "#status-state")).contains("Training");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.iterationProperty().get() > 5);
        robot.type(KeyCode.SPACE);
        assertThat(text(robot, "#status-state")).contains("Paused");
        assertThat(window.charts().lossChart().series(0).data().size()).isGreaterThan(1);
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.iterationProperty().get() == 0);
        assertThat(window.charts().lossChart().series(0).data().size()).isZero();
    }

    @Test
    void theTrainingSectionEditsTheSpec(FxRobot robot) {
        robot.clickOn("#optimizer-combo");
        robot.clickOn("RMSProp");
        assertThat(doc().getSpec().training().optimizer().kind()).isEqualTo(dev.deepforward.spec.Optimizer.RMSPROP);
        // The training section sits below the layer's; scroll down as a person would.
        robot.interact(() -> robot.lookup("#inspector-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#early-switch .thumb-area");
        assertThat(doc().getSpec().training().earlyStopping().enabled()).isTrue();
        assertThat(robot.lookup("#patience-spinner").query().isVisible()).isTrue();
        robot.interact(() -> robot.lookup("#dataset-list").queryListView().scrollTo("xor"));
        robot.clickOn("XOR"); // the list shows titles
        assertThat(doc().getSpec().data().dataset()).isEqualTo("xor");
    }

    @Test
    void theThemeSwitchesToDarkAndBack(FxRobot robot) {
        robot.interact(() -> window.setTheme(dev.deepforward.ui.shell.Theme.DARK));
        assertThat(robot.window(0).getScene().getStylesheets()).anyMatch(s -> s.endsWith("dark.css"));
        assertThat(window.currentPrefs().theme()).isEqualTo("dark");
        robot.interact(() -> window.setTheme(dev.deepforward.ui.shell.Theme.LIGHT));
        assertThat(robot.window(0).getScene().getStylesheets()).anyMatch(s -> s.endsWith("light.css"));
    }
}
