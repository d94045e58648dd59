package dev.deepforward.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/** Each variant's computing time only grows over a run and stays as it ended after it: Save changes none of it. */
@ExtendWith(ApplicationExtension.class)
class RunTimeAfterTheEndTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @RegisterExtension final WorkbenchFixture workbench =
            new WorkbenchFixture(new WorkbenchWindow.Options(dialogs, 1280, 800, false));

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    /**
     * "A: 298 ms computing · …" → 0.298; "B: 1.5 s computing" → 1.5; "C: < 0.5 s computing" → 0 (not timed yet:
     * any time later shown is more); NaN for an empty line.
     */
    static double computingSeconds(String figures) {
        if (figures.contains("< 0.5 s computing")) {
            return 0;
        }
        var m = java.util.regex.Pattern.compile("(?:(\\d+) min )?([\\d.,]+) (ms|s) computing").matcher(figures);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(2).replace(",", ""));
        double s = m.group(3).equals("ms") ? v / 1000 : v;
        return m.group(1) == null ? s : 60 * Integer.parseInt(m.group(1)) + s;
    }

    @Test
    void eachVariantsComputingTimeNeverFallsWhileItRunsIsSavedAndEnds(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(Path.of("lessons/01-deep-feedforward-networks.json"))));
        f.get().get(60, TimeUnit.SECONDS);
        robot.interact(() -> window.lessons().goTo(1));
        robot.type(KeyCode.ENTER);
        EngineRunController engine = (EngineRunController) window.runController();
        Waits.within(Waits.HANG, () -> engine.currentRun() != null && engine.runCount() == 3);
        List<String> falls = new java.util.concurrent.CopyOnWriteArrayList<>();
        double[] last = new double[3];
        javafx.animation.AnimationTimer watch = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                List<String> shown = window.charts().runFigures();
                for (int i = 0; i < Math.min(3, shown.size()); i++) {
                    double s = computingSeconds(shown.get(i));
                    if (!Double.isNaN(s)) {
                        if (s < last[i]) {
                            falls.add(last[i] + " -> " + shown.get(i) + " at iteration " + engine.status().iterationProperty().get());
                        }
                        last[i] = s;
                    }
                }
            }
        };
        robot.interact(watch::start);
        robot.type(KeyCode.SPACE);
        Waits.within(Waits.HANG, () -> engine.status().iterationProperty().get() > 300);
        Path file = Files.createTempDirectory("df-save").resolve("saved1.dfw");
        dialogs.files.add(file);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        Waits.within(Waits.HANG, () -> engine.status().phaseProperty().get() == RunPhase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(watch::stop);
        assertThat(Files.exists(file)).isTrue();
        // "A: … computing" at the end (its time, or "< 0.5 s" on a run too short to time: no number to compare)
        assertThat(window.charts().runFigures().get(0)).startsWith("A: ").contains(" computing");
        assertThat(last[0]).isNotNegative();
        assertThat(falls).isEmpty();
        assertThat(computingSeconds("A: 298 ms computing  ·  61,375 examples/s")).isEqualTo(0.298);
        assertThat(computingSeconds("B: 1 min 02 s computing")).isEqualTo(62.0);
        assertThat(computingSeconds("C: < 0.5 s computing")).isZero();
    }

    @Test
    void theFiguresOfAFinishedLessonRunStayAsTheyEndedAfterCtrlS(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(Path.of("lessons/01-deep-feedforward-networks.json"))));
        f.get().get(60, TimeUnit.SECONDS);
        robot.interact(() -> window.lessons().goTo(1));
        robot.type(KeyCode.ENTER);
        EngineRunController engine = (EngineRunController) window.runController();
        Waits.within(Waits.HANG, () -> engine.currentRun() != null && engine.runCount() == 3);
        List<String> seen = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        robot.interact(() -> {
            engine.status().phaseProperty().addListener((o, a, b) -> phases.add(String.valueOf(b)));
            engine.status().iterationProperty().addListener((o, a, b) -> {
                if (b.longValue() < a.longValue()) {
                    phases.add("iteration fell " + a + " -> " + b);
                }
            });
        });
        robot.type(KeyCode.SPACE);
        Waits.within(Waits.HANG, () -> engine.status().phaseProperty().get() == RunPhase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> atEnd = window.charts().runFigures();
        Path file = Files.createTempDirectory("df-save").resolve("saved1.dfw");
        dialogs.files.add(file);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(3000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(file)).isTrue();
        assertThat(phases).as("phases after Play").containsExactly("RUNNING", "FINISHED");
        assertThat(window.charts().runFigures()).isEqualTo(atEnd);
    }
}
