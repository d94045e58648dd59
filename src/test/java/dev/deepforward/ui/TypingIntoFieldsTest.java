package dev.deepforward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.ClippingMode;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.WeightInit;
import dev.deepforward.ui.compare.ComparePlan;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.NetworkEdits;
import dev.deepforward.ui.model.TrainingEdits;
import dev.deepforward.ui.run.RunPhase;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
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
 * Typing into every number field of the inspector and the data panel with real key presses: the keys
 * are text there, never the window's single-key shortcuts (S step, R reset, C compare, H charts only,
 * 1–4 the headline toggles, Delete the layer), bad text is marked and never committed, and a good value
 * becomes exactly one undo step that changes that field alone.
 */
@ExtendWith(ApplicationExtension.class)
class TypingIntoFieldsTest {

    @RegisterExtension
    final WorkbenchFixture workbench =
            new WorkbenchFixture(new WorkbenchWindow.Options(null, 1280, 780, false));

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    /** A field, a value typed into it (digits 1–4 wherever its range lets them in), and its spec paths. */
    private record Field(String id, String typed, String... paths) {
    }

    private DesignDocument doc() {
        return window.document();
    }

    @Test
    void everyNumberFieldTakesItsKeysAsTextAndCommitsOneEditOfItsOwnValue(FxRobot robot) {
        // Set up the design so every row is shown: a leaky-ReLU layer with a plain random init (α and
        // init scale), a maxout layer (pieces), clipping and early stopping on.
        robot.interact(() -> {
            doc().apply(NetworkEdits.setActivation(0, Activation.LEAKY_RELU));
            doc().apply(NetworkEdits.setInit(0, WeightInit.NORMAL));
            doc().apply(TrainingEdits.setClippingMode(ClippingMode.GLOBAL_NORM));
            doc().apply(TrainingEdits.setEarlyStopping(true));
            doc().select(0);
        });
        List<Field> layer0 = List.of(
                new Field("units-spinner", "1234", "network.hidden[0].units"),
                new Field("alpha-spinner", "0.1234", "network.hidden[0].alpha"),
                new Field("init-scale-spinner", "1.234", "network.hidden[0].initScale"));
        List<Field> training = List.of(
                new Field("lr-slider-field", "0.0007", "training.learningRate"),
                new Field("batch-spinner", "1234", "training.batchSize"),
                new Field("epochs-spinner", "1234", "training.epochs"),
                new Field("l1-spinner", "0.1234", "training.l1"),
                new Field("l2-spinner", "0.4321", "training.l2"),
                new Field("clip-spinner", "12.34", "training.clipping.threshold"),
                new Field("smoothing-spinner", "0.1234", "training.labelSmoothing"),
                new Field("patience-spinner", "1234", "training.earlyStopping.patience"));
        List<Field> data = List.of(
                new Field("samples-spinner", "1234", "data.samples"),
                new Field("noise-spinner", "1.234", "data.noise"),
                new Field("validation-spinner", "0.1234", "data.validationFraction"),
                new Field("test-spinner", "0.1234", "data.testFraction"),
                new Field("jitter-spinner", "0.1234", "data.jitter"));
        List<Field> all = new ArrayList<>(layer0);
        all.addAll(training);
        all.addAll(data);
        for (Field f : all) {
            typeInto(robot, f);
        }

        // The maxout layer's pieces: a maxout card of its own.
        robot.interact(() -> {
            doc().apply(NetworkEdits.insertLayer(2, dev.deepforward.spec.LayerSpec.maxout(8, 2)));
            doc().select(2);
        });
        typeInto(robot, new Field("pieces-spinner", "3", "network.hidden[2].pieces"));
    }

    @Test
    void theUnitsFieldRefusesWhatTheNetworkCheckWouldRejectWithItsOwnMessage(FxRobot robot) {
        robot.interact(() -> doc().select(0));
        RunSpec before = doc().getSpec();
        double toolbar = robot.lookup("#main-toolbar").query().getLayoutBounds().getHeight();
        for (String typed : List.of("0", "5000")) {
            robot.clickOn("#units-spinner .text-field");
            robot.type(KeyCode.END);
            for (int i = 0; i < 4; i++) {
                robot.type(KeyCode.BACK_SPACE);
            }
            for (char c : typed.toCharArray()) {
                robot.type(key(c));
            }
            assertThat(spinner(robot, "units-spinner").getStyleClass()).as(typed).contains(NumberEntry.INVALID);
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(doc().getSpec()).as(typed).isEqualTo(before);
            assertThat(editor(robot, "units-spinner")).isEqualTo(typed);
            assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText()).as(typed)
                    .contains("Units").contains("'" + typed + "'")
                    .contains("from " + LayerSpec.MIN_UNITS + " to " + LayerSpec.MAX_UNITS);
            // Play stays on: nothing the network check would reject got in; the toolbar shows no warning.
            assertThat(robot.lookup("#play-blocked").query().isVisible()).as(typed).isFalse();
            robot.type(KeyCode.ESCAPE);
            assertThat(editor(robot, "units-spinner")).isEqualTo("16");
        }
        assertThat(robot.lookup("#main-toolbar").query().getLayoutBounds().getHeight()).isEqualTo(toolbar);
    }

    @Test
    void theLearningRateFieldTakesAValueBetweenTheSlidersStepsAsOneUndoStep(FxRobot robot) {
        Field lr = new Field("lr-slider-field", "0.0007", "training.learningRate");
        typeInto(robot, lr);
        assertThat(doc().getSpec().training().learningRate()).isEqualTo(0.0007);
        // Above the spec's limit: marked, refused, reverted by Esc.
        RunSpec before = doc().getSpec();
        robot.clickOn("#lr-slider-field .text-field");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.DIGIT5, KeyCode.DIGIT0, KeyCode.DIGIT0);
        assertThat(editor(robot, "lr-slider-field")).isEqualTo("500");
        assertThat(spinner(robot, "lr-slider-field").getStyleClass()).contains(NumberEntry.INVALID);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec()).isEqualTo(before);
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText())
                .contains("Learning rate").contains("above 0 and at most 100");
        robot.type(KeyCode.ESCAPE);
        assertThat(editor(robot, "lr-slider-field")).isEqualTo("0.0007");
        // One Ctrl+Z puts the rate back.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec().training().learningRate()).isEqualTo(0.01);
        assertThat(editor(robot, "lr-slider-field")).isEqualTo("0.01");
    }

    @Test
    void ctrlZInAFieldUndoesTheDocumentAndDropsWhatWasTyped(FxRobot robot) {
        robot.interact(() -> doc().select(0));
        Field units = new Field("units-spinner", "24", "network.hidden[0].units");
        typeInto(robot, units);
        assertThat(doc().getSpec().network().hidden().get(0).units()).isEqualTo(24);
        // Half-typed text, then Ctrl+Z while the caret is still in the field.
        robot.clickOn("#units-spinner .text-field");
        robot.type(KeyCode.END).type(KeyCode.DIGIT7);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec().network().hidden().get(0).units()).isEqualTo(16);
        assertThat(editor(robot, "units-spinner")).isEqualTo("16");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec().network().hidden().get(0).units()).isEqualTo(24);
        assertThat(editor(robot, "units-spinner")).isEqualTo("24");
        assertThat(robot.lookup("#status-edit").queryAs(Label.class).getText()).contains("(Ctrl+Z to undo)");
    }

    @Test
    void aFieldsMessageGoesFromTheStatusBarOnceEscPutsTheValueBackOrAValidValueIsTyped(FxRobot robot) {
        robot.interact(() -> doc().select(0));
        Label notice = robot.lookup("#status-notice").queryAs(Label.class);
        // Esc: "abc" refused with Enter, then put back
        robot.clickOn("#units-spinner .text-field");
        robot.type(KeyCode.END).type(KeyCode.BACK_SPACE, KeyCode.BACK_SPACE).type(KeyCode.A, KeyCode.B, KeyCode.C);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.getText()).contains("Units").contains("'abc' is not");
        assertThat(notice.isVisible()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor(robot, "units-spinner")).isEqualTo("16");
        assertThat(notice.getText()).isEmpty();
        assertThat(notice.isVisible()).isFalse();

        // a valid value typed over the refused one: the message goes, and the value is taken
        robot.type(KeyCode.END).type(KeyCode.BACK_SPACE, KeyCode.BACK_SPACE).type(KeyCode.DIGIT0);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.getText()).contains("'0' is not");
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.DIGIT3, KeyCode.DIGIT2);
        assertThat(notice.getText()).isEmpty();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec().network().hidden().get(0).units()).isEqualTo(32);
        assertThat(notice.getText()).isEmpty();

        // focus loss puts the value back with a message of its own, which stays to say what was kept
        robot.type(KeyCode.END).type(KeyCode.X);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.getText()).contains("'32x' is not");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.getText()).as("focus loss puts 32 back and says so").contains("kept 32");
    }

    @Test
    void spaceAfterEnterCommittedANumberFieldPlaysAndPausesWhileSpaceInTypingStaysText(FxRobot robot) throws Exception {
        var phase = window.runController().status().phaseProperty();
        dev.deepforward.Waits.within(dev.deepforward.Waits.HANG, () -> phase.get() == RunPhase.IDLE);
        robot.interact(() -> scrollIntoView(spinner(robot, "epochs-spinner")));
        robot.clickOn("#epochs-spinner .text-field");
        robot.type(KeyCode.END);
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.BACK_SPACE);
        }
        robot.type(KeyCode.DIGIT5);
        robot.type(KeyCode.SPACE); // typing of its own in the field: Space is text, the run does not start
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor(robot, "epochs-spinner")).isEqualTo("5 ");
        assertThat(phase.get()).isEqualTo(RunPhase.IDLE);
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.DIGIT0, KeyCode.DIGIT0);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec().training().epochs()).isEqualTo(500);
        assertThat(NumberEntry.isTyping(window.stage().getScene().getFocusOwner())).as("the caret is still in the field").isTrue();

        robot.type(KeyCode.SPACE); // committed: Space is Play, as the status bar says
        dev.deepforward.Waits.within(dev.deepforward.Waits.HANG, () -> phase.get() == RunPhase.RUNNING);
        robot.type(KeyCode.SPACE);
        dev.deepforward.Waits.within(dev.deepforward.Waits.HANG, () -> phase.get() == RunPhase.PAUSED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor(robot, "epochs-spinner")).as("no space landed in the field").isEqualTo("500");
        assertThat(spinner(robot, "epochs-spinner").getStyleClass()).doesNotContain(NumberEntry.INVALID);
        assertThat(doc().getSpec().training().epochs()).isEqualTo(500);
    }

    @Test
    void badTextIsRevertedWithAMessageWhenTheFieldLosesFocus(FxRobot robot) {
        robot.interact(() -> doc().select(0));
        RunSpec before = doc().getSpec();
        robot.clickOn("#units-spinner .text-field");
        robot.type(KeyCode.END).type(KeyCode.C, KeyCode.DIGIT1, KeyCode.DIGIT6);
        assertThat(spinner(robot, "units-spinner").getStyleClass()).contains(NumberEntry.INVALID);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec()).isEqualTo(before);
        assertThat(editor(robot, "units-spinner")).isEqualTo("16");
        assertThat(spinner(robot, "units-spinner").getStyleClass()).doesNotContain(NumberEntry.INVALID);
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText())
                .contains("Units").contains("16c16").contains("kept 16");
    }

    /**
     * Clicks the field, types c s r h and Delete (marked, Enter commits nothing, Esc reverts), then the
     * field's value and Enter: exactly one undo step, that changes only the field's own paths, and
     * neither the comparison, the run, the network view nor the layers move.
     */
    private void typeInto(FxRobot robot, Field f) {
        RunSpec before = doc().getSpec();
        ComparePlan plan = window.compareMode().plan();
        int undo = doc().history().undoSize();
        String shown = editor(robot, f.id());
        String query = "#" + f.id() + " .text-field";

        robot.interact(() -> scrollIntoView(spinner(robot, f.id())));
        robot.clickOn(query);
        robot.type(KeyCode.END).type(KeyCode.C, KeyCode.S, KeyCode.R, KeyCode.H, KeyCode.DELETE);
        assertThat(editor(robot, f.id())).as(f.id()).isEqualTo(shown + "csrh");
        assertThat(spinner(robot, f.id()).getStyleClass()).as(f.id()).contains(NumberEntry.INVALID);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().getSpec()).as(f.id()).isEqualTo(before);
        assertThat(editor(robot, f.id())).as(f.id()).isEqualTo(shown + "csrh");
        robot.type(KeyCode.ESCAPE);
        assertThat(editor(robot, f.id())).as(f.id()).isEqualTo(shown);
        assertThat(spinner(robot, f.id()).getStyleClass()).as(f.id()).doesNotContain(NumberEntry.INVALID);

        robot.type(KeyCode.END);
        for (int i = 0; i < shown.length(); i++) {
            robot.type(KeyCode.BACK_SPACE);
        }
        for (char c : f.typed().toCharArray()) {
            robot.type(key(c));
        }
        assertThat(editor(robot, f.id())).as(f.id()).isEqualTo(f.typed());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        RunSpec after = doc().getSpec();
        assertThat(changedPaths(before, after)).as(f.id()).containsExactlyInAnyOrder(f.paths());
        assertThat(doc().history().undoSize()).as(f.id()).isEqualTo(undo + 1);
        assertThat(window.compareMode().plan()).as(f.id()).isEqualTo(plan);
        assertThat(window.runController().status().phaseProperty().get()).as(f.id()).isIn(RunPhase.IDLE, RunPhase.PREPARING);
        assertThat(window.runController().status().iterationProperty().get()).as(f.id()).isZero();
        assertThat(window.networkShownProperty().get()).as(f.id()).isTrue();
        assertThat(after.network().hidden()).as(f.id()).hasSize(before.network().hidden().size());
    }

    /** Scrolls the side panel that holds {@code n} so that a person could see and click it. */
    private static void scrollIntoView(javafx.scene.Node n) {
        for (javafx.scene.Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                javafx.scene.Node content = sp.getContent();
                double y = content.sceneToLocal(n.localToScene(n.getLayoutBounds())).getMinY();
                double room = content.getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 20) / room)));
                sp.layout();
                return;
            }
        }
    }

    private static KeyCode key(char c) {
        if (c >= '0' && c <= '9') {
            return KeyCode.valueOf("DIGIT" + c);
        }
        if (c == '.') {
            return KeyCode.PERIOD;
        }
        return KeyCode.valueOf(String.valueOf(Character.toUpperCase(c)));
    }

    private static Spinner<?> spinner(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Spinner.class);
    }

    private static String editor(FxRobot robot, String id) {
        return spinner(robot, id).getEditor().getText();
    }

    /** The leaf paths of the spec's JSON tree whose values differ. */
    static List<String> changedPaths(RunSpec a, RunSpec b) {
        Map<String, Object> fa = new TreeMap<>();
        Map<String, Object> fb = new TreeMap<>();
        flatten("", SpecTree.toTree(a), fa);
        flatten("", SpecTree.toTree(b), fb);
        List<String> out = new ArrayList<>();
        for (String k : fa.keySet()) {
            if (!java.util.Objects.equals(fa.get(k), fb.get(k))) {
                out.add(k);
            }
        }
        for (String k : fb.keySet()) {
            if (!fa.containsKey(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static void flatten(String path, Object node, Map<String, Object> out) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                flatten(path.isEmpty() ? String.valueOf(e.getKey()) : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(path + "[" + i + "]", l.get(i), out);
            }
        } else {
            out.put(path, node);
        }
    }
}
