package dev.deepforward.ui.analysis;

import dev.deepforward.analysis.Diagnosis;
import dev.deepforward.analysis.Remedy;
import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.engine.run.StateChange;
import dev.deepforward.ui.NumberEntry;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.Numbers;
import dev.deepforward.ui.model.SpecChange;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The error-ladder reading of the current run next to a human-level error the user sets: the ladder
 * (human-level → training → train-dev, when ticked → validation/dev → test), the focus (avoidable bias,
 * variance or data mismatch) and the course's remedies as buttons, each one undoable edit of the design.
 *
 * <p>The errors come from the run (1 − accuracy of the latest epoch, then of the summary when the run
 * ends, per variant), from the course's worked examples, or are typed in: the spinners are the single
 * place the diagnosis reads, so every source shows the same way.
 */
public final class BiasVariancePanel extends VBox {

    private static final long SHOW_INTERVAL_NANOS = 250_000_000L;
    /** What the run choice calls a design trained alone, which has no variant name. */
    private static final String SINGLE_RUN = "the run";

    private final DesignDocument doc;
    private long lastShown;
    private ErrorReading pending;
    /** Shows a reading held back by the rate limit once its time has come (then stops itself). */
    private final javafx.animation.AnimationTimer pendingTimer = new javafx.animation.AnimationTimer() {
        @Override
        public void handle(long now) {
            if (pending == null) {
                stop();
            } else if (now - lastShown >= SHOW_INTERVAL_NANOS) {
                lastShown = now;
                ErrorReading r = pending;
                pending = null;
                stop();
                show(r);
            }
        }
    };
    private final Runnable openSearch;
    private final Spinner<Double> human = percent("bv-human", "Human error", 1.0);
    private final Spinner<Double> train = percent("bv-train", "Training error", 5.0);
    private final CheckBox trainDevOn = new CheckBox("Train-dev %");
    private final Spinner<Double> trainDev = percent("bv-traindev", "Train-dev error", 1.5);
    private final Label devLabel = new Label("Val. %");
    private final Spinner<Double> dev = percent("bv-dev", "Dev error", 6.0);
    private final Spinner<Double> test = percent("bv-test", "Test error", 0.0);
    private final ErrorLadder ladder = new ErrorLadder();
    private final Label focus = new Label();
    private final Label explanation = new Label();
    private final Label source = new Label("Worked example 1");
    /** The sizes of the sets the shown errors were measured on; unknown for examples and typed-in errors. */
    private Diagnosis.Sizes sizes = Diagnosis.Sizes.UNKNOWN;
    private final FlowPane remedies = new FlowPane(6, 6);
    private final ComboBox<String> runs = new ComboBox<>();
    private final Map<String, ErrorReading> readings = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper focusText = new ReadOnlyStringWrapper();
    private Diagnosis diagnosis;
    private boolean loading;

    /** @param openSearch what "Tune hyperparameters" does: show the search panel */
    public BiasVariancePanel(DesignDocument doc, Runnable openSearch) {
        this.doc = doc;
        this.openSearch = openSearch;
        setSpacing(8);
        setPadding(new Insets(8));
        focus.setId("bv-focus");
        explanation.setId("bv-explanation");
        focus.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        explanation.setWrapText(true);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        source.getStyleClass().add("muted");
        runs.setId("bv-runs");
        runs.setPromptText("run…");
        // a design trained alone has no variant name: call it "the run" rather than show an empty choice, in the
        // field and in the list alike
        javafx.util.StringConverter<String> names = new javafx.util.StringConverter<>() {
            @Override
            public String toString(String variant) {
                return variant == null ? null : variant.isEmpty() ? SINGLE_RUN : variant;
            }

            @Override
            public String fromString(String text) {
                return SINGLE_RUN.equals(text) ? "" : text;
            }
        };
        runs.setConverter(names);
        runs.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String variant, boolean empty) {
                super.updateItem(variant, empty);
                setText(empty ? null : names.toString(variant));
            }
        });
        runs.setTooltip(new Tooltip("Which run or variant to read (the latest epoch, then its summary)."));
        runs.setOnAction(e -> {
            ErrorReading r = readings.get(runs.getValue());
            if (r != null) {
                show(r);
            }
        });
        test.setTooltip(new Tooltip("0 means unknown: the test error is read only when a run ends."));
        // The tab sits under the designer, wide and short: ladder on the left, the reading and its remedies
        // on the right, so the remedy buttons stay visible without scrolling at 1280×800.
        trainDevOn.setId("bv-traindev-on");
        trainDevOn.setTooltip(new Tooltip("A train-dev set: data from the training distribution the network did not"
                + " train on. With it the ladder splits variance (train → train-dev) from data mismatch"
                + " (train-dev → dev)."));
        trainDev.disableProperty().bind(trainDevOn.selectedProperty().not());
        devLabel.textProperty().bind(javafx.beans.binding.Bindings.when(trainDevOn.selectedProperty())
                .then("Dev %").otherwise("Val. %"));
        // each name stays with its field when the row wraps in a narrow window
        FlowPane inputs = new FlowPane(10, 4, pair(new Label("Human-level %"), human), pair(new Label("Train %"), train),
                pair(trainDevOn, trainDev), pair(devLabel, dev), pair(new Label("Test %"), test), runs);
        inputs.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        trainDevOn.selectedProperty().addListener((o, a, b) -> {
            if (!loading) {
                rediagnose();
            }
        });
        remedies.setId("bv-remedies");
        Label remediesTitle = new Label("Remedies — each is one undoable edit of the design:");
        Label examplesCaption = new Label("Worked examples from the course (medical imaging; Ex. 4: data mismatch)"
                + " — not your runs. Click one to load it:");
        examplesCaption.setId("bv-examples-caption");
        examplesCaption.setWrapText(true);
        examplesCaption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        examplesCaption.getStyleClass().add("muted");
        VBox reading = new VBox(5, focus, explanation, remediesTitle, remedies, examplesCaption, examples());
        reading.setPrefWidth(420);
        reading.setMinWidth(300);
        VBox left = new VBox(4, ladder, source);
        VBox.setVgrow(ladder, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox body = new HBox(12, left, reading);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(inputs, body);
        for (Spinner<Double> s : java.util.List.of(human, train, trainDev, dev, test)) {
            s.valueProperty().addListener((o, a, b) -> {
                if (!loading) {
                    rediagnose();
                }
            });
        }
        load(Scenario.COURSE.get(0));
    }

    private static HBox pair(javafx.scene.Node name, javafx.scene.Node field) {
        HBox box = new HBox(4, name, field);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static Spinner<Double> percent(String id, String name, double value) {
        Spinner<Double> s = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100, value, 0.1));
        s.setAccessibleText(name);
        NumberEntry.decimals(s, Numbers::compact);
        // wide enough for "100.0" whole: a fixed 70 px cut 31.1 to "31.(" beside the arrows
        s.setPrefWidth(88);
        s.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        s.setId(id);
        return s;
    }

    /** The course's medical-imaging table; a click loads a row into the panel. */
    private TableView<Scenario> examples() {
        TableView<Scenario> t = new TableView<>();
        t.setId("bv-examples");
        // short headers: five columns share the reading's width without cutting a name to "Trai…"
        TableColumn<Scenario, String> name = column("", s -> s.name());
        name.setMaxWidth(46);
        name.setMinWidth(40);
        t.getColumns().add(name);
        t.getColumns().add(column("Human", s -> pct(s.human())));
        t.getColumns().add(column("Train", s -> pct(s.train())));
        t.getColumns().add(column("Train-dev", s -> Double.isNaN(s.trainDev()) ? "—" : pct(s.trainDev())));
        t.getColumns().add(column("Dev", s -> pct(s.dev())));
        t.getItems().setAll(Scenario.COURSE);
        t.setPrefSize(330, 145);
        t.setMinHeight(145); // the four examples whole: the tab scrolls when it is short
        t.setMaxHeight(145);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        t.setTooltip(new Tooltip("The course's worked examples (medical imaging; Ex. 4: data mismatch), not your runs:"
                + " click one to load it."));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                load(s);
            }
        });
        return t;
    }

    private static TableColumn<Scenario, String> column(String name, java.util.function.Function<Scenario, String> f) {
        TableColumn<Scenario, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String pct(double v) {
        return String.format("%.1f %%", 100 * v);
    }

    /** Loads a worked example (no test error in the course's tables). */
    public void load(Scenario s) {
        sizes = Diagnosis.Sizes.UNKNOWN;
        set(s.human(), s.train(), s.trainDev(), s.dev(), Double.NaN, "Worked example " + s.name().replace("Ex. ", "")
                + (Double.isNaN(s.trainDev()) ? " (medical imaging, from the course)"
                        : " (data mismatch, from the course)"));
    }

    /** Follows the run: the latest epoch of each variant, then its summary when it ends. */
    public void event(RunEvent e) {
        ErrorReading r = null;
        boolean ended = false;
        if (e instanceof EpochMetrics m) {
            r = ErrorReading.of(m);
        } else if (e instanceof StateChange sc && sc.summary() != null) {
            r = ErrorReading.of(sc.summary());
            ended = true;
        }
        if (r == null || !r.usable()) {
            return;
        }
        boolean followed = readings.isEmpty() || e.variant().equals(runs.getValue());
        readings.put(e.variant(), r);
        if (!runs.getItems().contains(e.variant())) {
            runs.getItems().add(e.variant());
        }
        if (followed) {
            if (!e.variant().equals(runs.getValue())) {
                runs.setValue(e.variant());
            }
            // A small data set ends an epoch every few milliseconds at full speed: redrawing the reading
            // for each would cost the window its frame rate, so it is shown a few times a second at most
            // (and at once when the run ends).
            long now = System.nanoTime();
            if (ended || now - lastShown >= SHOW_INTERVAL_NANOS) {
                lastShown = now;
                pending = null;
                show(r);
            } else {
                pending = r;
                pendingTimer.start();
            }
        }
    }

    /** A new run starts: forget the old one's variants. */
    public void clearRuns() {
        pending = null;
        readings.clear();
        runs.getItems().clear();
    }

    private void show(ErrorReading r) {
        sizes = r.sizes();
        set(human.getValue() / 100, r.train(), r.trainDev(), r.dev(), r.test(), r.source());
    }

    private void set(double h, double tr, double td, double d, double te, String from) {
        loading = true;
        try {
            human.getValueFactory().setValue(round(100 * h));
            train.getValueFactory().setValue(round(100 * tr));
            trainDevOn.setSelected(!Double.isNaN(td));
            if (!Double.isNaN(td)) {
                trainDev.getValueFactory().setValue(round(100 * td));
            }
            dev.getValueFactory().setValue(round(100 * d));
            test.getValueFactory().setValue(Double.isNaN(te) ? 0.0 : round(100 * te));
        } finally {
            loading = false;
        }
        source.setText(from);
        rediagnose();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void rediagnose() {
        double te = test.getValue() <= 0 ? Double.NaN : test.getValue() / 100;
        double td = trainDevOn.isSelected() ? trainDev.getValue() / 100 : Double.NaN;
        diagnosis = Diagnosis.of(human.getValue() / 100, train.getValue() / 100, td, dev.getValue() / 100, te, sizes);
        ladder.setDiagnosis(diagnosis);
        focusText.set(diagnosis.focus().title());
        focus.setText("Focus: " + diagnosis.focus().title());
        String devTest = diagnosis.devTestSentence();
        explanation.setText(diagnosis.focus().explanation() + (devTest.isEmpty() ? "" : " " + devTest)
                + (sizes.known() ? " " + sizesSentence(sizes, diagnosis.hasTrainDev()) : ""));
        remedies.getChildren().clear();
        int i = 0;
        for (Remedy r : diagnosis.remedies()) {
            Button b = new Button(r.title());
            b.setId("remedy-" + i++);
            b.setTooltip(new Tooltip(r.explanation()));
            b.setOnAction(e -> apply(r));
            remedies.getChildren().add(b);
        }
    }

    /** The sets' sizes, and that a gap within its noise is not counted. */
    static String sizesSentence(Diagnosis.Sizes n, boolean trainDev) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (n.train() > 0) {
            parts.add(Numbers.grouped(n.train()) + " training");
        }
        if (n.trainDev() > 0) {
            parts.add(Numbers.grouped(n.trainDev()) + " train-dev");
        }
        if (n.dev() > 0) {
            parts.add(Numbers.grouped(n.dev()) + (trainDev ? " dev" : " validation"));
        }
        if (n.test() > 0) {
            parts.add(Numbers.grouped(n.test()) + " test");
        }
        return "Measured on " + String.join(", ", parts) + " examples: a gap within its noise (± two standard"
                + " errors) is not counted.";
    }

    /** One undoable edit; "Tune hyperparameters" changes nothing by itself and opens the search instead. */
    void apply(Remedy r) {
        if (r == Remedy.TUNE) {
            openSearch.run();
            return;
        }
        // apply, not replace: replace starts a new history, and a remedy must be one step Undo reverts.
        doc.apply(SpecChange.of(r.title(), r::applyTo));
    }

    public Diagnosis diagnosis() {
        return diagnosis;
    }

    public javafx.beans.property.ReadOnlyStringProperty focusTextProperty() {
        return focusText.getReadOnlyProperty();
    }

    public ErrorLadder ladder() {
        return ladder;
    }

    public FlowPane remedyButtons() {
        return remedies;
    }

    /** The explanation under the focus: what the gap means and the course's advice. */
    public Label explanationLabel() {
        return explanation;
    }

    public Label focusLabel() {
        return focus;
    }
}
