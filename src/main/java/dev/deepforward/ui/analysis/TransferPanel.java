package dev.deepforward.ui.analysis;

import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.TrainedWeights;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.Numbers;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A guided transfer-learning experiment on the current design's hidden layers: (1) pretrain on digits
 * 0–4, (2) choose how many lower layers to reuse, (3) train digits 5–9 from a few hundred examples three
 * ways side by side — those layers frozen, fine-tuned, and from scratch — with their curves and final
 * test accuracies. The designer marks frozen layers with a "frozen" badge on their cards.
 */
public final class TransferPanel extends VBox {

    private final DesignDocument doc;
    private final TransferWorkflow workflow = new TransferWorkflow();
    private final Spinner<Integer> sourceSamples = new Spinner<>(200, 10_000, 3000, 500);
    private final Spinner<Integer> sourceEpochs = new Spinner<>(1, 50, 3);
    private final Spinner<Integer> layers = new Spinner<>(1, 32, 1);
    private final Spinner<Integer> targetSamples = new Spinner<>(50, 5000, 300, 50);
    private final Spinner<Integer> targetEpochs = new Spinner<>(1, 100, 15);
    private final Button pretrain = new Button("1 · Pretrain on digits 0–4");
    private final Button train = new Button("3 · Train digits 5–9 three ways");
    private final Label sourceStatus = new Label("Not pretrained yet.");
    private final Label result = new Label();
    private final EpochCurves sourceCurve = new EpochCurves("Source task: digits 0–4 · validation accuracy per epoch");
    private final EpochCurves targetCurves = new EpochCurves("Target task: digits 5–9 · validation accuracy per epoch"
            + " (legend: the last epoch's)");
    private TrainedWeights pretrained;
    private CompletableFuture<TransferWorkflow.Outcome> outcome;
    /** One line for the window's status bar while the workflow trains (empty otherwise). */
    private final javafx.beans.property.StringProperty activity = new javafx.beans.property.SimpleStringProperty("");

    public TransferPanel(DesignDocument doc) {
        this.doc = doc;
        setSpacing(8);
        setPadding(new Insets(8));
        for (Spinner<Integer> s : java.util.List.of(sourceSamples, sourceEpochs, layers, targetSamples, targetEpochs)) {
            dev.deepforward.ui.NumberEntry.integers(s);
            s.setPrefWidth(90);
        }
        sourceSamples.setAccessibleText("Source samples");
        sourceEpochs.setAccessibleText("Source epochs");
        layers.setAccessibleText("Layers to transfer");
        targetSamples.setAccessibleText("Target samples");
        targetEpochs.setAccessibleText("Target epochs");
        pretrain.setId("transfer-pretrain");
        train.setId("transfer-train");
        layers.setId("transfer-layers");
        sourceSamples.setId("transfer-source-samples");
        sourceEpochs.setId("transfer-source-epochs");
        targetSamples.setId("transfer-target-samples");
        targetEpochs.setId("transfer-target-epochs");
        result.setId("transfer-result");
        result.setWrapText(true);
        train.setDisable(true);
        pretrain.setOnAction(e -> pretrain());
        train.setOnAction(e -> train());
        HBox step1 = row(pretrain, new Label("examples"), sourceSamples, new Label("epochs"), sourceEpochs, sourceStatus);
        HBox step2 = row(new Label("2 · Reuse the lowest"), layers, new Label("hidden layers (the output layer is always new)"));
        HBox step3 = row(train, new Label("examples"), targetSamples, new Label("epochs"), targetEpochs);
        Label why = new Label("Transfer helps when the source task has much more, and more varied, data than the target"
                + " and features the target needs; a small source of five digits may not beat a fresh start at all"
                + " (lesson 12 measures it on five seeds). Frozen layers keep the pretrained weights; fine-tuning starts"
                + " from them and keeps learning; from scratch starts from random weights (its own run, so it never"
                + " receives the transferred layers).");
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap rather than cut to "…"
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox curves = new HBox(8, sourceCurve, targetCurves);
        HBox.setHgrow(sourceCurve, Priority.ALWAYS);
        HBox.setHgrow(targetCurves, Priority.ALWAYS);
        sourceCurve.setPrefWidth(300);
        VBox.setVgrow(curves, Priority.ALWAYS);
        getChildren().addAll(step1, step2, step3, result, why, curves);
    }

    /** What the workflow is training now, else empty: for the window's status bar. */
    public javafx.beans.property.ReadOnlyStringProperty activityProperty() {
        return activity;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox h = new HBox(6, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    /** Step 1 on the design's hidden layers, on the source classes. */
    public CompletableFuture<TrainedWeights> pretrain() {
        RunSpec source = TransferWorkflow.task(doc.getSpec(), TransferWorkflow.SOURCE_CLASSES,
                sourceSamples.getValue(), sourceEpochs.getValue());
        sourceCurve.clear();
        pretrain.setDisable(true);
        train.setDisable(true);
        sourceStatus.setText("Pretraining…");
        activity.set("Transfer: pretraining the source network");
        CompletableFuture<TrainedWeights> f = workflow.pretrain(source,
                (name, m) -> Platform.runLater(() -> sourceCurve.add("source", m.epoch(), m.validationAccuracy())));
        f.whenComplete((w, err) -> Platform.runLater(() -> {
            activity.set("");
            pretrain.setDisable(false);
            if (err != null) {
                sourceStatus.setText("Pretraining failed: " + err.getMessage());
                return;
            }
            pretrained = w;
            layers.getValueFactory().setValue(Math.min(layers.getValue(), w.hiddenLayerCount()));
            ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) layers.getValueFactory())
                    .setMax(Math.max(1, w.hiddenLayerCount()));
            sourceStatus.setText("Pretrained: " + layersWord(w.hiddenLayerCount(), "hidden") + " to reuse.");
            train.setDisable(false);
        }));
        return f;
    }

    /** Step 3: the three variants side by side. */
    public CompletableFuture<TransferWorkflow.Outcome> train() {
        if (pretrained == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("pretrain first"));
        }
        RunSpec target = TransferWorkflow.task(doc.getSpec(), TransferWorkflow.TARGET_CLASSES,
                targetSamples.getValue(), targetEpochs.getValue());
        targetCurves.clear();
        targetCurves.declare(TransferWorkflow.VARIANTS); // frozen, fine-tuned, scratch always styled alike
        train.setDisable(true);
        result.setText("Training the three variants…");
        activity.set("Transfer: training frozen, fine-tuned and from scratch");
        int k = layers.getValue();
        outcome = workflow.transfer(target, pretrained, k, (name, m) -> record(name, m));
        outcome.whenComplete((o, err) -> Platform.runLater(() -> {
            activity.set("");
            train.setDisable(false);
            result.setText(err != null ? "Training failed: " + err.getMessage() : describe(o, k));
        }));
        return outcome;
    }

    private void record(String name, EpochMetrics m) {
        Platform.runLater(() -> targetCurves.add(name, m.epoch(), m.validationAccuracy()));
    }

    /**
     * The three runs' accuracies on the test set (the curves and their legend are the validation set's, per
     * epoch), then how the best compares with each other run: a difference within the noise of the test set's
     * size (two standard errors of the difference) is said to be one.
     */
    static String describe(TransferWorkflow.Outcome o, int layers) {
        Map<String, RunSummary> runs = o.summaries();
        int n = runs.values().stream().mapToInt(RunSummary::testSize).max().orElse(0);
        StringBuilder sb = new StringBuilder("Test-set accuracy after training" + (n > 0
                ? String.format(" (%s test examples, so one example is %.1f points)", Numbers.grouped(n), 100.0 / n)
                : "") + " — ");
        for (Map.Entry<String, RunSummary> e : runs.entrySet()) {
            sb.append(String.format("%s: %.1f %%   ", e.getKey(), 100 * e.getValue().testAccuracy()));
        }
        Map.Entry<String, RunSummary> best = runs.entrySet().stream()
                .filter(e -> !Double.isNaN(e.getValue().testAccuracy()))
                .max(java.util.Comparator.comparingDouble(e -> e.getValue().testAccuracy())).orElse(null);
        if (best != null && n > 0) {
            double b = best.getValue().testAccuracy();
            for (Map.Entry<String, RunSummary> e : runs.entrySet()) {
                double a = e.getValue().testAccuracy();
                if (e.getKey().equals(best.getKey()) || Double.isNaN(a)) {
                    continue;
                }
                double noise = dev.deepforward.analysis.Diagnosis.noise(1 - b, size(best.getValue(), n), 1 - a,
                        size(e.getValue(), n));
                double gap = b - a;
                if (Math.round(1000 * gap) == 0) { // "ahead by 0.0 points" says nothing: they tie
                    sb.append(String.format("%n%s and %s tie at %.1f %%: no difference this run can show.",
                            best.getKey(), e.getKey(), 100 * b));
                    continue;
                }
                sb.append(String.format("%n%s ahead of %s by %.1f points: %s (noise ±%.1f points).", best.getKey(),
                        e.getKey(), 100 * gap, gap < noise ? "within the noise of this test set, not a difference"
                                + " this run can show" : "beyond the noise of this test set", 100 * noise));
            }
        }
        sb.append(o.frozenKept() ? "\n" + (layers == 1 ? "The frozen layer still holds" : "The " + layers + " frozen layers still hold")
                + " exactly the pretrained weights."
                : "\nWarning: a frozen layer's weights changed.");
        return sb.toString();
    }

    /** "1 hidden layer", "3 hidden layers". */
    static String layersWord(int n, String kind) {
        return n + " " + kind + (n == 1 ? " layer" : " layers");
    }

    private static int size(RunSummary s, int otherwise) {
        return s.testSize() > 0 ? s.testSize() : otherwise;
    }

    public void dispose() {
        workflow.close();
    }

    public Label result() { return result; }
    public EpochCurves targetCurves() { return targetCurves; }
    Spinner<Integer> sourceSamples() { return sourceSamples; }
    Spinner<Integer> sourceEpochs() { return sourceEpochs; }
    Spinner<Integer> targetSamples() { return targetSamples; }
    Spinner<Integer> targetEpochs() { return targetEpochs; }
    Spinner<Integer> layers() { return layers; }
}
