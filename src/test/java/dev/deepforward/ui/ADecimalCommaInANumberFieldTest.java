package dev.deepforward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.shell.WorkbenchWindow;
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
 * One rule for a comma typed into any number field (as many students write decimals): "0,05" is 0.05, never
 * 5; "1,000" in a whole-number field is a thousand; "1,000" where fractions are allowed is refused with both
 * readings. The field and the status line show what was understood.
 */
@ExtendWith(ApplicationExtension.class)
class ADecimalCommaInANumberFieldTest {

    @RegisterExtension
    final WorkbenchFixture workbench = new WorkbenchFixture(new WorkbenchWindow.Options(null, 1280, 800, false));

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private void typeInto(FxRobot robot, String id, String text) {
        robot.interact(() -> scrollIntoView(spinner(robot, id)));
        robot.clickOn("#" + id + " .text-field");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        for (char c : text.toCharArray()) {
            robot.type(c == ',' ? KeyCode.COMMA : c == '.' ? KeyCode.PERIOD : KeyCode.valueOf("DIGIT" + c));
        }
        assertThat(editor(robot, id)).isEqualTo(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void zeroCommaZeroFiveInTheLearningRateIsFiveHundredthsNotFive(FxRobot robot) {
        typeInto(robot, "lr-slider-field", "0,05");
        assertThat(window.document().getSpec().training().learningRate()).isEqualTo(0.05);
        assertThat(editor(robot, "lr-slider-field")).isEqualTo("0.05");
        assertThat(status(robot, "status-notice")).endsWith("Learning rate: '0,05' read as 0.05 (decimal comma)");
        assertThat(status(robot, "status-edit")).contains("0.05").doesNotContain("to 5 ");

        typeInto(robot, "lr-slider-field", "0,0001");
        assertThat(window.document().getSpec().training().learningRate()).isEqualTo(0.0001);
        assertThat(editor(robot, "lr-slider-field")).isEqualTo("0.0001");
    }

    @Test
    void aCommaThatCouldBeEitherIsRefusedInTheLearningRateWithBothReadings(FxRobot robot) {
        RunSpec before = window.document().getSpec();
        typeInto(robot, "lr-slider-field", "1,000");
        assertThat(window.document().getSpec()).isEqualTo(before);
        assertThat(spinner(robot, "lr-slider-field").getStyleClass()).contains(NumberEntry.INVALID);
        assertThat(status(robot, "status-notice"))
                .endsWith("Learning rate: '1,000' could be 1000 or 1.000, and only 1.000 is a number above 0 and at most 100:"
                        + " write 1.000 with a point");
        robot.type(KeyCode.ESCAPE);
        assertThat(editor(robot, "lr-slider-field")).isEqualTo("0.01");
    }

    @Test
    void aCommaThatCouldBeEitherInLabelSmoothingSaysNeitherReadingIsInItsRange(FxRobot robot) {
        RunSpec before = window.document().getSpec();
        typeInto(robot, "smoothing-spinner", "1,000");
        assertThat(window.document().getSpec()).isEqualTo(before);
        assertThat(spinner(robot, "smoothing-spinner").getStyleClass()).contains(NumberEntry.INVALID);
        assertThat(status(robot, "status-notice"))
                .endsWith("'1,000' could be 1000 or 1.000, and neither is a number from 0 to 0.5")
                .doesNotContain("with a point").doesNotContain("without the comma");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aDecimalCommaReadsAsAPointInTheDataPanelAndAThousandsCommaInAWholeNumberField(FxRobot robot) {
        typeInto(robot, "noise-spinner", "0,15");
        assertThat(window.document().getSpec().data().noise()).isEqualTo(0.15);
        assertThat(editor(robot, "noise-spinner")).isEqualTo("0.15");
        assertThat(status(robot, "status-notice")).endsWith("'0,15' read as 0.15 (decimal comma)");

        typeInto(robot, "samples-spinner", "1,000");
        assertThat(window.document().getSpec().data().samples()).isEqualTo(1000);
        assertThat(editor(robot, "samples-spinner")).isEqualTo("1000");
        assertThat(status(robot, "status-notice")).endsWith("'1,000' read as 1000 (thousands separator)");

        typeInto(robot, "epochs-spinner", "1,5");
        assertThat(spinner(robot, "epochs-spinner").getStyleClass()).as("1.5 epochs").contains(NumberEntry.INVALID);
        assertThat(status(robot, "status-notice")).contains("'1,5' is not a whole number");
        robot.type(KeyCode.ESCAPE);
    }

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

    private static Spinner<?> spinner(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Spinner.class);
    }

    private static String editor(FxRobot robot, String id) {
        return spinner(robot, id).getEditor().getText();
    }
}
