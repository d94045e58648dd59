package dev.deepforward.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.chart.ChartX;
import dev.deepforward.ui.chart.GradientPanel;
import dev.deepforward.ui.chart.LiveLineChart;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
 * Lesson 1 step 2 compares a network with no hidden layer, one with 3 linear layers and one with 1 ReLU layer:
 * each variant's gradient heatmap, lines and latest bars show that variant's own layers, with data, during the
 * run and after it, whatever the x axis counts.
 */
@ExtendWith(ApplicationExtension.class)
class VariantsOfAnotherDepthShowTheirGradientsTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @RegisterExtension final WorkbenchFixture workbench =
            new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, false));

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private static final List<List<String>> LAYERS = List.of(
            List.of("output"),
            List.of("layer 1", "layer 2", "layer 3", "output"),
            List.of("layer 1", "output"));

    @Test
    void everyVariantOfLessonOneStepTwoShowsTheGradientsOfItsOwnLayersDuringAndAfterTheRun(FxRobot robot)
            throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(Path.of("lessons/01-deep-feedforward-networks.json"))));
        f.get().get(60, TimeUnit.SECONDS);
        robot.interact(() -> window.lessons().goTo(1));
        robot.type(KeyCode.ENTER);
        EngineRunController engine = (EngineRunController) window.runController();
        Waits.within(Waits.HANG, () -> engine.currentRun() != null && engine.runCount() == 3);
        robot.type(KeyCode.SPACE);
        // live: every variant's heatmap fills, not only A's
        Waits.within(Waits.HANG, () -> onFx(robot, () -> window.charts().gradientPanels().stream()
                .allMatch(p -> p.heatmap().data().samples() > 0)));
        Waits.within(Waits.HANG, () -> engine.status().phaseProperty().get() == RunPhase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems(robot)).as("after the run, x: iteration").isEmpty();
        for (ChartX x : List.of(ChartX.EPOCH, ChartX.EXAMPLES, ChartX.ITERATION)) {
            robot.clickOn("#chart-x-" + x.ordinal());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(problems(robot)).as("after the run, x: " + x).isEmpty();
        }
    }

    /** What is missing from the variants' gradient views: a wrong layer list or a layer without data. */
    private List<String> problems(FxRobot robot) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            List<GradientPanel> panels = window.charts().gradientPanels();
            if (panels.size() != 3) {
                out.add(panels.size() + " panels");
                return;
            }
            for (int v = 0; v < 3; v++) {
                GradientPanel p = panels.get(v);
                List<String> want = LAYERS.get(v);
                String who = p.label();
                if (!Arrays.asList(p.lines().layerNames()).equals(want)) {
                    out.add(who + " lines name " + Arrays.toString(p.lines().layerNames()));
                }
                if (p.heatmap().data().rows() != want.size() || p.heatmap().data().columns() == 0) {
                    out.add(who + " heatmap " + p.heatmap().data().rows() + " rows, "
                            + p.heatmap().data().columns() + " columns");
                }
                LiveLineChart lines = p.lines().chart();
                for (int l = 0; l < want.size(); l++) {
                    if (!Double.isFinite(p.bars().value(l)) || p.bars().value(l) <= 0) {
                        out.add(who + " bar " + want.get(l) + " shows " + p.bars().value(l));
                    }
                    if (l >= lines.seriesCount() || lines.series(l).data().size() == 0) {
                        out.add(who + " has no line for " + want.get(l));
                    }
                    if (p.heatmap().data().columns() > 0
                            && !Float.isFinite(p.heatmap().data().logValue(p.heatmap().data().columns() - 1, l))) {
                        out.add(who + " heatmap row " + want.get(l) + " is empty");
                    }
                }
            }
        });
        return out;
    }

    private static boolean onFx(FxRobot robot, java.util.function.BooleanSupplier test) {
        boolean[] r = new boolean[1];
        robot.interact(() -> r[0] = test.getAsBoolean());
        return r[0];
    }
}
