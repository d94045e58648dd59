package dev.deepforward.ui.analysis;

import dev.deepforward.engine.nas.ArchitectureEvent;
import dev.deepforward.engine.nas.ArchitectureSearch;
import dev.deepforward.engine.nas.ArchitectureSearchResult;
import dev.deepforward.engine.nas.DerivedArchitecture;
import dev.deepforward.engine.nas.MixtureSnapshot;
import dev.deepforward.engine.nas.RetrainProgress;
import dev.deepforward.engine.run.RunSetupException;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.ArchitectureSearchSpec;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.SpecChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Architecture search (first-order DARTS) on the current design: every dense layer mixes the candidate
 * activations, α per layer is drawn over time as stacked areas (one small chart per layer), then the
 * derived architecture — each layer's strongest candidate — can be applied as one undoable edit.
 */
public final class ArchitecturePanel extends VBox {

    private final DesignDocument doc;
    private final Spinner<Integer> iterations = new Spinner<>(50, 100_000, 1500, 250);
    private final Button start = new Button("Search activations");
    private final Button cancel = new Button("Cancel");
    private final Button apply = new Button("Apply derived architecture");
    private final ProgressBar progress = new ProgressBar(0);
    private int searchGeneration;
    /** One line for the window's status bar while a search runs (empty otherwise). */
    private final javafx.beans.property.StringProperty activity = new javafx.beans.property.SimpleStringProperty("");
    private final Label status = new Label("Each dense layer mixes " + names(ArchitectureSearchSpec.defaults()
            .candidates()) + "; the search learns how much of each to use (α, shown as softmax(α)).");
    private final FlowPane charts = new FlowPane(8, 8);
    private final List<MixtureAreas> layers = new ArrayList<>();
    private ArchitectureSearch search;
    private List<Activation> derived;

    public ArchitecturePanel(DesignDocument doc) {
        this.doc = doc;
        setSpacing(6);
        setPadding(new Insets(8));
        iterations.setAccessibleText("Iterations");
        dev.deepforward.ui.NumberEntry.integers(iterations);
        iterations.setPrefWidth(90);
        start.setId("nas-start");
        apply.setId("nas-apply");
        cancel.setDisable(true);
        apply.setDisable(true);
        start.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());
        apply.setOnAction(e -> applyDerived());
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        progress.setPrefWidth(160);
        HBox bar = new HBox(6, start, new Label("iterations"), iterations, cancel, progress, apply);
        bar.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(bar, status, legend(), scroll);
    }

    /** The candidates' fixed colours by name, so the thin bands are identified too. */
    private static HBox legend() {
        HBox h = new HBox(10);
        h.setAlignment(Pos.CENTER_LEFT);
        for (Activation a : ArchitectureSearchSpec.defaults().candidates()) {
            javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(14, 10, MixtureAreas.colour(a));
            Label l = new Label(a.displayName(), swatch);
            h.getChildren().add(l);
        }
        return h;
    }

    private static String names(List<Activation> list) {
        return String.join(", ", list.stream().map(Activation::id).toList());
    }

    void start() {
        cancel();
        ArchitectureSearchSpec spec = ArchitectureSearchSpec.defaults().withIterations(iterations.getValue())
                .withPublishEvery(Math.max(1, iterations.getValue() / 60));
        try {
            // events come from the search thread: hand them to the FX thread
            // A cancelled search may still deliver events that were under way: only the current one counts.
            int generation = ++searchGeneration;
            search = new ArchitectureSearch(doc.getSpec(), spec, e -> Platform.runLater(() -> {
                if (generation == searchGeneration) {
                    event(e);
                }
            }));
        } catch (RunSetupException e) {
            status.setText(e.getMessage());
            return;
        }
        layers.clear();
        charts.getChildren().clear();
        for (int i = 0; i < doc.getSpec().network().hidden().size(); i++) {
            MixtureAreas a = new MixtureAreas(i);
            layers.add(a);
            charts.getChildren().add(a);
        }
        derived = null;
        apply.setDisable(true);
        start.setDisable(true);
        cancel.setDisable(false);
        status.setText("Searching…");
        activity.set("Architecture search: starting");
        search.start();
    }

    private void event(ArchitectureEvent e) {
        if (e instanceof MixtureSnapshot s) {
            for (MixtureAreas a : layers) {
                a.add(s);
            }
            progress.setProgress((double) s.iteration() / Math.max(1, s.totalIterations()));
            activity.set(String.format(Locale.ROOT, "Architecture search: %d %%",
                    100 * s.iteration() / Math.max(1, s.totalIterations())));
        } else if (e instanceof DerivedArchitecture d) {
            derived = d.activations();
            apply.setDisable(false);
            status.setText(String.format(Locale.ROOT, "Derived: %s (supernet validation accuracy %.1f %%). "
                    + "Retraining it from scratch…", names(derived), 100 * d.supernetValidationAccuracy()));
        } else if (e instanceof RetrainProgress r) {
            progress.setProgress((double) r.iteration() / Math.max(1, r.totalIterations()));
            activity.set(String.format(Locale.ROOT, "Architecture search: retraining %d %%",
                    100 * r.iteration() / Math.max(1, r.totalIterations())));
        } else if (e instanceof ArchitectureSearchResult r) {
            activity.set("");
            start.setDisable(false);
            cancel.setDisable(true);
            progress.setProgress(1);
            if (r.derivedSpec() == null) {
                status.setText("The search ended without a result: " + r.message());
            } else {
                status.setText(String.format(Locale.ROOT, "Derived: %s. Retrained from scratch: validation "
                        + "accuracy %.1f %%, test %.1f %%. Apply puts these activations in the design.",
                        names(r.activations()), r.retrain() == null ? Double.NaN : 100 * r.retrain().validationAccuracy(),
                        r.retrain() == null ? Double.NaN : 100 * r.retrain().testAccuracy()));
            }
        }
    }

    void applyDerived() {
        if (derived != null) {
            List<Activation> kept = derived;
            doc.apply(SpecChange.of("Apply searched activations", s -> ArchitectureSearch.derive(s, kept)));
        }
    }

    public void cancel() {
        if (search != null) {
            searchGeneration++;
            search.cancel();
            search = null;
        }
        start.setDisable(false);
        cancel.setDisable(true);
        activity.set("");
    }

    /** "Architecture search: 40 %" while one runs, else empty: for the window's status bar. */
    public javafx.beans.property.ReadOnlyStringProperty activityProperty() {
        return activity;
    }

    public List<MixtureAreas> layerCharts() { return layers; }
    public Label status() { return status; }
    Spinner<Integer> iterationsSpinner() { return iterations; }
    public List<Activation> derived() { return derived; }
}
