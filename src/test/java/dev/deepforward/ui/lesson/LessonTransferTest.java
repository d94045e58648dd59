package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.engine.run.TrainingRun;
import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.files.ScriptedDialogs;
import dev.deepforward.ui.run.EngineRunController;
import dev.deepforward.ui.run.RunEventListener;
import dev.deepforward.ui.run.RunPhase;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Set up of a step with a transfer: the window pretrains the source network, then the listed variant starts
 * from its layers (a tiny learning rate keeps the first step's weights where they started).
 */
@ExtendWith(ApplicationExtension.class)
class LessonTransferTest {

    static final Path LESSON = Path.of("src/test/resources/lessons/transfer.json");

    @RegisterExtension
    final WorkbenchFixture workbench =
            new WorkbenchFixture(WorkbenchWindow.Options.defaults().withDialogs(new ScriptedDialogs()));

    private WorkbenchWindow window;
    private EngineRunController engine;
    /** Weight norm of hidden layer 1 after the first iteration, per variant. */
    private final Map<String, Double> firstNorms = new ConcurrentHashMap<>();

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
        engine = (EngineRunController) window.runController();
        engine.addRunEventListener(new RunEventListener() {
            @Override
            public void event(RunEvent e) {
                if (e instanceof IterationMetrics m && m.iteration() == 1 && m.layers() != null) {
                    firstNorms.put(m.variant(), m.layers()[0].weightNorm());
                }
            }

            @Override
            public void cleared() {
                firstNorms.clear();
            }
        });
    }

    private void open(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(LESSON)));
        f.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Lesson lesson() {
        var loaded = LessonLoader.load(LESSON, null);
        assertThat(loaded.problems()).isEmpty();
        return loaded.value();
    }

    /** The source network trained here on its own, as lesson check does: ‖W‖ of its first hidden layer. */
    private static double sourceFirstLayerNorm(RunSpec from) throws Exception {
        try (TrainingRun run = TrainingRun.of(from, e -> { })) {
            run.start();
            assertThat(run.awaitSettled(60, TimeUnit.SECONDS)).isTrue();
            double[][] w = run.trainedWeights(0).layerWeights(0);
            double sq = 0;
            for (int i = 0; i < w.length - 1; i++) { // the last row holds the biases
                for (double x : w[i]) {
                    sq += x * x;
                }
            }
            return Math.sqrt(sq);
        }
    }

    private void stepOnceWhenReady(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !engine.isPretraining() && engine.hasTransfer()
                && engine.status().phaseProperty().get() == RunPhase.IDLE);
        robot.interact(() -> engine.step());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> firstNorms.size() == 2);
    }

    @Test
    void setUpPretrainsTheSourceAndTheFineTunedVariantStartsFromItsLayers_alsoAfterReset(FxRobot robot)
            throws Exception {
        Lesson lesson = lesson();
        open(robot);
        AtomicBoolean pretrainingAtOnce = new AtomicBoolean();
        AtomicReference<String> statusText = new AtomicReference<>();
        Label label = robot.lookup("#status-pretraining").queryAs(Label.class);
        // Read in the same FX event: 100 iterations of a tiny network are over in a moment.
        robot.interact(() -> {
            window.lessons().setUpStep();
            pretrainingAtOnce.set(engine.isPretraining());
            statusText.set(label.getText());
        });
        assertThat(pretrainingAtOnce).isTrue();
        assertThat(statusText.get()).startsWith("Pretraining the source network…");

        double source = sourceFirstLayerNorm(lesson.runs().get(0).transfer().from());
        stepOnceWhenReady(robot);
        assertThat(firstNorms.get("fine-tuned")).isCloseTo(source, within(1e-4 * source));
        assertThat(Math.abs(firstNorms.get("scratch") - source)).isGreaterThan(1e-2 * source);
        assertThat(engine.status().pretrainingProperty().get()).isEmpty();

        // Reset keeps the transferred start.
        robot.interact(() -> engine.reset());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> firstNorms.isEmpty());
        stepOnceWhenReady(robot);
        assertThat(firstNorms.get("fine-tuned")).isCloseTo(source, within(1e-4 * source));

        // Another step set up: its runs start from their own weights.
        robot.interact(() -> {
            window.lessons().goTo(1);
            window.lessons().setUpStep();
        });
        assertThat(engine.hasTransfer()).isFalse();
        assertThat(engine.isPretraining()).isFalse();
    }

    @Test
    void resetWhilePretrainingCancelsIt_andUndoDropsTheTransfer(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            window.lessons().setUpStep();
            engine.reset();
        });
        assertThat(engine.isPretraining()).isFalse();
        assertThat(engine.hasTransfer()).isFalse();
        assertThat(engine.status().pretrainingProperty().get()).isEmpty();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> engine.status().phaseProperty().get() == RunPhase.IDLE);

        AtomicBoolean again = new AtomicBoolean();
        robot.interact(() -> {
            window.lessons().setUpStep(); // same design: pretrains again
            again.set(engine.isPretraining());
        });
        assertThat(again).isTrue();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> engine.hasTransfer());
        robot.interact(() -> window.document().undo());
        assertThat(engine.hasTransfer()).isFalse();
    }
}
