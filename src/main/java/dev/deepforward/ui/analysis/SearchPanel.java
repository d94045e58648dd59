package dev.deepforward.ui.analysis;

import dev.deepforward.engine.run.RunSetupException;
import dev.deepforward.engine.run.Search;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SearchDimension;
import dev.deepforward.spec.SearchSpace;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.SpecChange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Grid or random search over a few hyperparameters of the current design, run in the background: a live
 * results table (sortable, best row marked ★ and highlighted), validation accuracy against each
 * hyperparameter and a parallel-coordinates view of every run. "Apply this configuration" sets the
 * chosen run's hyperparameter values on the design as one undoable edit; the design keeps its own
 * training length, since the search's short runs are only there to rank configurations.
 */
public final class SearchPanel extends BorderPane {

    static final String WHY_RANDOM = "Why random beats grid: usually only one or two hyperparameters matter "
            + "(often the learning rate). A 5×5 grid spends 25 runs yet tries only 5 learning rates; 25 random "
            + "draws try 25 different learning rates (and 25 of everything else), so the one that matters is "
            + "explored far more finely. Search coarse to fine, and draw rates and λ on a log scale.";

    private final DesignDocument doc;
    private final Map<SearchField, CheckBox> chosen = new EnumMap<>(SearchField.class);
    private final Map<SearchField, TextField> texts = new EnumMap<>(SearchField.class);
    private final RadioButton grid = new RadioButton("Grid");
    private final RadioButton random = new RadioButton("Random");
    private final Spinner<Integer> points = new Spinner<>(2, 10, 3);
    /**
     * The defaults: 8 random draws of learning rate (0.0001 .. 0.1, log) and units (8, 16, 32), 1,000 iterations
     * each, on the default design (the spiral) show a clear spread, from configurations that have learned the
     * arms to ones that have not, in about half a minute on two cores.
     */
    static final int DEFAULT_RUNS = 8;
    static final int DEFAULT_ITERATIONS = 1_000;
    private final Spinner<Integer> budget = new Spinner<>(1, SearchSpace.MAX_BUDGET, DEFAULT_RUNS);
    private final Spinner<Integer> iterations = new Spinner<>(10, 100_000, DEFAULT_ITERATIONS, 100);
    private final Button start = new Button("Start search");
    private final Button cancel = new Button("Cancel");
    private final Button apply = new Button("Apply this configuration");
    private final ProgressBar progress = new ProgressBar(0);
    private int searchGeneration;
    /** One line for the window's status bar while a search runs (empty otherwise). */
    private final javafx.beans.property.StringProperty activity = new javafx.beans.property.SimpleStringProperty("");
    private final Label status = new Label("Choose hyperparameters and press Start.");
    private final ObservableList<Search.Result> rows = FXCollections.observableArrayList();
    private final TableView<Search.Result> table = new TableView<>(rows);
    private final ComboBox<SearchField> scatterField = new ComboBox<>();
    private final MetricScatter scatter = new MetricScatter();
    private final ParallelCoordinates parallel = new ParallelCoordinates();
    private final TabPane views = new TabPane();
    private List<SearchField> fields = List.of();
    private Search search;
    private int expected;
    private Search.Result best;
    /** The design the current search varies: what "every configuration stayed at chance" blames. */
    private RunSpec searchBase;

    public SearchPanel(DesignDocument doc) {
        this.doc = doc;
        setPadding(new Insets(6));
        // The tab is wide and short (under the designer): controls scroll on the left; the table and the two
        // charts share the right as tabs, with "Apply" below them so it is always in reach.
        ScrollPane left = new ScrollPane(controls());
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setPrefWidth(380);
        left.setMinWidth(260);
        views.setId("search-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        views.getTabs().addAll(new Tab("Results", table), new Tab("Accuracy vs. hyperparameter", scatterPane()),
                new Tab("Parallel coordinates", parallel));
        VBox.setVgrow(views, Priority.ALWAYS);
        VBox right = new VBox(4, views, applyBar());
        right.setPadding(new Insets(0, 0, 0, 6));
        setLeft(left);
        setCenter(right);
    }

    private VBox controls() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(3);
        int row = 0;
        for (SearchField f : SearchField.values()) {
            CheckBox c = new CheckBox(f.label() + (f.log() ? " (log)" : ""));
            c.setId("search-use-" + f.name().toLowerCase());
            TextField t = new TextField(f.example());
            t.setId("search-values-" + f.name().toLowerCase());
            t.setPromptText("a, b, c  or  min .. max");
            t.setPrefColumnCount(9);
            t.disableProperty().bind(c.selectedProperty().not());
            GridPane.setHgrow(t, Priority.ALWAYS);
            chosen.put(f, c);
            texts.put(f, t);
            g.addRow(row++, c, t);
        }
        chosen.get(SearchField.LEARNING_RATE).setSelected(true);
        chosen.get(SearchField.UNITS).setSelected(true);
        ToggleGroup mode = new ToggleGroup();
        grid.setToggleGroup(mode);
        random.setToggleGroup(mode);
        random.setSelected(true);
        grid.setId("search-grid");
        random.setId("search-random");
        for (Spinner<Integer> s : List.of(points, budget, iterations)) {
            dev.deepforward.ui.NumberEntry.integers(s);
            s.setPrefWidth(78);
        }
        // room for the largest value, 100000, beside the arrows
        iterations.setPrefWidth(104);
        iterations.setMinWidth(104);
        budget.setMinWidth(64);
        points.setAccessibleText("Points per range");
        budget.setAccessibleText("Runs");
        iterations.setAccessibleText("Iterations each");
        budget.setId("search-budget");
        iterations.setId("search-iterations");
        points.setId("search-points");
        points.setPrefWidth(62);
        HBox how = new HBox(6, grid, random, new Label("· points per range"), points);
        how.setAlignment(Pos.CENTER_LEFT);
        HBox size = new HBox(6, new Label("Runs"), budget, new Label("iterations each"), iterations);
        size.setAlignment(Pos.CENTER_LEFT);
        start.setId("search-start");
        cancel.setId("search-cancel");
        cancel.setDisable(true);
        start.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox go = new HBox(6, start, cancel, progress);
        go.setAlignment(Pos.CENTER_LEFT);
        status.setId("search-status");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label why = new Label(WHY_RANDOM);
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        why.setStyle("-fx-font-size: 0.9em;");
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(6, g, how, size, go, status, why);
        box.setPadding(new Insets(4));
        box.setMinWidth(260);
        return box;
    }

    private HBox applyBar() {
        table.setId("search-table");
        table.setPlaceholder(new Label("Results appear here as each run ends."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Search.Result r, boolean empty) {
                super.updateItem(r, empty);
                // the best row: a tint and a bold face (and ★ in its first cell), not colour alone
                setStyle(!empty && r != null && r == best
                        ? "-fx-background-color: -fx-selection-bar-non-focused, #fff1c1; -fx-background-insets: 0, 1;"
                        + " -fx-font-weight: bold; -fx-text-background-color: #1f2328;" : "");
            }
        });
        apply.setId("search-apply");
        apply.setDisable(true);
        apply.setOnAction(e -> applySelected());
        Label hint = new Label("Select a row (default: the best ★) and");
        HBox bar = new HBox(8, hint, apply);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox scatterPane() {
        scatterField.setId("search-scatter-field");
        scatterField.setOnAction(e -> redraw());
        scatterField.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SearchField f) {
                return f == null ? "" : f.label();
            }

            @Override
            public SearchField fromString(String s) {
                return null;
            }
        });
        VBox.setVgrow(scatter, Priority.ALWAYS);
        HBox pick = new HBox(6, new Label("Validation accuracy against"), scatterField);
        pick.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, pick, scatter);
    }

    /** The search space the controls describe. */
    SearchSpace space() {
        List<SearchDimension> dims = new ArrayList<>();
        for (SearchField f : SearchField.values()) {
            if (chosen.get(f).isSelected()) {
                dims.add(f.parse(texts.get(f).getText(), points.getValue()));
            }
        }
        if (dims.isEmpty()) {
            throw new IllegalArgumentException("Tick at least one hyperparameter.");
        }
        return new SearchSpace(dims, random.isSelected(), budget.getValue(), 1L);
    }

    void start() {
        cancel();
        SearchSpace space;
        try {
            space = space();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        RunSpec base = doc.getSpec();
        base = base.withTraining(base.training().withIterations(iterations.getValue()));
        searchBase = base;
        try {
            // results arrive on the search thread; the table and charts change on the FX thread only
            // A cancelled search may still deliver a run that was under way: only the current one counts.
            int generation = ++searchGeneration;
            search = new Search(base, space, r -> Platform.runLater(() -> {
                if (generation == searchGeneration) {
                    arrived(r);
                }
            }));
        } catch (RunSetupException e) {
            status.setText(e.getMessage());
            return;
        }
        fields = space.dimensions().stream().map(d -> SearchField.ofPath(d.path())).toList();
        expected = search.configurations().size();
        rows.clear();
        best = null;
        buildColumns();
        scatterField.getItems().setAll(fields);
        scatterField.setValue(fields.get(0));
        progress.setProgress(0);
        start.setDisable(true);
        cancel.setDisable(false);
        apply.setDisable(true);
        status.setText(String.format("%s search: %d runs of %d iterations…", space.random() ? "Random" : "Grid",
                expected, iterations.getValue()));
        activity.set(String.format("Hyperparameter search: 0 of %d runs", expected));
        search.start();
        redraw();
    }

    private void buildColumns() {
        table.getColumns().clear();
        TableColumn<Search.Result, String> index = new TableColumn<>("#");
        index.setCellValueFactory(d -> new SimpleObjectProperty<>((d.getValue() == best ? "★ " : "")
                + (d.getValue().index() + 1)));
        index.setComparator(java.util.Comparator.comparingInt(s -> Integer.parseInt(s.replace("★ ", ""))));
        table.getColumns().add(index);
        for (SearchField f : fields) {
            TableColumn<Search.Result, Object> c = new TableColumn<>(f.header());
            c.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue().values().get(f.path())));
            c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(Object v, boolean empty) {
                    super.updateItem(v, empty);
                    setText(empty || v == null ? null : SearchField.format(v));
                }
            });
            c.setComparator(java.util.Comparator.comparingDouble(v -> f.categorical()
                    ? String.valueOf(v).hashCode() : SearchField.numeric(v)));
            table.getColumns().add(c);
        }
        table.getColumns().add(metricColumn("Val. acc.", r -> r.summary() == null ? Double.NaN
                : r.summary().validationAccuracy()));
        table.getColumns().add(metricColumn("Train acc.", r -> r.summary() == null ? Double.NaN
                : r.summary().trainAccuracy()));
        TableColumn<Search.Result, Double> secs = new TableColumn<>("Time (s)");
        secs.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue().seconds()));
        secs.setCellFactory(col -> formatted("%.1f", 1));
        table.getColumns().add(secs);
        table.getColumns().forEach(SearchPanel::fitHeader);
    }

    /**
     * Makes a column at least as wide as its header's words ("Units per layer", not "Units p…"): the table
     * scrolls sideways when they all do not fit, rather than cutting them.
     */
    private static void fitHeader(TableColumn<Search.Result, ?> c) {
        javafx.scene.text.Font base = javafx.scene.text.Font.getDefault();
        javafx.scene.text.Text t = new javafx.scene.text.Text(c.getText());
        t.setFont(javafx.scene.text.Font.font(base.getFamily(), javafx.scene.text.FontWeight.BOLD, base.getSize()));
        double w = Math.ceil(t.getLayoutBounds().getWidth()) + base.getSize() + 10; // the header's padding
        c.setMinWidth(w);
        c.setPrefWidth(Math.max(w, 64)); // room for the values too ("0.000317", "88.6 %")
    }

    private TableColumn<Search.Result, Double> metricColumn(String name,
                                                             java.util.function.ToDoubleFunction<Search.Result> f) {
        TableColumn<Search.Result, Double> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new SimpleObjectProperty<>(f.applyAsDouble(d.getValue())));
        c.setCellFactory(col -> formatted("%.1f %%", 100));
        return c;
    }

    private static javafx.scene.control.TableCell<Search.Result, Double> formatted(String format, double scale) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Double.isNaN(v) ? "—" : String.format(format, scale * v));
            }
        };
    }

    private void arrived(Search.Result r) {
        rows.add(r);
        best = SearchRuns.bestOf(rows);
        table.refresh();
        progress.setProgress((double) rows.size() / Math.max(1, expected));
        apply.setDisable(best == null);
        boolean done = rows.size() >= expected;
        activity.set(done ? "" : String.format("Hyperparameter search: %d of %d runs", rows.size(), expected));
        String head = done ? String.format("Finished all %d runs: ", expected)
                : String.format("%d of %d runs: ", rows.size(), expected);
        // the text is made whole before it is set once: a reader between two settings (a test polling off the
        // FX thread, an accessibility client) would otherwise see "Done: best so far…" before "Done: <stuck>"
        String stuck = done ? atChance() : null;
        status.setText(stuck != null ? String.format("Finished all %d runs: ", expected) + stuck
                : head + (best == null ? (done ? "no run finished" : "no run finished yet")
                : String.format(done ? "the best is #%d, validation accuracy %.1f %%"
                        : "best so far #%d, validation accuracy %.1f %%", best.index() + 1,
                        100 * SearchRuns.metric(best))) + (r.error() != null ? " (#" + (r.index() + 1)
                + " could not run: " + r.error() + ")" : ""));
        if (done) {
            finished();
        }
        redraw();
    }

    /** When every finished configuration ended at chance: that, and the base network's likely cause; else null. */
    private String atChance() {
        if (searchBase == null) {
            return null;
        }
        int classes = dev.deepforward.ui.model.DatasetSizes.of(searchBase.data()).map(io -> io[1]).orElse(0);
        List<Double> accuracies = rows.stream().map(SearchRuns::metric).toList();
        return dev.deepforward.analysis.NotLearning.allAtChance(accuracies, classes)
                ? dev.deepforward.analysis.NotLearning.allAtChanceSentence("every configuration", classes, searchBase)
                : null;
    }

    private void finished() {
        start.setDisable(false);
        cancel.setDisable(true);
        activity.set("");
    }

    /** "Hyperparameter search: 3 of 20 runs" while one runs, else empty: for the window's status bar. */
    public javafx.beans.property.ReadOnlyStringProperty activityProperty() {
        return activity;
    }

    /** Stops the search after the current run's next iteration; finished results stay. */
    public void cancel() {
        if (search != null) {
            searchGeneration++;
            search.cancel();
            search = null;
            if (rows.size() < expected) {
                status.setText("Cancelled after " + rows.size() + " of " + expected + " runs.");
            }
        }
        finished();
    }

    private void redraw() {
        SearchRuns runs = new SearchRuns(List.copyOf(rows), fields, best);
        scatter.setRuns(runs, scatterField.getValue());
        parallel.setRuns(runs);
    }

    /** The selected row's (else the best run's) hyperparameter values, set on the design as one edit. */
    void applySelected() {
        Search.Result r = table.getSelectionModel().getSelectedItem();
        if (r == null) {
            r = best;
        }
        if (r == null) {
            return;
        }
        Map<String, Object> values = r.values();
        Problems problems = new Problems();
        RunSpec changed = Search.apply(doc.getSpec(), values, problems);
        if (changed == null) {
            status.setText("This configuration does not fit the design any more:\n" + problems);
            return;
        }
        doc.apply(SpecChange.of("Apply search configuration #" + (r.index() + 1), s -> changed));
        status.setText("Applied configuration #" + (r.index() + 1) + " to the design (Edit ▸ Undo reverts it).");
    }

    public void dispose() {
        cancel();
    }

    public TableView<Search.Result> table() { return table; }
    public Search.Result best() { return best; }
    public MetricScatter scatter() { return scatter; }
    public ParallelCoordinates parallel() { return parallel; }
    public TabPane views() { return views; }
    public Label status() { return status; }
    RadioButton gridButton() { return grid; }
    Spinner<Integer> iterationsSpinner() { return iterations; }
    Map<SearchField, CheckBox> chosen() { return chosen; }
    Map<SearchField, TextField> texts() { return texts; }
}
