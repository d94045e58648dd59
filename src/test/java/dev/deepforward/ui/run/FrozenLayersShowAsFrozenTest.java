package dev.deepforward.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.chart.GradientPanel;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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
 * Lesson 12 step 3: the frozen run's two hidden layers are not updated. Their gradient is computed (and large),
 * but the gradient views show them as "frozen" rather than as layers with a healthy training gradient.
 */
@ExtendWith(ApplicationExtension.class)
class FrozenLayersShowAsFrozenTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @RegisterExtension final WorkbenchFixture workbench =
            new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, false));

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private <T> T onFx(FxRobot robot, Supplier<T> s) {
        AtomicReference<T> r = new AtomicReference<>();
        robot.interact(() -> r.set(s.get()));
        return r.get();
    }

    @Test
    void inLessonTwelveStepThreeTheFrozenRunsHiddenLayersReadFrozenAndTheOtherRunsLayersShowTheirGradients(
            FxRobot robot) throws Exception {
        EngineRunController engine = (EngineRunController) window.runController();
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(Path.of("lessons/12-transfer-learning.json"))));
        f.get().get(60, TimeUnit.SECONDS);
        robot.interact(() -> window.lessons().goTo(2));
        robot.type(KeyCode.ENTER);
        Waits.within(Waits.HANG, () -> engine.currentRun() != null && engine.runCount() == 3
                && !engine.isPretraining() && engine.hasTransfer()
                && engine.status().phaseProperty().get() == RunPhase.IDLE);
        for (int i = 0; i < 20; i++) {
            robot.interact(engine::step);
        }
        Waits.within(Waits.HANG, () -> onFx(robot, () -> window.charts().gradientPanels().stream().limit(3)
                .allMatch(p -> p.heatmap().data().samples() >= 20)));
        WaitForAsyncUtils.waitForFxEvents();

        List<GradientPanel> panels = onFx(robot, () -> window.charts().gradientPanels());
        GradientPanel frozen = panels.get(0);
        GradientPanel fineTuned = panels.get(1);
        assertThat(frozen.label()).isEqualTo("A: frozen");
        // the frozen run: hidden layers 1 and 2 say "frozen" in the bars and the heatmap, the output layer trains
        assertThat(onFx(robot, () -> List.of(frozen.bars().shownText(0), frozen.bars().shownText(1))))
                .containsExactly("frozen", "frozen");
        assertThat(onFx(robot, () -> frozen.bars().shownText(2))).isNotEqualTo("frozen").isNotEqualTo("–");
        assertThat(onFx(robot, () -> frozen.heatmap().isFrozen(0) && frozen.heatmap().isFrozen(1)
                && !frozen.heatmap().isFrozen(2))).isTrue();
        // the lines view draws no line for a frozen layer and says so in its key
        assertThat(onFx(robot, () -> frozen.lines().chart().legendNames()))
                .contains("layer 1 (frozen)", "layer 2 (frozen)", "output");
        assertThat(onFx(robot, () -> frozen.lines().chart().series(0).data().size())).isZero();
        assertThat(onFx(robot, () -> frozen.lines().chart().series(2).data().size())).isPositive();
        // the fine-tuned run's layers all train: numbers, no "frozen"
        for (int l = 0; l < 3; l++) {
            int layer = l;
            assertThat(onFx(robot, () -> fineTuned.bars().isFrozen(layer))).isFalse();
            assertThat(onFx(robot, () -> fineTuned.bars().shownText(layer))).isNotEqualTo("frozen");
        }
    }
}
