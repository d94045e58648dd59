package dev.deepforward.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.run.RunPhase;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.List;
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

/**
 * The lecture's four-variant demo (lesson 7, "Less sensitive to initialization") trained in presenter mode at
 * 1280 × 800, as a lecturer runs it: what the class sees of the variant that diverges and of the others.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterFourVariantDemoTest {

    private WorkbenchWindow window;

    @RegisterExtension
    final WorkbenchFixture workbench =
            new WorkbenchFixture(new WorkbenchWindow.Options(new ScriptedDialogs(), 1280, 800, true));

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    @Test
    void theDivergedVariantIsMarkedOnTheLossChartAndNamedWholeInTheStatusBarAndTheFourTimesShareOneLine(FxRobot robot)
            throws Exception {
        var opened = WaitForAsyncUtils.asyncFx(() -> window.lessons().open(Path.of("lessons/07-batch-normalization.json"))).get();
        opened.get(60, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F5);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lessons().step()).isEqualTo(1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.charts().runLayout().runs()).isEqualTo(4);
        robot.type(KeyCode.SPACE);
        var phase = window.runController().status().phaseProperty();
        Waits.within(Waits.HANG, () -> phase.get().isTerminal());
        WaitForAsyncUtils.waitForFxEvents();

        // "huge, plain" (C) diverges: the loss chart marks its last point with its letter and the word
        try {
            Waits.within(Waits.HANG, () -> window.charts().lossChart().endNotes().equals(List.of("C ⚠ diverged")));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(window.charts().lossChart().endNotes()).containsExactly("C ⚠ diverged");
        }
        // the status bar names it whole at 1280, whatever else it has to shorten
        Label variants = robot.lookup("#status-variants").queryAs(Label.class);
        assertThat(variants.isVisible()).isTrue();
        assertThat(variants.getText()).contains("C ⚠ diverged").doesNotContain("…");
        javafx.geometry.Bounds b = variants.localToScene(variants.getLayoutBounds());
        assertThat(b.getMaxX()).isLessThanOrEqualTo(window.scene().getWidth());
        // the loss chart's log axis in one notation
        List<String> ticks = window.charts().lossChart().yTickLabels();
        assertThat(ticks.stream().allMatch(t -> t.startsWith("1e")) || ticks.stream().noneMatch(t -> t.contains("e")))
                .as("y ticks %s", ticks).isTrue();

        // the four runs' times share one line above the charts, each still saying its letter
        List<String> shown = window.charts().runFiguresShown();
        assertThat(shown).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(shown.get(i)).startsWith("ABCD".charAt(i) + ": ");
            assertThat(window.charts().runFigures().get(i)).startsWith(shown.get(i).replace(" computing", ""));
        }
        List<Label> labels = robot.lookup("#run-figures .label").queryAllAs(Label.class).stream()
                .filter(javafx.scene.Node::isVisible).toList();
        double top = labels.get(0).localToScene(labels.get(0).getLayoutBounds()).getMinY();
        for (Label l : labels) {
            assertThat(l.localToScene(l.getLayoutBounds()).getMinY()).as(l.getText()).isCloseTo(top,
                    org.assertj.core.data.Offset.offset(2.0));
        }
        // the header's caption is whole or the variants' names, never cut to "A: ti…"
        assertThat(window.charts().captionShown()).doesNotContain("…");
        Label caption = robot.lookup("#compare-caption").queryAs(Label.class);
        if (!caption.getText().isEmpty()) {
            assertThat(caption.getWidth()).isGreaterThanOrEqualTo(caption.prefWidth(-1) - 1);
        }
        assertThat(phase.get()).isNotEqualTo(RunPhase.RUNNING);
    }
}
