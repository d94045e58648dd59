package dev.deepforward.ui.shell;

import dev.deepforward.data.CatalogEntry;
import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.data.Dataset;
import dev.deepforward.data.Generators;
import dev.deepforward.data.Task;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.NumberEntry;
import dev.deepforward.ui.chart.ChartTheme;
import dev.deepforward.ui.data.CsvHeader;
import dev.deepforward.ui.data.DataEdits;
import dev.deepforward.ui.data.DataLoader;
import dev.deepforward.ui.data.DataPreview;
import dev.deepforward.ui.data.PreviewData;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.Numbers;
import dev.deepforward.ui.model.SpecChange;
import dev.deepforward.ui.model.TrainingEdits;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The data: the dataset choice from the catalogue (title, sizes and a short description), import of a
 * user's CSV or IDX files, the data settings (noise, samples, split, augmentation, normalization) and a
 * preview of the data in its own units. Every change is an undoable edit of the spec's {@code data}; the
 * designer's input and output blocks follow the choice (see {@link DesignDocument}).
 *
 * <p>Files and generators are loaded on a background thread ({@link DataLoader}) with a spinner over the
 * preview. A file that cannot be used is never applied: the loader's message (file and line) is shown
 * here, and the previous dataset stays.
 */
final class DataPanel extends VBox {

    private final DesignDocument doc;
    private final DataLoader loader = new DataLoader();
    private final DataPreview preview = new DataPreview();
    private final ReadOnlyObjectWrapper<Dataset> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ListView<String> list = new ListView<>();
    private final Label heading = new Label();
    private final Label description = new Label();
    private final Label error = new Label();
    private final Label sizes = new Label();
    private final ComboBox<String> labelColumn = new ComboBox<>();
    private final HBox labelRow;
    private final Spinner<Integer> samples = new Spinner<>(0, DataSpec.MAX_SAMPLES, 0, 100);
    // Every field's bounds are the spec validator's: the field refuses what the check would reject.
    private final Spinner<Double> noise = new Spinner<>(0.0, DataSpec.MAX_NOISE, 0.05, 0.05);
    private final Spinner<Double> validation = new Spinner<>(0.0, DataSpec.MAX_FRACTION, 0.2, 0.05);
    private final Spinner<Double> test = new Spinner<>(0.0, DataSpec.MAX_FRACTION, 0.2, 0.05);
    private final Spinner<Double> jitter = new Spinner<>(0.0, DataSpec.MAX_JITTER, 0.0, 0.01);
    private final Spinner<Integer> shift = new Spinner<>(0, DataSpec.MAX_SHIFT, 0, 1);
    private final CheckBox normalize = new CheckBox("Standardize inputs");
    private final GridPane settings = new GridPane();
    private Path csvFile;
    /** Told when an import is refused (the file and the reader's message): the window's dialog and status bar. */
    private java.util.function.BiConsumer<Path, String> importRefused = (file, message) -> { };
    private java.util.function.Supplier<Optional<Path>> csvChooser = this::chooseCsvFile;
    private DataSpec previewed;
    private boolean syncing;

    DataPanel(DesignDocument doc) {
        this.doc = doc;
        setId("data-panel");
        getStyleClass().add("data-panel");
        setSpacing(6);
        Label title = new Label("Data");
        title.getStyleClass().add("section-title");

        list.setId("dataset-list");
        list.getItems().setAll(DatasetCatalog.entries().stream().map(CatalogEntry::id).toList());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                CatalogEntry e = empty || id == null ? null : DatasetCatalog.entry(id);
                setText(e == null ? null : e.title());
                setTooltip(e == null ? null : new Tooltip(e.description()));
            }
        });
        list.setFixedCellSize(24);
        list.setPrefHeight(6.5 * 24);
        list.setMinHeight(100);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, id) -> {
            if (!syncing && id != null) {
                doc.apply(TrainingEdits.setDataset(id));
            }
        });
        heading.setId("dataset-title");
        heading.getStyleClass().add("dataset-title");
        heading.setWrapText(true);
        description.setId("dataset-description");
        description.getStyleClass().add("dataset-description");
        description.setWrapText(true);

        // One menu button: two buttons and a label do not fit the narrow side panel at 1280×800.
        MenuItem csv = new MenuItem("CSV table…");
        csv.setId("import-csv");
        csv.setOnAction(e -> chooseCsv());
        MenuItem idx = new MenuItem("IDX images + labels…");
        idx.setId("import-idx");
        idx.setOnAction(e -> chooseIdx());
        MenuButton imports = new MenuButton("Import…", null, csv, idx);
        imports.setId("import-menu");
        imports.setMaxWidth(Double.MAX_VALUE);
        imports.setTooltip(new Tooltip("A CSV table with a header line (you choose the label column), or MNIST's "
                + "IDX format: an images file, then its labels file."));
        labelColumn.setId("label-column");
        labelColumn.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(labelColumn, Priority.ALWAYS);
        labelColumn.valueProperty().addListener((o, a, col) -> {
            if (!syncing && col != null && csvFile != null && !Objects.equals(col, doc.getSpec().data().labelColumn())) {
                importCsv(csvFile, col);
            }
        });
        labelRow = new HBox(6, new Label("Label column"), labelColumn);
        labelRow.setAlignment(Pos.CENTER_LEFT);
        show(labelRow, false);
        error.setId("data-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #c62828; -fx-font-size: 12px;");
        show(error, false);

        preview.setMaxWidth(Double.MAX_VALUE);
        preview.setMinWidth(0);
        sizes.setId("data-sizes");
        sizes.getStyleClass().add("dataset-description");
        sizes.setWrapText(true);
        loader.busyProperty().addListener((o, a, busy) -> preview.setLoading(busy));

        buildSettings();
        VBox content = new VBox(6, list, heading, description, imports, labelRow, error, preview, sizes, settings);
        content.setPadding(new Insets(0, 4, 0, 0));
        content.setMinWidth(0); // the scroll pane's width wins: nothing may push the panel wider than it
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("data-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("inspector-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        doc.revisionProperty().addListener((o, a, b) -> sync());
        sync();
        getChildren().addAll(title, scroll);
    }

    // ---- settings ------------------------------------------------------------------------------

    private void buildSettings() {
        settings.setId("data-settings");
        settings.setHgap(6);
        settings.setVgap(5);
        int row = 0;
        // The spec's 0 means "the default": show what it amounts to, never a bare 0.
        NumberEntry.install(samples, () -> "a whole number from 0 to " + Numbers.grouped(DataSpec.MAX_SAMPLES) + ", or all", text -> {
            String t = text.strip();
            if (t.isEmpty() || t.equalsIgnoreCase("all")) {
                return 0;
            }
            return NumberEntry.wholeNumber(t, 0, DataSpec.MAX_SAMPLES);
        }, v -> v == 0 ? "all" : String.valueOf(v));
        row = row(row, "Samples", samples, "samples-spinner",
                "Generators: points to make. Real data: at most this many (\"all\" = every sample).");
        row = row(row, "Noise σ", noise, "noise-spinner", "Generators: Gaussian noise added to each point.");
        row = row(row, "Validation", validation, "validation-spinner",
                "Share held out to watch overfitting while training.");
        row = row(row, "Test", test, "test-spinner", "Share held out for the final, untouched score.");
        row = row(row, "Jitter σ", jitter, "jitter-spinner",
                "Augmentation: fresh Gaussian noise on the training inputs every epoch.");
        row = row(row, "Shift px", shift, "shift-spinner",
                "Augmentation: images moved by up to this many pixels every epoch.");
        normalize.setId("normalize-check");
        normalize.setTooltip(new Tooltip("Standardize every input with the training part's mean and deviation."));
        settings.add(normalize, 0, row, 2, 1);

        onEdit(samples, DataEdits::setSamples);
        onEdit(noise, v -> DataEdits.setNoise(round(v)));
        // Validation and test move together in one edit; the training share is what is left.
        onEdit(validation, v -> DataEdits.setSplit(round(v), round(test.getValue())));
        onEdit(test, t -> DataEdits.setSplit(round(validation.getValue()), round(t)));
        onEdit(jitter, v -> DataEdits.setJitter(round(v)));
        onEdit(shift, DataEdits::setShift);
        normalize.selectedProperty().addListener((o, a, on) -> {
            if (!syncing) {
                doc.apply(DataEdits.setNormalize(on));
            }
        });
    }

    /** Spinner steps add up binary fractions (0.25000000000000006); specs keep what a person typed. */
    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    @SuppressWarnings("unchecked")
    private int row(int row, String name, Spinner<?> s, String id, String tip) {
        s.setId(id);
        s.setAccessibleText(name); // names the field in messages about what was typed
        if (NumberEntry.isInstalled(s)) {
            // set up by the caller (Samples reads "all")
        } else if (s.getValueFactory() instanceof SpinnerValueFactory.IntegerSpinnerValueFactory) {
            NumberEntry.integers((Spinner<Integer>) s);
        } else if (s.getValueFactory() instanceof SpinnerValueFactory.DoubleSpinnerValueFactory) {
            NumberEntry.decimals((Spinner<Double>) s, Numbers::compact);
        }
        s.setPrefWidth(96);
        s.setMinWidth(60);
        s.setTooltip(new Tooltip(tip));
        Label l = new Label(name);
        l.setTooltip(new Tooltip(tip));
        l.setMinWidth(64);
        settings.add(l, 0, row);
        settings.add(s, 1, row);
        return row + 1;
    }

    private <T> void onEdit(Spinner<T> s, Function<T, SpecChange> change) {
        s.valueProperty().addListener((o, a, v) -> {
            if (!syncing && v != null) {
                doc.apply(change.apply(v));
            }
        });
        // Spinner commits typed text on Enter and on focus loss; NumberEntry keeps bad text out of both.
    }

    // ---- the document → the panel ---------------------------------------------------------------

    private void sync() {
        RunSpec spec = doc.getSpec();
        DataSpec d = spec.data();
        String id = d.dataset();
        syncing = true;
        try {
            if (DatasetCatalog.contains(id)) {
                list.getSelectionModel().select(id);
            } else {
                list.getSelectionModel().clearSelection();
            }
            Optional<CatalogEntry> entry = DatasetCatalog.find(id);
            heading.setText(entry.map(DataPanel::sizes).orElse(importTitle(d)));
            description.setText(entry.map(CatalogEntry::description).orElse("Your own file, read when the run is set up."));
            set(samples, d.samples() == 0 && dev.deepforward.data.Generators.isGenerator(d.dataset())
                    ? dev.deepforward.data.Generators.DEFAULT_SAMPLES : d.samples());
            set(noise, d.noise());
            set(validation, d.validationFraction());
            set(test, d.testFraction());
            set(jitter, d.jitter());
            set(shift, d.shift());
            normalize.setSelected(d.normalize());
            boolean image = entry.map(CatalogEntry::isImage).orElse(DatasetCatalog.IDX.equals(id));
            noise.setDisable(!Generators.isGenerator(id));
            jitter.setDisable(image);
            shift.setDisable(!image);
            boolean csvData = DatasetCatalog.CSV.equals(id);
            show(labelRow, csvData && !labelColumn.getItems().isEmpty());
            if (csvData && d.labelColumn() != null) {
                labelColumn.setValue(d.labelColumn());
            }
        } finally {
            syncing = false;
        }
        if (!Objects.equals(previewed, d)) {
            showError(null); // another dataset or setting: an earlier import's error no longer applies
            loadPreview(d, spec.seed());
        }
    }

    private static <T> void set(Spinner<T> s, T value) {
        if (!Objects.equals(s.getValue(), value)) {
            s.getValueFactory().setValue(value);
        }
    }

    private static String importTitle(DataSpec d) {
        String file = d.file() == null ? "?" : Path.of(d.file()).getFileName().toString();
        return (DatasetCatalog.IDX.equals(d.dataset()) ? "IDX images · " : "CSV table · ") + file;
    }

    private void loadPreview(DataSpec d, long seed) {
        previewed = d;
        loader.load(() -> PreviewData.load(d, seed), this::showPreview, message -> {
            preview.clear();
            sizes.setText("");
            loaded.set(null);
            showError(message);
        });
    }

    private void showPreview(PreviewData p) {
        preview.setData(p.raw());
        loaded.set(p.raw());
        Dataset raw = p.raw();
        sizes.setText(Numbers.grouped(p.total()) + " samples · train " + Numbers.grouped(p.train()) + " · validation "
                + Numbers.grouped(p.validation()) + " · test " + Numbers.grouped(p.test()));
        // An imported file's sizes are known only now; the designer's input and output blocks follow them.
        if (DatasetCatalog.isImport(doc.getSpec().data().dataset())
                && (doc.getInputs() != raw.featureCount() || doc.getOutputs() != raw.outputCount())) {
            doc.setIoSizes(raw.featureCount(), raw.outputCount());
        }
        // The check before Play counts the data at the size just read.
        if (previewed != null) {
            doc.dataLoaded(previewed, raw.featureCount(), raw.outputCount(), p.total(), p.train());
        }
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        show(error, message != null);
    }

    // ---- imports -------------------------------------------------------------------------------

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseCsv() {
        csvChooser.get().ifPresent(file -> importCsv(file, null));
    }

    /** Where Import → CSV table… gets its file (the window's file dialogs; tests script them). */
    void setCsvChooser(java.util.function.Supplier<Optional<Path>> chooser) {
        csvChooser = Objects.requireNonNull(chooser);
    }

    private Optional<Path> chooseCsvFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a CSV table");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.csv.gz", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = dev.deepforward.ui.KeepMaximized.around(window(), chooser::showOpenDialog);
        return Optional.ofNullable(f).map(File::toPath);
    }

    private void chooseIdx() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import IDX: first the images file");
        File images = dev.deepforward.ui.KeepMaximized.around(window(), chooser::showOpenDialog);
        if (images == null) {
            return;
        }
        chooser.setTitle("Import IDX: now the labels file");
        chooser.setInitialDirectory(images.getParentFile());
        File labels = dev.deepforward.ui.KeepMaximized.around(window(), chooser::showOpenDialog);
        if (labels != null) {
            importIdx(images.toPath(), labels.toPath());
        }
    }

    /**
     * Reads {@code file} with {@code column} as the label (null: the last column) and, only if it loads,
     * makes it the dataset. Package-visible so tests can import without a file dialog.
     */
    void importCsv(Path file, String column) {
        List<String> columns = CsvHeader.columns(file);
        String col = column == null && !columns.isEmpty() ? columns.get(columns.size() - 1) : column;
        tryImport(file, DataEdits.importCsv(file, col), () -> {
            csvFile = file;
            syncing = true;
            labelColumn.getItems().setAll(columns);
            labelColumn.setValue(col);
            syncing = false;
        });
    }

    /** Reads the IDX pair and, only if it loads, makes it the dataset. */
    void importIdx(Path images, Path labels) {
        tryImport(images, DataEdits.importIdx(images, labels), () -> { });
    }

    /**
     * What the window does when an import is refused, besides the message under the Import button (which
     * may be below the fold of the panel): a dialog and the status bar, where the person is looking.
     */
    void setOnImportRefused(java.util.function.BiConsumer<Path, String> action) {
        importRefused = Objects.requireNonNull(action);
    }

    private void tryImport(Path file, SpecChange change, Runnable onSuccess) {
        RunSpec candidate = change.change().apply(doc.getSpec());
        DataSpec d = candidate.data();
        loader.load(() -> PreviewData.load(d, candidate.seed()), p -> {
            onSuccess.run();
            previewed = d; // already loaded: the edit below must not load it again
            doc.apply(change);
            showPreview(p);
        }, message -> {
            // The previous dataset stays; say what is wrong with the file, where.
            showError("Not imported. " + message);
            if (loaded.get() == null || !Objects.equals(previewed, doc.getSpec().data())) {
                loadPreview(doc.getSpec().data(), doc.getSpec().seed()); // the import superseded its load
            }
            importRefused.accept(file, message);
        });
    }

    // ---- for the window and tests ----------------------------------------------------------------

    /** The samples of the current dataset once loaded (null while loading or after an error). */
    ReadOnlyObjectProperty<Dataset> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    DataPreview preview() {
        return preview;
    }

    DataLoader loader() {
        return loader;
    }

    void setTheme(ChartTheme theme) {
        preview.setTheme(theme);
    }

    void close() {
        loader.close();
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    /** "Spiral · 2 inputs → 2 classes". */
    static String sizes(CatalogEntry e) {
        String in = e.isImage() ? e.inputShape().get(0) + "×" + e.inputShape().get(1) + " pixels"
                : Numbers.grouped(e.featureCount()) + (e.featureCount() == 1 ? " input" : " inputs");
        String out = e.task() == Task.REGRESSION ? "1 number (regression)" : e.outputs() + " classes";
        return e.title() + " · " + in + " → " + out;
    }
}
