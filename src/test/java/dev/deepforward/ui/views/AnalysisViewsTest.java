package dev.deepforward.ui.views;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import dev.deepforward.ui.RealWindowTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.model.TrainingEdits;
import dev.deepforward.ui.run.BackendStatus;
import dev.deepforward.ui.run.RunPhase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The analysis tabs in the real window, fed by the real engine. */
class AnalysisViewsTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private void awaitReady() throws Exception {
        within(30, () -> window.runController().status().backendProperty().get() == BackendStatus.READY
                && window.runController().status().phaseProperty().get() == RunPhase.IDLE);
    }

    @Test
    void theHistogramsReceiveDataAfterAStep(FxRobot robot) throws Exception {
        AnalysisViews v = window.views();
        robot.interact(() -> v.node().getSelectionModel().select(v.layersTab()));
        awaitReady();
        robot.interact(() -> window.runController().step());
        within(15, () -> v.histograms().weights().counts() != null);
        // 2-16-16-2 spiral: layer 1 has 2·16 weights
        assertThat(java.util.Arrays.stream(v.histograms().weights().counts()).sum()).isEqualTo(32);
        assertThat(v.histograms().layerChoice().getItems()).hasSize(3);
        // the ReLU layers' dead-unit lines got their first probe
        within(5, () -> v.health().chart().series(0).data().size() > 0);
    }

    @Test
    void imageDataShowsTestPredictionsAndTheConfusionMatrix(FxRobot robot) throws Exception {
        AnalysisViews v = window.views();
        robot.interact(() -> {
            window.document().apply(TrainingEdits.setDataset("digits"));
            v.node().getSelectionModel().select(v.predictionsTab());
        });
        assertThat(v.predictionGrid().isVisible()).isTrue();
        assertThat(v.neuronsTab().isDisable()).isTrue();
        awaitReady();
        // one epoch of the 1,078 training digits at batch 16, and then some
        robot.interact(() -> window.runController().step());
        within(15, () -> v.predictionGrid().model() != null);
        assertThat(v.predictionGrid().model().cells()).hasSize(AnalysisViews.PREDICTION_COUNT);
        robot.interact(() -> {
            for (int i = 0; i < 70; i++) {
                window.runController().step();
            }
        });
        within(30, () -> v.confusion().model() != null);
        assertThat(v.confusion().model().size()).isEqualTo(10);
        assertThat(v.confusion().model().total()).isGreaterThan(300);
    }

    @Test
    void planeDataShowsEveryHiddenUnitOverThePlane(FxRobot robot) throws Exception {
        AnalysisViews v = window.views();
        assertThat(v.neuronsTab().isDisable()).isFalse();
        robot.interact(() -> v.node().getSelectionModel().select(v.neuronsTab()));
        awaitReady();
        robot.interact(() -> window.runController().step());
        within(15, () -> v.units().outputs() != null);
        assertThat(v.units().outputs().outputs()).hasNumberOfRows(2);
        assertThat(v.units().outputs().outputs()[0]).hasNumberOfRows(16);
    }
}
