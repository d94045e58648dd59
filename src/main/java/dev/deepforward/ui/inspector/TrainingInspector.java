package dev.deepforward.ui.inspector;

import dev.deepforward.spec.ClippingMode;
import dev.deepforward.spec.ClippingSpec;
import dev.deepforward.spec.EarlyStoppingSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.ScheduleKind;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.SpecChange;
import dev.deepforward.ui.model.TrainingEdits;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/** Edits how the network is trained (the run spec's {@code training}); each change is one undoable edit. */
public final class TrainingInspector extends VBox {

    private final DesignDocument doc;
    private final Controls.Guard guard = new Controls.Guard();
    private final ComboBox<Loss> loss = Controls.choices("loss-combo", Loss.values());
    private final ComboBox<Optimizer> optimizer = Controls.choices("optimizer-combo", Optimizer.values());
    private final LogSlider learningRate = new LogSlider("lr-slider", "Learning rate", 1e-5, 10, TrainingSpec.MAX_LEARNING_RATE);
    private final ComboBox<ScheduleKind> schedule = Controls.choices("schedule-combo", ScheduleKind.values());
    private final Spinner<Integer> batch = Controls.ints("batch-spinner", 1, TrainingSpec.MAX_BATCH, 1);
    private final Spinner<Integer> epochs = Controls.ints("epochs-spinner", 1, TrainingSpec.MAX_EPOCHS, 1);
    private final Spinner<Double> l1 = Controls.doubles("l1-spinner", 0, TrainingSpec.MAX_PENALTY, 0.0001);
    private final Spinner<Double> l2 = Controls.doubles("l2-spinner", 0, TrainingSpec.MAX_PENALTY, 0.0001);
    private final ComboBox<ClippingMode> clipping = Controls.choices("clip-combo", ClippingMode.values());
    private final Spinner<Double> clipThreshold = Controls.positive("clip-spinner", ClippingSpec.MAX_THRESHOLD);
    private final Spinner<Double> smoothing = Controls.doubles("smoothing-spinner", 0, TrainingSpec.MAX_LABEL_SMOOTHING, 0.05);
    private final ToggleSwitch early = new ToggleSwitch();
    private final Spinner<Integer> patience = Controls.ints("patience-spinner", 1, EarlyStoppingSpec.MAX_PATIENCE, 1);
    /** What really ends the run when the spec counts iterations (the Epochs field then shows where that is). */
    private final Label stopsAt = new Label();
    private final Form.Row stopsAtRow;
    private final Form.Row thresholdRow;
    private final Form.Row patienceRow;

    public TrainingInspector(DesignDocument doc) {
        this.doc = doc;
        setId("training-inspector");
        getStyleClass().add("inspector-section");
        setSpacing(8);
        Label title = new Label("Training");
        title.getStyleClass().add("section-title");
        early.setId("early-switch");

        Form form = new Form();
        form.row("Loss", loss, "The cost the network minimizes.");
        form.row("Optimizer", optimizer, "The rule that turns gradients into updates.");
        form.row("Learning rate", learningRate, "The step size η; the slider moves in decades, the field takes any value above 0 and at most " + dev.deepforward.ui.model.Numbers.compact(TrainingSpec.MAX_LEARNING_RATE) + ".");
        form.row("Schedule", schedule, "How η changes during the run.");
        form.row("Batch size", batch, "Examples per minibatch.");
        form.row("Epochs", epochs, "Passes over the training set.");
        stopsAt.setId("stops-at");
        stopsAt.setWrapText(true);
        stopsAt.getStyleClass().add("form-note");
        stopsAtRow = form.row("Stops at", stopsAt, "This design counts iterations, not epochs: the run ends after this"
                + " many minibatch steps. Changing Epochs makes it count whole epochs instead.");
        form.row("L1 λ₁", l1, "Adds (λ₁/m)·Σ|W| (m = minibatch size, weights only): pushes weights to exactly zero.");
        form.row("L2 λ₂", l2, "Adds (λ₂/2m)·ΣW² (m = minibatch size, weights only): keeps weights small; with SGD it is weight decay.");
        form.row("Clipping", clipping, "Limit gradients before the update (the cure for exploding gradients).");
        thresholdRow = form.row("Clip at", clipThreshold, "The largest allowed component or norm.");
        form.row("Smoothing ε", smoothing, "ε: targets become (1 − ε)·y + ε/K: 1 − ε + ε/K for the true class, ε/K for the others.");
        form.row("Early stopping", early, "Stop when the validation loss stops improving.");
        patienceRow = form.row("Patience", patience, "Epochs without improvement before stopping.");
        getChildren().addAll(title, form);

        edit(loss.valueProperty(), TrainingEdits::setLoss);
        edit(optimizer.valueProperty(), TrainingEdits::setOptimizer);
        learningRate.setOnCommit(v -> doc.apply(TrainingEdits.setLearningRate(v)));
        edit(schedule.valueProperty(), TrainingEdits::setSchedule);
        edit(batch.valueProperty(), TrainingEdits::setBatchSize);
        edit(epochs.valueProperty(), TrainingEdits::setEpochs);
        edit(l1.valueProperty(), TrainingEdits::setL1);
        edit(l2.valueProperty(), TrainingEdits::setL2);
        edit(clipping.valueProperty(), TrainingEdits::setClippingMode);
        edit(clipThreshold.valueProperty(), TrainingEdits::setClippingThreshold);
        edit(smoothing.valueProperty(), TrainingEdits::setLabelSmoothing);
        edit(early.selectedProperty(), TrainingEdits::setEarlyStopping);
        edit(patience.valueProperty(), TrainingEdits::setPatience);

        doc.revisionProperty().addListener((o, a, b) -> refresh());
        doc.dataReadProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The epoch (1-based) the run's last iteration falls in: minibatches per epoch as the trainer counts them. */
    private int stoppingEpoch(TrainingSpec t) {
        long train = doc.trainingExamples();
        long batch = Math.max(1, Math.min(t.batchSize(), train));
        long perEpoch = (train + batch - 1) / batch;
        return (int) Math.min(TrainingSpec.MAX_EPOCHS, Math.max(1, (t.iterations() + perEpoch - 1) / perEpoch));
    }

    /** "1,000 iterations (in epoch 84)"; "about" while the data set's size is estimated, not read. */
    static String stopsAtText(int iterations, int epoch, boolean known) {
        return String.format(java.util.Locale.ROOT, "%,d iterations (%sepoch %,d)", iterations,
                known ? "in " : "about ", epoch);
    }

    private <T> void edit(ObservableValue<T> value, Function<T, SpecChange> change) {
        Controls.onUserChange(value, guard, v -> doc.apply(change.apply(v)));
    }

    private void refresh() {
        TrainingSpec t = doc.getSpec().training();
        guard.run(() -> {
            loss.setValue(t.loss());
            optimizer.setValue(t.optimizer().kind());
            learningRate.set(t.learningRate());
            schedule.setValue(t.schedule().kind());
            batch.getValueFactory().setValue(t.batchSize());
            epochs.getValueFactory().setValue(t.iterations() > 0 ? stoppingEpoch(t) : Math.max(1, t.epochs()));
            l1.getValueFactory().setValue(t.l1());
            l2.getValueFactory().setValue(t.l2());
            clipping.setValue(t.clipping().mode());
            clipThreshold.getValueFactory().setValue(t.clipping().threshold());
            smoothing.getValueFactory().setValue(t.labelSmoothing());
            early.setSelected(t.earlyStopping().enabled());
            patience.getValueFactory().setValue(t.earlyStopping().patience());
        });
        stopsAtRow.show(t.iterations() > 0);
        if (t.iterations() > 0) {
            stopsAt.setText(stopsAtText(t.iterations(), stoppingEpoch(t), doc.trainingExamplesKnown()));
        }
        thresholdRow.show(t.clipping().mode() != ClippingMode.NONE);
        patienceRow.show(t.earlyStopping().enabled());
    }
}
