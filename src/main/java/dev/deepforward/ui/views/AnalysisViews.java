package dev.deepforward.ui.views;

import dev.deepforward.data.Dataset;
import dev.deepforward.engine.run.Comparison;
import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.engine.run.LayerHistograms;
import dev.deepforward.engine.run.LayerWeights;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.engine.run.TestPredictions;
import dev.deepforward.engine.run.UnitOutputs;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.analysis.AnalysisPane;
import dev.deepforward.ui.chart.ChartTheme;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.engine.LayerStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.layout.VBox;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/**
 * The analysis views next to the training charts, as tabs (so they fit a 1280×800 screen):
 * <ul>
 *   <li><b>Training</b>: the existing charts, as they were;</li>
 *   <li><b>Layers</b>: saturated or dead units per layer over time, and weight/gradient histograms;</li>
 *   <li><b>Predictions</b>: for images a grid of test images with the network's answers, mistakes framed;
 *       for every classification the validation confusion matrix;</li>
 *   <li><b>Neurons</b> (2-D data): each hidden unit's output over the input plane.</li>
 * </ul>
 * In a comparison, Layers and Neurons show the variant chosen in their "Variant shown:" pickers (one shared
 * choice; every variant's pictures are kept, so a switch shows the chosen one's course so far); Predictions
 * and the designer's link weights follow the first variant.
 * It also colours the designer's links with live weights on small networks.
 *
 * <p>Views cost training time (each is a pass on the training thread), so only what is on screen is
 * requested, a few times a second, and only when training has moved since the last request.
 */
public final class AnalysisViews implements RunViews {

    /** Networks up to this size get live link weights in the designer (a copy costs little). */
    static final long LIVE_WEIGHTS_MAX_PARAMETERS = 50_000;
    static final int PREDICTION_COUNT = 24;
    static final int UNIT_RESOLUTION = 28;

    private final DesignDocument doc;
    private final Consumer<float[][][]> weightsSink;
    private final TabPane tabs = new TabPane();
    private final Tab training;
    private final Tab layers;
    private final Tab predictions;
    private final Tab neurons;
    private final Tab analysisTab;
    private final AnalysisPane analysis;
    private final LayerHealth health = new LayerHealth();
    private final HistogramPanel histograms = new HistogramPanel();
    private final PredictionGrid grid = new PredictionGrid();
    private final ConfusionMatrixView confusion = new ConfusionMatrixView();
    private final UnitThumbnails units = new UnitThumbnails();
    private final ColumnConstraints gridColumn = new ColumnConstraints();
    private final ColumnConstraints confusionColumn = new ColumnConstraints();
    private final RequestClock histogramClock = new RequestClock(500_000_000L);
    private final RequestClock predictionClock = new RequestClock(250_000_000L);
    private final RequestClock unitClock = new RequestClock(250_000_000L);
    private final RequestClock weightClock = new RequestClock(200_000_000L);
    /** The first variant to report: Predictions and the designer's live weights follow it. */
    private String variant;
    /** Which variant Layers and Neurons show (0 = A), chosen in their {@link VariantPicker}s. */
    private final IntegerProperty shown = new SimpleIntegerProperty(0);
    private final VariantPicker layersPicker = new VariantPicker("layers", shown);
    private final VariantPicker neuronsPicker = new VariantPicker("neurons", shown);
    /** The current run's variants (names and specs), learnt from the run in {@link #frame}. */
    private Comparison run;
    private List<String> names = List.of();
    private List<RunSpec> specs = List.of();
    /** Per variant: its dead/saturated probes so far, its latest histograms and unit outputs. */
    private final Map<String, HealthHistory> healthOf = new HashMap<>();
    private final Map<String, LayerHistograms> histogramsOf = new HashMap<>();
    private final Map<String, UnitOutputs> unitsOf = new HashMap<>();
    private long iteration;
    private List<String> classNames = List.of();

    /**
     * @param trainingCharts the charts shown in the first tab
     * @param weightsSink    where live link weights go ({@code DesignerCanvas::showWeights}); null clears
     */
    public AnalysisViews(DesignDocument doc, Node trainingCharts, Consumer<float[][][]> weightsSink) {
        this.doc = doc;
        this.weightsSink = weightsSink;
        tabs.setId("views-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        training = tab("Training", "tab-training", trainingCharts, "Loss, accuracy and every layer's gradient.");
        layers = tab("Layers", "tab-layers", layersPane(),
                "Saturated or dead units per layer; weight and gradient histograms.");
        predictions = tab("Predictions", "tab-predictions", predictionsPane(),
                "What the network answers: test images (image data) and the confusion matrix.");
        neurons = tab("Neurons", "tab-neurons", withPicker(neuronsPicker, grow(units)),
                "2-D data: what each hidden unit responds to over the input plane.");
        analysis = new AnalysisPane(doc);
        analysisTab = tab("Analysis", "tab-analysis", analysis,
                "What to do next: bias/variance diagnosis, hyperparameter search, transfer learning.");
        tabs.getTabs().addAll(training, layers, predictions, neurons, analysisTab);
        doc.revisionProperty().addListener((o, a, b) -> layoutFor(doc.getSpec()));
        layoutFor(doc.getSpec());
        health.setNetwork(doc.getSpec().network());
        shown.addListener((o, a, b) -> showChosen());
        String start = System.getProperty("deepforward.ui.tab", "");
        tabs.getTabs().stream().filter(t -> t.getText().equalsIgnoreCase(start)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /**
     * A tab whose content joins the scene only when the tab is first shown. The views exist (and follow
     * the run) from the start; what waits is styling and skinning them, which cost 0.3 s of the window's
     * start-up for tabs nobody had opened yet (measured: window shown at 2.1 s with the analysis tools in
     * the scene, 1.75–1.8 s without).
     */
    private static Tab tab(String name, String id, Node content, String tip) {
        Tab t = new Tab(name);
        t.setId(id);
        t.setTooltip(new Tooltip(tip));
        if (t.isSelected()) {
            t.setContent(content);
        } else {
            t.setContent(new javafx.scene.layout.Pane());
            t.selectedProperty().addListener((o, was, now) -> {
                if (now && t.getContent() != content) {
                    t.setContent(content);
                }
            });
        }
        return t;
    }

    /** A per-variant view under its variant picker (the picker shows only in a comparison). */
    private static Node withPicker(VariantPicker picker, Region view) {
        VBox box = new VBox(picker, view);
        VBox.setVgrow(view, Priority.ALWAYS);
        box.setMinSize(0, 0);
        return box;
    }

    private Node layersPane() {
        GridPane p = new GridPane();
        p.setHgap(10);
        p.add(grow(health), 0, 0);
        p.add(grow(histograms), 1, 0);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        p.getColumnConstraints().addAll(half, half);
        p.getRowConstraints().add(fullRow());
        p.setMinSize(0, 0);
        VBox box = (VBox) withPicker(layersPicker, p);
        box.setStyle("-fx-padding: 6;");
        return box;
    }

    private Node predictionsPane() {
        GridPane p = new GridPane();
        p.setHgap(10);
        p.add(grow(grid), 0, 0);
        p.add(grow(confusion), 1, 0);
        p.getColumnConstraints().addAll(gridColumn, confusionColumn);
        p.getRowConstraints().add(fullRow());
        p.setStyle("-fx-padding: 6;");
        return p;
    }

    private static RowConstraints fullRow() {
        RowConstraints r = new RowConstraints();
        r.setPercentHeight(100);
        r.setVgrow(Priority.ALWAYS);
        return r;
    }

    private static <T extends Region> T grow(T r) {
        r.setMinSize(0, 0);
        r.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        GridPane.setHgrow(r, Priority.ALWAYS);
        GridPane.setVgrow(r, Priority.ALWAYS);
        return r;
    }

    /** Which views the data has: the image grid for images, the neurons tab for the plane. */
    private void layoutFor(RunSpec spec) {
        DataSpec d = spec.data();
        DataKind kind = DataKind.of(d);
        boolean images = kind == DataKind.IMAGES;
        grid.setVisible(images);
        grid.setManaged(images);
        gridColumn.setPercentWidth(images ? 58 : 0);
        confusionColumn.setPercentWidth(images ? 42 : 100);
        boolean plane = kind == DataKind.PLANE && !spec.network().hidden().isEmpty();
        neurons.setDisable(!plane);
        if (!plane && tabs.getSelectionModel().getSelectedItem() == neurons) {
            tabs.getSelectionModel().select(training);
        }
    }

    // ---- from the run --------------------------------------------------------------------------

    @Override
    public void clear() {
        variant = null;
        run = null;
        healthOf.clear();
        histogramsOf.clear();
        unitsOf.clear();
        analysis.clearRuns();
        iteration = 0;
        health.setNetwork(doc.getSpec().network());
        health.clear();
        histograms.clear();
        grid.clear();
        confusion.clear();
        units.clear();
        for (RequestClock c : new RequestClock[] {histogramClock, predictionClock, unitClock, weightClock}) {
            c.reset();
        }
        weightsSink.accept(null);
    }

    @Override
    public void event(RunEvent e) {
        analysis.event(e); // the bias/variance panel reads every variant's errors
        if (variant == null) {
            variant = e.variant();
        }
        // Layers and Neurons keep every variant's pictures and show the chosen one.
        boolean chosen = e.variant().equals(shownName());
        if (e instanceof IterationMetrics m && m.layers() != null) {
            healthOf.computeIfAbsent(e.variant(), k -> new HealthHistory()).add(m.iteration(), m.layers());
            if (chosen) {
                health.add(m.iteration(), m.layers());
            }
        } else if (e instanceof LayerHistograms h) {
            histogramsOf.put(e.variant(), h);
            if (chosen) {
                histograms.setHistograms(h);
            }
        } else if (e instanceof UnitOutputs u) {
            unitsOf.put(e.variant(), u);
            if (chosen) {
                units.setOutputs(u);
            }
        }
        // The other views follow the first variant.
        if (!variant.equals(e.variant())) {
            return;
        }
        if (e instanceof IterationMetrics m) {
            iteration = m.iteration();
        } else if (e instanceof EpochMetrics m) {
            if (m.confusion().length > 0) {
                confusion.setModel(new ConfusionModel(m.confusion(), classNames, m.epoch()));
            }
        } else if (e instanceof TestPredictions p) {
            grid.setPredictions(p);
            classNames = p.classNames();
        } else if (e instanceof LayerWeights w) {
            weightsSink.accept(w.weights());
        }
    }

    @Override
    public void frame(Comparison run, boolean running, long now) {
        if (run != this.run) {
            learnVariants(run);
        }
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        DataKind kind = DataKind.of(run.baseSpec().data());
        if (shown == layers && histogramClock.due(now, iteration)) {
            run.requestHistograms();
        }
        if (shown == predictions && kind == DataKind.IMAGES && predictionClock.due(now, iteration)) {
            run.requestTestPredictions(PREDICTION_COUNT);
        }
        if (shown == neurons && kind == DataKind.PLANE && unitClock.due(now, iteration)) {
            run.requestUnitOutputs(UNIT_RESOLUTION);
        }
        if (liveWeights(run.baseSpec()) && weightClock.due(now, iteration)) {
            run.requestWeights();
        }
    }

    /**
     * A new run (or the same comparison set up again): its variants label the pickers. The choice stays when
     * the variants are the same ones (a reset, a re-run); a different comparison, such as the next lesson
     * step's, starts again at A.
     */
    private void learnVariants(Comparison r) {
        this.run = r;
        List<String> now = List.copyOf(r.variantNames());
        boolean same = now.equals(names);
        names = now;
        specs = List.copyOf(r.specs());
        layersPicker.setVariants(names);
        neuronsPicker.setVariants(names);
        if (!same && shown.get() != 0) {
            shown.set(0); // shows A through the listener
        } else {
            showChosen();
        }
    }

    /** The name of the variant Layers and Neurons show; before the run is known, the first to report. */
    private String shownName() {
        int i = shown.get();
        if (i >= 0 && i < names.size()) {
            return names.get(i);
        }
        return variant == null ? "" : variant;
    }

    /** Redraws Layers and Neurons from the chosen variant's pictures so far. */
    private void showChosen() {
        int i = shown.get();
        health.setNetwork(i >= 0 && i < specs.size() ? specs.get(i).network() : doc.getSpec().network());
        health.clear();
        String name = shownName();
        HealthHistory h = healthOf.get(name);
        if (h != null) {
            h.replayInto(health);
        }
        LayerHistograms hist = histogramsOf.get(name);
        if (hist != null) {
            histograms.setHistograms(hist);
        } else {
            histograms.clear();
        }
        UnitOutputs u = unitsOf.get(name);
        if (u != null) {
            units.setOutputs(u);
        } else {
            units.clear();
        }
    }

    /**
     * One variant's dead/saturated probes, to redraw its chart when it is chosen. Past {@link #MAX} probes
     * every other one is dropped (the chart shows the course, not every iteration).
     */
    private static final class HealthHistory {
        static final int MAX = 4096;
        private final List<Long> iterations = new ArrayList<>();
        private final List<LayerStats[]> probes = new ArrayList<>();
        private int stride = 1;
        private long seen;

        void add(long iteration, LayerStats[] layers) {
            if (seen++ % stride != 0) {
                return;
            }
            iterations.add(iteration);
            probes.add(layers);
            if (probes.size() > MAX) {
                for (int k = probes.size() - 1; k > 0; k -= 2) {
                    iterations.remove(k);
                    probes.remove(k);
                }
                stride *= 2;
            }
        }

        void replayInto(LayerHealth health) {
            for (int k = 0; k < probes.size(); k++) {
                health.add(iterations.get(k), probes.get(k));
            }
        }
    }

    /** Whether the designer can show this network's weights: some neighbouring columns drawn as neurons. */
    private boolean liveWeights(RunSpec spec) {
        if (doc.parameterCount() > LIVE_WEIGHTS_MAX_PARAMETERS) {
            return false;
        }
        int previous = doc.getInputs();
        int limit = 16; // NetworkPainter.MAX_DRAWN_UNITS: wider columns are bars without links of their own
        for (LayerSpec l : spec.network().hidden()) {
            if (previous <= limit && l.units() <= limit) {
                return true;
            }
            previous = l.units();
        }
        return previous <= limit && doc.getOutputs() <= limit;
    }

    // ---- from the window -----------------------------------------------------------------------

    /** The loaded dataset (from the data panel): its class names label the confusion matrix. */
    public void setDataset(Dataset d) {
        if (d != null && d.task() == dev.deepforward.data.Task.CLASSIFICATION) {
            classNames = d.classNames();
        }
    }

    public void setTheme(ChartTheme theme) {
        health.setTheme(theme);
        histograms.setTheme(theme);
        grid.setTheme(theme);
        confusion.setTheme(theme);
        units.setTheme(theme);
    }

    public TabPane node() { return tabs; }
    public LayerHealth health() { return health; }
    public HistogramPanel histograms() { return histograms; }
    public PredictionGrid predictionGrid() { return grid; }
    public ConfusionMatrixView confusion() { return confusion; }
    public UnitThumbnails units() { return units; }
    public Tab layersTab() { return layers; }
    public Tab predictionsTab() { return predictions; }
    public Tab neuronsTab() { return neurons; }
    public Tab analysisTab() { return analysisTab; }
    /** Which variant Layers and Neurons show, 0 = A. */
    public IntegerProperty shownVariantProperty() { return shown; }
    public AnalysisPane analysis() { return analysis; }

    /** Brings the Training tab (the charts) forward: a lesson step or demo that is set up is watched there. */
    public void showTraining() {
        tabs.getSelectionModel().select(training);
    }

    /** Brings the Analysis tab forward (a click on the status bar's background-work text). */
    public void showAnalysis() {
        tabs.getSelectionModel().select(analysisTab);
    }
}
