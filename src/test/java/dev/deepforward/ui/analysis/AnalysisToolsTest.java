package dev.deepforward.ui.analysis;

import static dev.deepforward.Waits.within;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.analysis.Diagnosis;
import dev.deepforward.analysis.Focus;
import dev.deepforward.engine.run.Search;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.ui.model.DesignDocument;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Analysis tab's tools on their own, driven as a user would, with the real engine behind them. */
@ExtendWith(ApplicationExtension.class)
class AnalysisToolsTest {

    private DesignDocument doc;
    private AnalysisPane pane;

    static RunSpec spiral() {
        return new RunSpec("spiral", 7L, DataSpec.of("spiral").withSamples(400).withNoise(0.05),
                NetworkSpec.uniform(2, 16, Activation.RELU),
                TrainingSpec.defaults().withOptimizer(OptimizerSpec.of(Optimizer.ADAM)).withLearningRate(0.01)
                        .withBatchSize(16).withIterations(500));
    }

    @Start
    void start(Stage stage) {
        doc = new DesignDocument(spiral());
        pane = new AnalysisPane(doc);
        stage.setScene(new Scene(pane, 1200, 760));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(pane::dispose);
    }


    @Test
    void theCourseScenariosAreDiagnosedAndShown(FxRobot robot) {
        BiasVariancePanel panel = pane.biasVariance();
        TableView<?> examples = robot.lookup("#bv-examples").queryAs(TableView.class);
        Focus[] expected = {Focus.BIAS, Focus.VARIANCE, Focus.NEITHER};
        for (int i = 0; i < 3; i++) {
            int row = i;
            robot.interact(() -> examples.getSelectionModel().select(row));
            Scenario s = Scenario.COURSE.get(i);
            Diagnosis d = panel.diagnosis();
            assertThat(d.focus()).as("scenario %s", s.name()).isEqualTo(expected[i]);
            assertThat(d.avoidableBias()).isCloseTo(s.train() - s.human(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(d.variance()).isCloseTo(s.dev() - s.train(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(panel.focusLabel().getText()).isEqualTo("Focus: " + expected[i].title());
            assertThat(panel.ladder().diagnosis()).isSameAs(d);
        }
        robot.interact(() -> panel.ladder().paintNow());
    }

    @Test
    void theWorkedExamplesAreCaptionedAndNumberedSoNobodyReadsThemAsTheRunsVariants(FxRobot robot) {
        assertThat(robot.lookup("#bv-examples-caption").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Worked examples from the course").contains("not your runs");
        TableView<?> examples = robot.lookup("#bv-examples").queryAs(TableView.class);
        List<String> names = robot.lookup("#bv-examples .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null).map(r -> ((Scenario) r.getItem()).name()).toList();
        assertThat(names).containsExactly("Ex. 1", "Ex. 2", "Ex. 3", "Ex. 4");
        robot.clickOn(robot.lookup("#bv-examples .table-row-cell").nth(1).queryAs(TableRow.class));
        assertThat(examples.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(focusShown(robot)).isEqualTo("Focus: Reduce variance");
    }

    @Test
    void aRunOnAFewHundredPointsIsReadWithTheNoiseOfItsSetsAndANegativeBiasIsNone(FxRobot robot) {
        BiasVariancePanel panel = pane.biasVariance();
        // variant A after one untuned run: train 0.3 %, validation 2.0 %, test 7.0 % on 240 / 80 / 80 points
        dev.deepforward.engine.run.RunSummary summary = new dev.deepforward.engine.run.RunSummary("A", spiral(),
                dev.deepforward.engine.run.RunState.FINISHED, false, 500, 10, 10, 0.01, 0.997, 0.1, 0.98, 0.3, 0.93,
                null, null, "direct", 240, 80, 80);
        robot.interact(() -> panel.event(new dev.deepforward.engine.run.StateChange("A",
                dev.deepforward.engine.run.RunState.FINISHED, 500, "", summary)));
        Diagnosis d = panel.diagnosis();
        assertThat(ErrorLadder.gapText(d, 0)).isEqualTo("avoidable bias: none");
        assertThat(ErrorLadder.gapNote(d, 0)).isEqualTo("(training below human level)");
        assertThat(ErrorLadder.gapText(d, 1)).isEqualTo("variance +1.7 pp");
        assertThat(ErrorLadder.gapNote(d, 1)).startsWith("within noise (±3.2 pp");
        assertThat(ErrorLadder.gapText(d, Diagnosis.DEV_TEST)).isEqualTo("dev → test +5.0 pp");
        assertThat(ErrorLadder.gapNote(d, Diagnosis.DEV_TEST)).isEqualTo("within noise (±6.5 pp)");
        assertThat(focusShown(robot)).isEqualTo("Focus: " + Focus.WITHIN_NOISE.title());
        String explanation = robot.lookup("#bv-explanation").queryAs(javafx.scene.control.Label.class).getText();
        assertThat(explanation).doesNotContain("may have been overfitted")
                .contains("within the noise of sets this size (±6.5 points): no sign that the development set has been overfitted")
                .contains("Measured on 240 training, 80 validation, 80 test examples");
        assertThat(remediesShown(robot)).containsExactly("Bigger development set");
        robot.interact(() -> panel.ladder().paintNow());

        // a variant's name is shown as it is; a design trained alone is "the run"
        assertThat(shownRun(robot))
                .isEqualTo("A");
        robot.interact(() -> panel.event(new dev.deepforward.engine.run.StateChange("",
                dev.deepforward.engine.run.RunState.FINISHED, 500, "", new dev.deepforward.engine.run.RunSummary("",
                        spiral(), dev.deepforward.engine.run.RunState.FINISHED, false, 500, 10, 10, 0.01, 0.997, 0.1,
                        0.98, 0.3, 0.93, null, null, "direct", 240, 80, 80))));
        robot.interact(() -> robot.lookup("#bv-runs").queryAs(javafx.scene.control.ComboBox.class).setValue(""));
        assertThat(shownRun(robot))
                .isEqualTo("the run");
        robot.interact(() -> robot.lookup("#bv-runs").queryAs(javafx.scene.control.ComboBox.class).setValue("A"));

        // the same errors on 100 times the points are beyond the noise: a development-set problem
        dev.deepforward.engine.run.RunSummary big = new dev.deepforward.engine.run.RunSummary("A", spiral(),
                dev.deepforward.engine.run.RunState.FINISHED, false, 500, 10, 10, 0.01, 0.997, 0.1, 0.98, 0.3, 0.93,
                null, null, "direct", 24_000, 8_000, 8_000);
        robot.interact(() -> panel.event(new dev.deepforward.engine.run.StateChange("A",
                dev.deepforward.engine.run.RunState.FINISHED, 500, "", big)));
        assertThat(focusShown(robot)).isEqualTo("Focus: Reduce variance");
        assertThat(robot.lookup("#bv-explanation").queryAs(javafx.scene.control.Label.class).getText())
                .contains("5.0 points above the validation error, more than the noise of sets this size")
                .contains("may have been overfitted");
    }

    /** The run the panel's run choice shows, as its converter writes it in the button. */
    @SuppressWarnings("unchecked")
    private static String shownRun(FxRobot robot) {
        javafx.scene.control.ComboBox<String> runs = robot.lookup("#bv-runs").queryAs(javafx.scene.control.ComboBox.class);
        return runs.getConverter().toString(runs.getValue());
    }

    /** Types a percentage into one of the panel's spinners as a user would, and commits it with Enter. */
    private static void typeInto(FxRobot robot, String spinner, String value) {
        robot.doubleClickOn(spinner + " .text-field").eraseText(6).write(value).type(javafx.scene.input.KeyCode.ENTER);
    }

    private static String focusShown(FxRobot robot) {
        return robot.lookup("#bv-focus").queryAs(javafx.scene.control.Label.class).getText();
    }

    private static List<String> remediesShown(FxRobot robot) {
        return robot.lookup("#bv-remedies").queryAs(javafx.scene.layout.FlowPane.class).getChildrenUnmodifiable()
                .stream().map(n -> ((javafx.scene.control.Button) n).getText()).toList();
    }

    @Test
    void theTrainDevRungSplitsVarianceFromDataMismatchAndThePanelShowsEachGapOnlyWhereItIsTheLargest(FxRobot robot) {
        BiasVariancePanel panel = pane.biasVariance();
        // the course's data-mismatch example D: training 1 %, train-dev 1.5 %, dev 10 %
        robot.clickOn(robot.lookup("#bv-examples .table-row-cell").nth(3).queryAs(TableRow.class));
        assertThat(robot.lookup("#bv-traindev-on").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(focusShown(robot)).isEqualTo("Focus: Reduce data mismatch");
        assertThat(robot.lookup("#bv-explanation").queryAs(javafx.scene.control.Label.class).getText())
                .contains("development data differ from the training data").contains("synthesize");
        assertThat(remediesShown(robot)).containsExactly("Synthesize dev-like data");
        assertThat(ErrorLadder.rungNames(panel.ladder().diagnosis())).containsExactly("Human-level", "Training",
                "Train-dev", "Dev");
        assertThat(panel.ladder().diagnosis().dataMismatch()).isCloseTo(0.085, org.assertj.core.data.Offset.offset(1e-9));
        robot.interact(() -> panel.ladder().paintNow());

        // a train-dev error far above training: variance, not mismatch
        typeInto(robot, "#bv-traindev", "9");
        assertThat(focusShown(robot)).isEqualTo("Focus: Reduce variance");
        assertThat(remediesShown(robot)).contains("Dropout", "L2 regularization").doesNotContain("Synthesize dev-like data");

        // a training error far above human level on the same ladder: avoidable bias
        typeInto(robot, "#bv-train", "8");
        typeInto(robot, "#bv-traindev", "8.5");
        assertThat(focusShown(robot)).isEqualTo("Focus: Reduce avoidable bias");
        assertThat(remediesShown(robot)).contains("Bigger model").doesNotContain("Synthesize dev-like data", "Dropout");

        // back to D's numbers, then without a train-dev set the same jump can only read as variance
        typeInto(robot, "#bv-train", "1");
        typeInto(robot, "#bv-traindev", "1.5");
        assertThat(focusShown(robot)).isEqualTo("Focus: Reduce data mismatch");
        robot.clickOn("#bv-traindev-on");
        assertThat(focusShown(robot)).isEqualTo("Focus: Reduce variance");
        assertThat(panel.diagnosis().hasTrainDev()).isFalse();
        assertThat(ErrorLadder.rungNames(panel.ladder().diagnosis())).containsExactly("Human-level", "Training",
                "Validation");
        assertThat(remediesShown(robot)).doesNotContain("Synthesize dev-like data");
    }

    @Test
    void theErrorFieldsShowTheirValuesWhole(FxRobot robot) {
        for (String id : List.of("#bv-human", "#bv-train", "#bv-dev", "#bv-test")) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Double> s = robot.lookup(id).queryAs(javafx.scene.control.Spinner.class);
            robot.interact(() -> s.getValueFactory().setValue(88.8));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.TextField editor = s.getEditor();
            assertThat(editor.getText()).isEqualTo("88.8");
            javafx.scene.text.Text shown = (javafx.scene.text.Text) editor.lookup(".text");
            double room = editor.getWidth() - editor.getInsets().getLeft() - editor.getInsets().getRight();
            assertThat(shown.getLayoutBounds().getWidth()).as("%s's text fits its field", id).isLessThanOrEqualTo(room);
        }
    }

    @Test
    void aRemedyButtonIsOneUndoableEdit(FxRobot robot) {
        robot.interact(() -> robot.lookup("#bv-examples").queryAs(TableView.class).getSelectionModel().select(0));
        assertThat(pane.biasVariance().diagnosis().remedies().get(0).title()).isEqualTo("Bigger model");
        robot.clickOn("#remedy-0");
        assertThat(doc.getSpec().network().hidden()).allSatisfy(l -> assertThat(l.units()).isEqualTo(32));
        robot.interact(doc::undo);
        assertThat(doc.getSpec()).isEqualTo(spiral());
        // "Tune hyperparameters" changes nothing and opens the search instead
        int tune = pane.biasVariance().diagnosis().remedies().indexOf(dev.deepforward.analysis.Remedy.TUNE);
        robot.clickOn("#remedy-" + tune);
        assertThat(pane.getSelectionModel().getSelectedItem()).isSameAs(pane.searchTab());
        assertThat(doc.getSpec()).isEqualTo(spiral());
    }

    @Test
    void aSmallGridSearchFillsTheTableAndItsBestAppliesToTheDesign(FxRobot robot) throws Exception {
        SearchPanel search = pane.search();
        robot.interact(() -> {
            pane.getSelectionModel().select(pane.searchTab());
            search.texts().get(SearchField.LEARNING_RATE).setText("0.001, 0.03");
            search.texts().get(SearchField.UNITS).setText("4, 24");
            search.gridButton().setSelected(true);
            search.iterationsSpinner().getValueFactory().setValue(50);
        });
        // What the window's status bar is given while the search runs (it may be over within a frame).
        List<String> activity = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> pane.activity().addListener((o, a, b) -> activity.add(b)));
        robot.clickOn("#search-start");
        within(120, () -> search.table().getItems().size() == 4);
        within(5, () -> pane.activity().get().isEmpty());
        within(5, () -> search.status().getText().startsWith("Finished all 4 runs: the best is #"));
        assertThat(search.status().getText()).doesNotContain("so far").doesNotContain("Done");
        // one number format per column: plain decimals, never "2.15e-03" beside "0.01727"
        TableColumn<Search.Result, ?> rate = search.table().getColumns().stream()
                .filter(c -> c.getText().equals("Learning rate")).findFirst().orElseThrow();
        assertThat(search.table().getItems()).extracting(r -> rate.getCellObservableValue(r).getValue())
                .extracting(SearchField::format).containsOnly("0.001", "0.03");
        assertThat(activity).startsWith("Hyperparameter search: 0 of 4 runs").contains("Hyperparameter search: 3 of 4 runs")
                .endsWith("");
        WaitForAsyncUtils.waitForFxEvents();
        Search.Result best = search.best();
        assertThat(best).isNotNull();
        assertThat(search.table().getItems()).allSatisfy(r ->
                assertThat(r.summary().validationAccuracy()).isLessThanOrEqualTo(best.summary().validationAccuracy()));
        // the best row is highlighted (and starred)
        assertThat(robot.lookup(".table-row-cell").queryAllAs(TableRow.class)).anySatisfy(row -> {
            assertThat(row.getItem()).isSameAs(best);
            assertThat(row.getStyle()).contains("#fff1c1");
        });
        assertThat(search.table().getColumns().get(0).getCellData(best)).asString().startsWith("★");
        // every column's header is shown whole ("Units", not "Units p…"; the time is "Time (s)", not "s")
        List<javafx.scene.control.Labeled> headers = robot.lookup("#search-table .column-header .label")
                .queryAllAs(javafx.scene.control.Labeled.class).stream().toList();
        assertThat(headers).extracting(javafx.scene.control.Labeled::getText)
                .contains("Units", "Learning rate", "Val. acc.", "Train acc.", "Time (s)");
        assertThat(headers).allSatisfy(h -> assertThat(h.lookupAll(".text")).isNotEmpty().allSatisfy(t ->
                assertThat(((javafx.scene.text.Text) t).getText()).as("header %s as drawn", h.getText()).isEqualTo(h.getText())));
        robot.interact(() -> {
            search.scatter().paintNow();
            search.parallel().paintNow();
        });
        robot.clickOn("#search-apply");
        RunSpec applied = doc.getSpec();
        assertThat(applied.training().learningRate())
                .isEqualTo(((Number) best.values().get("training.learningRate")).doubleValue());
        assertThat(applied.network().hidden()).allSatisfy(l -> assertThat(l.units())
                .isEqualTo(((Number) best.values().get("network.hidden[*].units")).intValue()));
        assertThat(applied.training().iterations()).as("the design keeps its training length").isEqualTo(500);
        robot.interact(doc::undo);
        assertThat(doc.getSpec()).isEqualTo(spiral());
    }

    @Test
    void theSearchDefaultsAreEightRunsOfAThousandIterationsAndTheIterationsFieldShowsItsLargestValue(FxRobot robot) {
        SearchPanel search = pane.search();
        robot.interact(() -> pane.getSelectionModel().select(pane.searchTab()));
        assertThat(robot.lookup("#search-budget").queryAs(javafx.scene.control.Spinner.class).getValue()).isEqualTo(8);
        javafx.scene.control.Spinner<?> its = robot.lookup("#search-iterations").queryAs(javafx.scene.control.Spinner.class);
        assertThat(its.getValue()).isEqualTo(1000);
        robot.doubleClickOn("#search-iterations .text-field").eraseText(8).write("100000")
                .type(javafx.scene.input.KeyCode.ENTER);
        assertThat(its.getValue()).isEqualTo(100_000);
        javafx.scene.control.TextField editor = its.getEditor();
        javafx.scene.text.Text shown = new javafx.scene.text.Text(editor.getText());
        shown.setFont(editor.getFont());
        assertThat(shown.getLayoutBounds().getWidth()).as("'%s' fits its field", editor.getText())
                .isLessThan(editor.getWidth() - editor.getPadding().getLeft() - editor.getPadding().getRight());
    }

    @Test
    void theSearchFormatsEveryValueOfAColumnAlike() {
        assertThat(List.of(0.01727, 0.00215, 0.1, 0.000123).stream().map(SearchField::format))
                .containsExactly("0.0173", "0.00215", "0.1", "0.000123");
        assertThat(SearchField.format(32.0)).isEqualTo("32");
    }

    @Test
    void aSearchWhoseEveryConfigurationStaysAtChanceSaysSoAndBlamesTheBaseInit(FxRobot robot) throws Exception {
        // Five sigmoid layers drawn from N(0, 0.01): the signal dies on the way in, whatever the learning rate.
        java.util.List<dev.deepforward.spec.LayerSpec> stuck = NetworkSpec.uniform(5, 16, Activation.SIGMOID).hidden()
                .stream().map(l -> l.withInit(dev.deepforward.spec.WeightInit.NORMAL, 0.01)).toList();
        SearchPanel search = pane.search();
        robot.interact(() -> {
            doc.replace(spiral().withNetwork(spiral().network().withHidden(stuck)), "stuck");
            pane.getSelectionModel().select(pane.searchTab());
            search.texts().get(SearchField.LEARNING_RATE).setText("0.001, 0.01");
            search.gridButton().setSelected(true);
            search.iterationsSpinner().getValueFactory().setValue(60);
        });
        robot.clickOn("#search-start");
        within(180, () -> search.status().getText().startsWith("Finished all"));
        assertThat(search.table().getItems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(search.status().getText())
                .contains("every configuration stayed at chance (50 %): the base network does not learn")
                .contains("its init is N(0, 0.01)");
    }

    @Test
    void theFrozenVariantKeepsItsTransferredLayer(FxRobot robot) throws Exception {
        TransferPanel transfer = pane.transfer();
        robot.interact(() -> {
            doc.replace(spiral().withNetwork(NetworkSpec.uniform(2, 32, Activation.RELU)), "small");
            transfer.sourceSamples().getValueFactory().setValue(800);
            transfer.sourceEpochs().getValueFactory().setValue(1);
            transfer.targetSamples().getValueFactory().setValue(200);
            transfer.targetEpochs().getValueFactory().setValue(2);
        });
        var pretrained = WaitForAsyncUtils.asyncFx(transfer::pretrain).get(60, TimeUnit.SECONDS);
        assertThat(pretrained.get(120, TimeUnit.SECONDS).hiddenLayerCount()).isEqualTo(2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> transfer.layers().getValueFactory().setValue(2));
        var outcome = WaitForAsyncUtils.asyncFx(transfer::train).get(60, TimeUnit.SECONDS).get(120, TimeUnit.SECONDS);
        assertThat(outcome.frozenKept()).isTrue();
        assertThat(outcome.summaries()).containsOnlyKeys(TransferWorkflow.VARIANTS);
        within(5, () -> transfer.result().getText().contains("The 2 frozen layers still hold"));
        assertThat(transfer.result().getText()).doesNotContain("(s)");
        within(5, () -> transfer.targetCurves().points("from scratch") == 2);
        // which set each number is from: the text the test set's, the curves and their legend the validation set's
        assertThat(transfer.result().getText()).startsWith("Test-set accuracy after training (").contains(" test examples");
        assertThat(transfer.targetCurves().title()).contains("validation accuracy");
    }

    @Test
    void aTransferWinWithinTheNoiseOfSeventyFiveTestPointsIsSaidToBeNoise() {
        java.util.Map<String, dev.deepforward.engine.run.RunSummary> runs = new java.util.LinkedHashMap<>();
        double[] test = {0.511, 0.933, 0.900};
        for (int i = 0; i < 3; i++) {
            String name = TransferWorkflow.VARIANTS.get(i);
            runs.put(name, new dev.deepforward.engine.run.RunSummary(name, spiral(),
                    dev.deepforward.engine.run.RunState.FINISHED, false, 100, 15, 15, 0.1, 1.0, 0.2, 0.9, 0.3, test[i],
                    null, null, "direct", 150, 75, 75));
        }
        String text = TransferPanel.describe(new TransferWorkflow.Outcome(runs, true), 1);
        assertThat(text).startsWith("Test-set accuracy after training (75 test examples, so one example is 1.3 points)")
                .contains("fine-tuned ahead of from scratch by 3.3 points: within the noise of this test set")
                .contains("fine-tuned ahead of frozen by 42.2 points: beyond the noise of this test set")
                .contains("The frozen layer still holds exactly the pretrained weights.");
    }

    @Test
    void aTieIsSaidToBeATieNotAWinByZeroPointsAndOneLayerIsSingular() {
        java.util.Map<String, dev.deepforward.engine.run.RunSummary> runs = new java.util.LinkedHashMap<>();
        double[] test = {0.511, 0.9, 0.9};
        for (int i = 0; i < 3; i++) {
            String name = TransferWorkflow.VARIANTS.get(i);
            runs.put(name, new dev.deepforward.engine.run.RunSummary(name, spiral(),
                    dev.deepforward.engine.run.RunState.FINISHED, false, 100, 15, 15, 0.1, 1.0, 0.2, 0.9, 0.3, test[i],
                    null, null, "direct", 150, 90, 90));
        }
        String text = TransferPanel.describe(new TransferWorkflow.Outcome(runs, true), 1);
        assertThat(text).doesNotContain("by 0.0 points").contains(" tie at 90.0 %: no difference this run can show.");
        assertThat(TransferPanel.layersWord(1, "hidden")).isEqualTo("1 hidden layer");
        assertThat(TransferPanel.layersWord(3, "hidden")).isEqualTo("3 hidden layers");
    }

    @Test
    void anArchitectureSearchDrawsAlphaPerLayerAndItsResultApplies(FxRobot robot) throws Exception {
        ArchitecturePanel nas = pane.architecture();
        robot.interact(() -> {
            pane.getSelectionModel().select(pane.architectureTab());
            nas.iterationsSpinner().getValueFactory().setValue(100);
            nas.start();
        });
        within(120, () -> nas.status().getText().startsWith("Derived") && nas.status().getText().contains("Retrained"));
        assertThat(nas.layerCharts()).hasSize(2).allSatisfy(c -> assertThat(c.size()).isGreaterThan(2));
        robot.interact(nas::applyDerived);
        assertThat(doc.getSpec()).isEqualTo(
                dev.deepforward.engine.nas.ArchitectureSearch.derive(spiral(), nas.derived()));
        if (doc.history().undoSize() > 0) { // all-ReLU may win, and an unchanged spec records no edit
            robot.interact(doc::undo);
        }
        assertThat(doc.getSpec()).isEqualTo(spiral());
    }
}
