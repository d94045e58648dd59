package dev.deepforward.ui.chart;

import dev.deepforward.ui.compare.ComparePlan;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.paint.Color;

/**
 * The run's charts: loss (switchable to the learning rate), accuracy, the per-layer gradient norms over time
 * (a heatmap, switchable to log-scale lines) and the latest ones as bars, and for 2-D data the decision
 * surface with the training points (and, toggled, the test points).
 *
 * <p>A side-by-side run (2–4 variants) overlays the variants in the loss and accuracy charts, each in its
 * own fixed colour, dash and marker ({@link SeriesStyle#compare}) with a legend naming it; the gradient
 * views and the decision surfaces become one panel per variant, headed by the variant's name; a caption
 * says what differs. A single run looks as it always did.
 */
public final class TrainingCharts extends BorderPane implements MetricsSink {

    private final LiveLineChart loss = new LiveLineChart("Loss");
    private final LiveLineChart accuracy = new LiveLineChart("Accuracy");
    private final LiveLineChart learningRate = new LiveLineChart("Learning rate");
    /** Loss and learning rate share a cell: both are read against the same iterations, rarely at once. */
    private final ViewSwitch lossView = new ViewSwitch("loss-view", List.of("Loss", "Learning rate"),
            List.of(loss, learningRate));
    /** Heatmap or lines in every gradient panel: one choice for all variants, so they stay comparable. */
    private final IntegerProperty gradientView = new SimpleIntegerProperty(0);
    private final CheckBox testPoints = new CheckBox(TEST_POINTS);
    /** Whether the header's check boxes wear their short texts (a narrow header). */
    /** The charts' header: 0 whole, 1 short switch texts, 2 also without its title. */
    private int headerLevel;
    private final List<GradientPanel> panels = new ArrayList<>();
    private final List<DecisionSurfaceView> surfaces = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private final GridPane surfaceBox = new GridPane();
    /** The grid scrolls when even the fewest columns leave a chart below its readable minimum. */
    private final javafx.scene.control.ScrollPane gridScroll = new javafx.scene.control.ScrollPane(grid);
    private ChartArrangement arrangement;
    /** The grid's padding on both sides together (8 px each in workbench.css). */
    private static final double GRID_PADDING = 16;
    private final Label note = new Label();
    private final Label caption = new Label();
    private ChartTheme theme = ChartTheme.LIGHT;
    /** Presenter mode's chart scale, also for the panels a comparison adds later. */
    private double drawScale = 1;
    private boolean gradientsFirst;
    private RunLayout layout;
    private boolean surfaceShown;
    /** Series indices per run: minibatch loss, training loss, validation loss, and the accuracies. */
    private int[] batchLoss = new int[0];
    private int[] trainLoss = new int[0];
    private int[] validationLoss = new int[0];
    private int[] trainAcc = new int[0];
    private int[] validationAcc = new int[0];
    private int[] rate = new int[0];
    /** What the loss and accuracy charts count along x, and each run's epoch in iterations and examples. */
    private final javafx.beans.property.ObjectProperty<ChartX> chartX =
            new javafx.beans.property.SimpleObjectProperty<>(this, "chartX", ChartX.ITERATION);
    private final javafx.scene.control.ToggleGroup xGroup = new javafx.scene.control.ToggleGroup();
    private final HBox xSwitch = new HBox();
    private int[] iterationsPerEpoch = new int[0];
    private int[] examplesPerEpoch = new int[0];
    /** Each run's time and speed ("A: 12.4 s · 1,940 examples/s · 3.1 s/epoch"), under the header. */
    private final javafx.scene.layout.FlowPane figures = new javafx.scene.layout.FlowPane(18, 2);
    private final List<Label> figureLabels = new ArrayList<>();
    /** Each run's figures line, whole (a label may show it shortened). */
    private final List<String> figureTexts = new ArrayList<>();

    public TrainingCharts() {
        setId("training-charts");
        getStyleClass().add("training-charts");
        loss.setId("loss-chart");
        accuracy.setId("accuracy-chart");
        loss.setXLabel(ChartX.ITERATION.axisLabel());
        accuracy.setXLabel(ChartX.ITERATION.axisLabel());
        accuracy.setMinYSpan(0.1);
        loss.setLogY(true);
        learningRate.setId("learning-rate-chart");
        learningRate.setXLabel("iteration");
        for (LiveLineChart c : List.of(loss, accuracy, learningRate)) {
            c.setIntegerX(true);
        }
        learningRate.setMaxPointsPerSeries(1 << 14); // a step or a curve: few points say it all
        learningRate.setYFromZero(true);
        lossView.setId("loss-view");
        // beside both side panels and a lesson the cell is narrow: "Loss | LR" still fits beside the title
        lossView.setShortNames(List.of("Loss", "LR"));

        CheckBox logY = new CheckBox(LOG_LOSS);
        logY.setId("log-loss");
        logY.setSelected(true);
        logY.selectedProperty().addListener((o, a, on) -> loss.setLogY(on));
        logY.disableProperty().bind(lossView.selectedProperty().isNotEqualTo(0));
        testPoints.setId("show-test-points");
        testPoints.setTooltip(new javafx.scene.control.Tooltip(
                "Also draw the held-out test points (hollow) on the decision surface"));
        testPoints.selectedProperty().addListener((o, a, on) -> surfaces.forEach(s -> s.setShowTestPoints(on)));
        Label title = new Label("Training");
        title.getStyleClass().add("section-title");
        note.getStyleClass().add("demo-note");
        note.setId("charts-note");
        note.setVisible(false);
        note.setManaged(false);
        caption.setId("compare-caption");
        caption.getStyleClass().add("compare-caption");
        caption.setStyle("-fx-font-weight: bold;");
        caption.setMinWidth(0);
        Region spacer = headerSpacer;
        HBox.setHgrow(spacer, Priority.ALWAYS);
        buildXSwitch();
        HBox header = new HBox(14, title, caption, note, spacer, testPoints, xSwitch, logY);
        // Short of room, the long caption gives way ("…"), never the title or the switches.
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {title, testPoints, xSwitch, logY}) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        header.setId("charts-header");
        chartsHeader = header;
        logY.setTooltip(new javafx.scene.control.Tooltip("The loss chart's y axis on a log scale"));
        // Still short of room (1024 wide with both side panels out), the check boxes say it shorter. The header
        // takes the width it is given (not its children's least), so it knows when it is short.
        header.setMinWidth(0);
        header.widthProperty().addListener((o, a, w) -> fitHeader(header, title, testPoints, logY));
        // A lesson's set-up brings the note or the comparison's caption into the header at the same width:
        // the room left for the switches changes then too.
        for (Label l : List.of(note, caption)) {
            l.managedProperty().addListener((o, a, b) -> fitHeader(header, title, testPoints, logY));
            l.textProperty().addListener((o, a, b) -> fitHeader(header, title, testPoints, logY));
        }

        grid.getStyleClass().add("chart-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        gridScroll.setId("chart-scroll");
        gridScroll.getStyleClass().add("chart-scroll");
        gridScroll.setFitToWidth(true);
        gridScroll.setFitToHeight(true);
        gridScroll.setMinSize(0, 0);
        gridScroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
                fitToViewport();
            }
        });
        surfaceBox.setHgap(6);
        surfaceBox.setVgap(6);
        surfaceBox.setMinSize(0, 0);
        figures.setId("run-figures");
        figures.getStyleClass().add("run-figures");
        figures.setPadding(new javafx.geometry.Insets(0, 10, 2, 10));
        figures.setVisible(false);
        figures.setManaged(false);
        figures.widthProperty().addListener((o, a, w) -> fitFigures());
        setTop(new javafx.scene.layout.VBox(header, figures));
        setCenter(gridScroll);
        chartX.addListener((o, a, x) -> applyX());
        reset(RunLayout.single(new String[] {"layer 1", "layer 2", "output"}));
    }

    private static final String TEST_POINTS = "test points";
    private static final String TEST_POINTS_SHORT = "test";
    private static final String LOG_LOSS = "log loss";
    private static final String LOG_LOSS_SHORT = "log";

    /**
     * Fits the header's switches to its width: when their full texts do not fit beside the title (the caption
     * and note give way first), "test points" and "log loss" become "test" and "log" (their tooltips say it
     * all), and back when there is room again.
     */
    private void fitHeader(HBox header, Label title, CheckBox testPoints, CheckBox logY) {
        double w = header.getWidth();
        if (w <= 0) {
            return;
        }
        double gap = header.getSpacing();
        long others = header.getChildren().stream().filter(n -> n != title && n.isManaged()).count();
        // the switches, and what the caption and the note keep when they give way ("…")
        double base = header.snappedLeftInset() + header.snappedRightInset() + xSwitch.prefWidth(-1);
        for (Label l : List.of(caption, note)) {
            if (l.isManaged()) {
                base += l.minWidth(-1);
            }
        }
        double full = base + title.prefWidth(-1) + gap * others
                + boxWidth(testPoints, TEST_POINTS) + boxWidth(logY, LOG_LOSS);
        double shortened = full - boxWidth(testPoints, TEST_POINTS) - boxWidth(logY, LOG_LOSS)
                + boxWidth(testPoints, TEST_POINTS_SHORT) + boxWidth(logY, LOG_LOSS_SHORT);
        // Short of room even so (a lesson and both side panels at 1280 or 1024), the title goes: the tab
        // above already says "Training", and the switches stay whole.
        int level = w >= full ? 0 : w >= shortened ? 1 : 2;
        if (level != headerLevel) {
            headerLevel = level;
            testPoints.setText(level > 0 ? TEST_POINTS_SHORT : TEST_POINTS);
            logY.setText(level > 0 ? LOG_LOSS_SHORT : LOG_LOSS);
            title.setVisible(level < 2);
            title.setManaged(level < 2);
        }
        fitCaption(header, w);
    }

    private boolean fittingCaption;
    private HBox chartsHeader;
    /** The header's stretch between the caption and the switches (no width of its own). */
    private final Region headerSpacer = new Region();

    /**
     * In presenter mode, the comparison's caption in the room the header leaves it: whole ("A: sigmoid (sigmoid, N(0, 0.01) init) ·
     * B: relu (ReLU, He init)"), else the variants' names alone ("A: sigmoid · B: relu"), else nothing rather
     * than "A: si…" (the charts' legends name the variants too).
     */
    private void fitCaption(HBox header, double w) {
        if (fittingCaption || layout == null || !layout.compare() || !caption.isManaged()) {
            return;
        }
        fittingCaption = true;
        try {
            if (drawScale <= 1) { // at the desk the caption gives way with "…" and its tooltip says it all
                caption.setText(layout.caption());
                return;
            }
            double others = header.snappedLeftInset() + header.snappedRightInset();
            int n = 0;
            for (javafx.scene.Node c : header.getChildren()) {
                if (c.isManaged()) {
                    n++;
                    if (c != caption && c != headerSpacer && c instanceof Region r) {
                        others += r.prefWidth(-1);
                    }
                }
            }
            double room = w - others - header.getSpacing() * Math.max(0, n - 1) - 4;
            String shown = "";
            for (String t : List.of(layout.caption(), String.join(" · ", layout.variantLabels()))) {
                if (textWidth(caption, t) <= room) {
                    shown = t;
                    break;
                }
            }
            caption.setText(shown);
        } finally {
            fittingCaption = false;
        }
    }

    /** A check box's width with {@code text} in place of its own. */
    private static double boxWidth(CheckBox box, String text) {
        return box.prefWidth(-1) - textWidth(box, box.getText()) + textWidth(box, text);
    }

    private static double textWidth(javafx.scene.control.Labeled l, String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(l.getFont());
        return t.getLayoutBounds().getWidth();
    }

    /** The x-axis switch: "x: Iteration | Epoch | Examples", buttons {@code chart-x-0..2}. */
    private void buildXSwitch() {
        Label x = new Label("x:");
        x.getStyleClass().add("hint");
        xSwitch.getChildren().add(x);
        xSwitch.setId("chart-x");
        xSwitch.setAlignment(Pos.CENTER_LEFT);
        xSwitch.setSpacing(0);
        HBox.setMargin(x, new javafx.geometry.Insets(0, 5, 0, 0));
        for (ChartX c : ChartX.values()) {
            javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(c.button());
            b.setId("chart-x-" + c.ordinal());
            b.setToggleGroup(xGroup);
            b.setUserData(c);
            b.getStyleClass().add(ViewSwitch.SMALL_SWITCH); // in em: presenter mode scales it with the header
            b.setTooltip(new javafx.scene.control.Tooltip("Loss and accuracy against the " + c.axisLabel()
                    + (c == ChartX.ITERATION ? " (one per update)" : c == ChartX.EPOCH
                    ? " (passes over the training set)" : " (epochs × training examples)")));
            b.setOnAction(e -> {
                b.setSelected(true); // a segmented switch: clicking the chosen one keeps it
                chartX.set(c);
            });
            xSwitch.getChildren().add(b);
        }
        xGroup.selectToggle(xGroup.getToggles().get(0));
    }

    /**
     * What the loss and accuracy charts count along x (iterations, epochs, examples seen); the workbench file
     * keeps it ({@code layout.chartX}).
     */
    public javafx.beans.property.ObjectProperty<ChartX> chartXProperty() {
        return chartX;
    }

    /**
     * Run {@code run}'s epoch: how many iterations and examples it holds, so its curves can be drawn against
     * epochs or examples seen. Known once the run is built; kept over resets of the same run.
     */
    public void setEpochSize(int run, int iterations, int examples) {
        if (run >= iterationsPerEpoch.length) {
            iterationsPerEpoch = java.util.Arrays.copyOf(iterationsPerEpoch, run + 1);
            examplesPerEpoch = java.util.Arrays.copyOf(examplesPerEpoch, run + 1);
        }
        iterationsPerEpoch[run] = iterations;
        examplesPerEpoch[run] = examples;
        applyX();
    }

    /** Puts every run's loss, accuracy and learning-rate curves and its gradient lines on the x unit chosen. */
    private void applyX() {
        ChartX x = chartX.get();
        for (javafx.scene.control.Toggle t : xGroup.getToggles()) {
            if (t.getUserData() == x && !t.isSelected()) {
                xGroup.selectToggle(t);
            }
        }
        for (LiveLineChart c : List.of(loss, accuracy, learningRate)) {
            c.setXLabel(x.axisLabel());
            c.setIntegerX(x != ChartX.EPOCH);
        }
        for (int i = 0; i < panels.size(); i++) { // each variant's gradient lines, on its own epoch size
            panels.get(i).lines().setX(x, i < iterationsPerEpoch.length ? x.scale(iterationsPerEpoch[i], examplesPerEpoch[i]) : 1);
        }
        if (layout == null) {
            return;
        }
        for (int i = 0; i < layout.runs() && i < batchLoss.length; i++) {
            double k = i < iterationsPerEpoch.length ? x.scale(iterationsPerEpoch[i], examplesPerEpoch[i]) : 1;
            scale(loss, batchLoss[i], k);
            scale(loss, trainLoss[i], k);
            scale(loss, validationLoss[i], k);
            scale(accuracy, trainAcc[i], k);
            scale(accuracy, validationAcc[i], k);
            scale(learningRate, rate[i], k);
        }
    }

    private static void scale(LiveLineChart c, int series, double k) {
        if (series >= 0) {
            c.setXScale(series, k);
        }
    }

    /**
     * Run {@code run}'s time and speed as a line under the header ("12.4 s · 1,940 examples/s · 3.1 s/epoch"),
     * next to its variant's swatch; empty before it has trained. The row shows once any run has figures.
     */
    public void setRunFigures(int run, String text) {
        if (run >= figureLabels.size()) {
            return;
        }
        if (!text.equals(figureTexts.get(run))) {
            figureTexts.set(run, text);
            boolean any = figureTexts.stream().limit(layout.runs()).anyMatch(f -> !f.isEmpty());
            figures.setVisible(any);
            figures.setManaged(any);
            fitFigures();
        }
    }

    /** The figures each run has under the header, whole, variant A first (for tests). */
    public List<String> runFigures() {
        return figureTexts.stream().limit(layout.runs()).toList();
    }

    /** What the figures' labels show now, variant A first: shortened to one line in presenter mode. */
    public List<String> runFiguresShown() {
        return figureLabels.stream().limit(layout.runs()).map(Label::getText).toList();
    }

    /** The parts of a run's figures line: "A: 12 s computing", "1,940 examples/s", "3.1 s/epoch". */
    private static final String FIGURE_PARTS = "  ·  ";

    /**
     * Shows the runs' figures. In presenter mode a comparison's lines share one line, where the lecture's charts
     * need the height: each keeps as many of its parts as fit all of them side by side ("A: 468 ms computing",
     * then "A: 468 ms"). Elsewhere, and for a single run, they are whole.
     */
    private void fitFigures() {
        int n = Math.min(layout == null ? 0 : layout.runs(), figureLabels.size());
        boolean fold = drawScale > 1 && n > 1;
        if (!fold) {
            for (int i = 0; i < n; i++) {
                figureLabels.get(i).setText(figureTexts.get(i));
            }
            return;
        }
        double room = figures.getWidth() - figures.snappedLeftInset() - figures.snappedRightInset() - 4;
        if (room <= 0) {
            room = chartsWidth();
        }
        int most = 1;
        for (int i = 0; i < n; i++) {
            most = Math.max(most, figureTexts.get(i).split(java.util.regex.Pattern.quote(FIGURE_PARTS)).length);
        }
        String[] shown = new String[n];
        // most parts first; at the last level (-0), the first part without its word "computing"
        for (int parts = most; parts >= 0; parts--) {
            double sum = figures.getHgap() * (n - 1);
            for (int i = 0; i < n; i++) {
                shown[i] = foldedFigure(figureTexts.get(i), parts);
                Label l = figureLabels.get(i);
                sum += l.prefWidth(-1) - textWidth(l, l.getText()) + textWidth(l, shown[i]);
            }
            if (sum <= room) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            figureLabels.get(i).setText(shown[i]);
        }
    }

    /** The first {@code parts} parts of a figures line; 0: the first part less its word " computing". */
    static String foldedFigure(String whole, int parts) {
        String[] p = whole.split(java.util.regex.Pattern.quote(FIGURE_PARTS));
        if (parts <= 0) {
            return p[0].replace(" computing", "");
        }
        return String.join(FIGURE_PARTS, java.util.Arrays.asList(p).subList(0, Math.min(parts, p.length)));
    }

    /** One figures label per run, with its variant's swatch when comparing. */
    private void buildFigures() {
        figures.getChildren().clear();
        figureLabels.clear();
        figureTexts.clear();
        for (int i = 0; i < layout.runs(); i++) {
            Label l = new Label("");
            l.setId("run-figures-" + i);
            l.getStyleClass().add("run-figure");
            if (layout.compare()) {
                VariantSwatch sw = new VariantSwatch(SeriesStyle.compare(i));
                sw.paint(theme);
                l.setGraphic(sw);
                l.setTooltip(new javafx.scene.control.Tooltip(layout.variantLabels().get(i)
                        + ": its own training time (pauses and the other variants' turns left out), examples per"
                        + " second of its training steps, and the time per epoch, its evaluation included"));
            } else {
                l.setTooltip(new javafx.scene.control.Tooltip("Training time (pauses left out), examples per second"
                        + " of the training steps, and the time per epoch, its evaluation included"));
            }
            figureLabels.add(l);
            figureTexts.add("");
            figures.getChildren().add(l);
        }
        figures.setVisible(false);
        figures.setManaged(false);
    }

    /** A caption next to the title, e.g. that the curves are demo data. Empty hides it. */
    public void setNote(String text) {
        note.setText(text);
        boolean on = text != null && !text.isEmpty();
        note.setVisible(on);
        note.setManaged(on);
    }

    /** Shows the decision surfaces (2-D datasets) as a third column, or hides them. */
    public void showSurface(boolean on) {
        surfaceShown = on;
        testPoints.setVisible(on);
        testPoints.setManaged(on);
        if (layout != null) {
            arrange();
        }
    }

    public boolean isSurfaceShown() {
        return surfaceShown;
    }

    /** Why the accuracy chart says it has nothing to show for a regression. */
    public static final String NO_ACCURACY = "Regression: no classes, so no accuracy. The loss (squared error) tells how well it fits.";

    /**
     * A regression has no classes: the accuracy chart says so instead of drawing empty axes, and the surface
     * shows the predicted value (titled so), not a decision between classes.
     */
    public void setRegression(boolean on) {
        regression = on;
        accuracy.setNotApplicable(on ? NO_ACCURACY : null);
        if (layout != null) {
            for (int i = 0; i < layout.runs() && i < surfaces.size(); i++) {
                surfaces.get(i).setTitle(surfaceTitle(i));
            }
        }
    }

    public boolean isRegression() {
        return regression;
    }

    private boolean regression;

    private String surfaceTitle(int run) {
        return layout.compare() ? layout.variantLabels().get(run) : regression ? "Predicted value" : "Decision surface";
    }

    /** The (first) run's decision surface. */
    public DecisionSurfaceView surface() { return surfaces.get(0); }

    /** One decision surface per run shown, variant A first. */
    public List<DecisionSurfaceView> surfaces() { return List.copyOf(surfaces); }

    public void setTheme(ChartTheme t) {
        theme = t;
        for (CanvasChart c : charts()) {
            c.setTheme(t);
        }
        for (GradientPanel p : panels) {
            p.setTheme(t);
        }
        for (Label l : figureLabels) {
            if (l.getGraphic() instanceof VariantSwatch sw) {
                sw.paint(t);
            }
        }
    }

    /** Scales every chart's lines and text (presenter mode), now and for panels added later. */
    public void setDrawScale(double scale) {
        boolean changed = scale != drawScale;
        drawScale = scale;
        if (changed && layout != null) {
            arrange();
        }
        for (CanvasChart c : charts()) {
            c.setDrawScale(scale);
        }
        fitFigures();
        if (chartsHeader != null) {
            fitCaption(chartsHeader, chartsHeader.getWidth());
        }
    }

    public double drawScale() {
        return drawScale;
    }

    /**
     * Puts the gradient charts first where the charts are stacked (one or two columns), before loss and
     * accuracy and the decision surfaces: a lesson step that talks about the gradient norms then shows them
     * without scrolling (presenter mode at 1280 × 800 stacks the charts). The wide arrangement shows them all.
     */
    public void setGradientsFirst(boolean on) {
        boolean changed = on != gradientsFirst;
        gradientsFirst = on;
        if (changed && layout != null) {
            arrange();
        }
    }

    public boolean gradientsFirst() {
        return gradientsFirst;
    }

    /**
     * Scrolls the charts back to their top left: a lesson step that is set up shows its first charts (the
     * gradient charts, when the step is about them), not where the pane was left scrolled before.
     */
    public void scrollToTop() {
        gridScroll.setVvalue(gridScroll.getVmin());
        gridScroll.setHvalue(gridScroll.getHmin());
    }

    /**
     * Scrolls the charts so that the next row of charts starts at the top of their view ({@code back}: the row
     * before); past the last row back to the top, and from the top back to the last. The G key (Shift+G back)
     * calls it, so a presenter brings the charts below the fold into view without the mouse.
     */
    public void scrollToNextRow(boolean back) {
        double view = gridScroll.getViewportBounds().getHeight();
        double content = grid.getHeight();
        double range = content - view;
        if (range <= 1) {
            return; // everything is in view
        }
        double now = (gridScroll.getVvalue() - gridScroll.getVmin()) / (gridScroll.getVmax() - gridScroll.getVmin()) * range;
        java.util.TreeSet<Double> tops = new java.util.TreeSet<>();
        for (javafx.scene.Node n : grid.getChildren()) {
            if (n.isVisible() && n.isManaged()) {
                // a row's top, less the grid's padding above it, so that the row's own top edge shows
                tops.add(Math.min(range, Math.max(0, Math.floor(n.getBoundsInParent().getMinY() - GRID_PADDING / 2))));
            }
        }
        tops.add(0.0);
        tops.add(range);
        Double to = back ? tops.lower(now - 2) : tops.higher(now + 2);
        if (to == null) {
            to = back ? range : 0.0; // round again
        }
        gridScroll.setVvalue(gridScroll.getVmin() + to / range * (gridScroll.getVmax() - gridScroll.getVmin()));
    }

    /** The charts' scroll pane (how far down they are scrolled, what part of the grid is in view). */
    public javafx.scene.control.ScrollPane scrollPane() {
        return gridScroll;
    }

    public List<CanvasChart> charts() {
        List<CanvasChart> all = new ArrayList<>(List.of(loss, learningRate, accuracy));
        for (int i = 0; i < layout.runs(); i++) {
            all.add(panels.get(i).heatmap());
            all.add(panels.get(i).lines().chart());
            all.add(panels.get(i).bars());
        }
        all.addAll(surfaces);
        return all;
    }

    public LiveLineChart lossChart() { return loss; }
    public LiveLineChart accuracyChart() { return accuracy; }
    /** The learning rate of every run over the iterations (behind the loss chart's "Learning rate" switch). */
    public LiveLineChart learningRateChart() { return learningRate; }
    /** Loss | learning rate. */
    public ViewSwitch lossView() { return lossView; }

    /** Shows the learning-rate chart in the loss chart's cell, or the loss (a set-up shows what its text is about). */
    public void showLearningRate(boolean on) {
        lossView.selectedProperty().set(on ? 1 : 0);
    }
    /**
     * Which view the gradient panels show: 0 heatmap, 1 lines; one choice for all variants, so they stay
     * comparable. A lesson's set-up returns it to the heatmap.
     */
    public IntegerProperty gradientViewProperty() { return gradientView; }
    /** The (first) run's gradient norms as lines. */
    public GradientLines gradientLines() { return panels.get(0).lines(); }
    /** Whether the decision surfaces also draw the test points. */
    public CheckBox testPointsToggle() { return testPoints; }
    /** The (first) run's gradient heatmap. */
    public GradientHeatmap heatmap() { return panels.get(0).heatmap(); }
    /** The (first) run's latest gradient norms. */
    public LayerBars layerBars() { return panels.get(0).bars(); }

    /** The gradient panels of a comparison, variant A first (one, headless, for a single run). */
    public List<GradientPanel> gradientPanels() {
        return List.copyOf(panels.subList(0, layout.runs()));
    }

    public RunLayout runLayout() { return layout; }

    /** The comparison's caption, whole (the header may show it shorter, or not at all, where it is narrow). */
    public String caption() { return layout.caption(); }

    /** What the header shows of the caption now. */
    public String captionShown() { return caption.getText(); }

    /**
     * Marks a variant that diverged (or failed) on the loss chart, at its last point, with its letter: "C ⚠
     * diverged". Its curve is often a single point at the top of the axis, which the legend alone does not
     * point at. The later of its epoch curve and its minibatch curve carries the mark; {@code null} clears it.
     */
    private void markLossEnd(int run, String title) {
        if (!layout.compare() || run >= trainLoss.length) {
            return;
        }
        loss.markEnd(trainLoss[run], null, null);
        loss.markEnd(batchLoss[run], null, null);
        if (title == null) {
            return;
        }
        String letter = ComparePlan.letter(run); // the letter its label starts with
        String word = title.startsWith("Diverged") ? "diverged" : title.startsWith("Training failed") ? "failed" : null;
        if (word == null) {
            return; // a warning about a run that trained (units died, at chance) is its panel's, not an end
        }
        var epochs = loss.series(trainLoss[run]).data();
        var batches = loss.series(batchLoss[run]).data();
        int marked = epochs.size() > 0 && (batches.size() == 0 || epochs.lastX() >= batches.lastX())
                ? trainLoss[run] : batchLoss[run];
        loss.markEnd(marked, letter + " ⚠ " + word, SeriesStyle.compare(run));
    }

    // ---- the sink ------------------------------------------------------------------------------

    @Override
    public void reset(RunLayout next) {
        boolean sameShape = layout != null && layout.variantLabels().equals(next.variantLabels());
        layout = next;
        caption.setText(next.caption());
        caption.setVisible(next.compare());
        caption.setManaged(next.compare());
        if (!sameShape) {
            buildSeries();
            iterationsPerEpoch = new int[0];
            examplesPerEpoch = new int[0];
            buildFigures();
        } else {
            loss.clearData();
            accuracy.clearData();
            learningRate.clearData();
            for (Label l : figureLabels) {
                l.setText("");
            }
            java.util.Collections.fill(figureTexts, "");
            figures.setVisible(false);
            figures.setManaged(false);
        }
        while (panels.size() < next.runs()) {
            GradientPanel p = new GradientPanel(panels.size());
            p.overTime().selectedProperty().bindBidirectional(gradientView);
            panels.add(p);
        }
        while (surfaces.size() < next.runs()) {
            DecisionSurfaceView s = new DecisionSurfaceView();
            s.setId(surfaces.isEmpty() ? "decision-surface" : "decision-surface-" + surfaces.size());
            s.setMinSize(0, 0);
            s.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            s.setTheme(theme);
            s.setShowTestPoints(testPoints.isSelected());
            surfaces.add(s);
        }
        for (int i = 0; i < next.runs(); i++) {
            // each variant its own layers: "no hidden layer" has one, "3 linear layers" four
            panels.get(i).heatmap().setLayers(next.layerNames(i));
            panels.get(i).bars().setLayers(next.layerNames(i));
            panels.get(i).lines().setLayers(next.layerNames(i));
            panels.get(i).setFrozen(next.frozen(i));
            panels.get(i).setAlert(null, null);
            surfaces.get(i).setTitle(surfaceTitle(i));
        }
        if (!sameShape) {
            arrange();
        }
        applyX();
        setTheme(theme);
        setDrawScale(drawScale);
    }

    /** One set of series per run: a single run keeps its three loss curves; variants get one style each. */
    private void buildSeries() {
        loss.removeAllSeries();
        accuracy.removeAllSeries();
        learningRate.removeAllSeries();
        int n = layout.runs();
        rate = new int[n];
        batchLoss = new int[n];
        trainLoss = new int[n];
        validationLoss = new int[n];
        trainAcc = new int[n];
        validationAcc = new int[n];
        if (!layout.compare()) {
            loss.setTitle("Loss");
            accuracy.setTitle("Accuracy");
            // Batch loss is noisy context: thin, light and unmarked; the epoch curves carry the story.
            batchLoss[0] = loss.addSeries("batch loss", new SeriesStyle(Color.web("#999999"), new double[0],
                    SeriesStyle.Marker.NONE, 1.0));
            trainLoss[0] = loss.addSeries("train loss", SeriesStyle.variant(4));
            validationLoss[0] = loss.addSeries("validation loss", SeriesStyle.variant(0));
            trainAcc[0] = accuracy.addSeries("train accuracy", SeriesStyle.variant(4));
            validationAcc[0] = accuracy.addSeries("validation accuracy", SeriesStyle.variant(0));
            rate[0] = learningRate.addSeries("learning rate", SeriesStyle.variant(4));
            return;
        }
        // Side by side: one named curve per variant per chart (more would be a tangle of 8–12 lines); the
        // minibatch losses stay behind as faint context in the variant's colour.
        loss.setTitle("Training loss");
        accuracy.setTitle("Validation accuracy");
        for (int i = 0; i < n; i++) {
            batchLoss[i] = loss.addSeries(layout.variantLabels().get(i) + " minibatch", SeriesStyle.compare(i).faint(), false);
        }
        for (int i = 0; i < n; i++) {
            String label = layout.variantLabels().get(i);
            trainLoss[i] = loss.addSeries(label, SeriesStyle.compare(i));
            validationLoss[i] = -1;
            trainAcc[i] = -1;
            validationAcc[i] = accuracy.addSeries(label, SeriesStyle.compare(i));
            rate[i] = learningRate.addSeries(label, SeriesStyle.compare(i));
        }
    }

    /**
     * Puts the charts in the grid, in as many columns as the width allows without a chart dropping below
     * its readable minimum ({@link ChartArrangement}). Three columns: one run has loss | accuracy |
     * surface on top and heatmap | bars below (the surface spans both rows); a comparison has loss |
     * accuracy | the variants' small surfaces on top and the variants' gradient panels side by side across
     * the whole width below, where the layers × time heatmaps need it most. Narrower, the charts go two to
     * a row (or one), the surfaces and each variant's gradients get rows of their own, and the grid scrolls
     * rather than squeezing a chart to a sliver.
     */
    /** The stacked arrangement's loss and accuracy rows: their minimum height now, and how many there are. */
    private javafx.beans.binding.DoubleBinding lineRowMin;
    private int lineRows;
    /** How much taller than their minimum the stacked surfaces' row is (they grow with the width), or null. */
    private javafx.beans.binding.DoubleBinding surfaceExtra;
    /** The largest a decision surface's square grows to where the charts are stacked (at scale 1). */
    static final double STACKED_SURFACE_MAX = 210;

    /**
     * The stacked surfaces' box down when each square takes the width of its cell (side by side for two, 2 × 2
     * for three or four), up to {@link #STACKED_SURFACE_MAX}.
     */
    private double stackedSurfaceBoxHeight(int runs) {
        int cols = runs <= 2 ? runs : 2;
        int rows = runs <= 2 ? 1 : 2;
        double cell = (chartsWidth() - (cols - 1) * 6) / cols;
        double side = Math.max(ChartArrangement.SURFACE * drawScale,
                Math.min(STACKED_SURFACE_MAX * drawScale, cell - DecisionSurfaceView.CHROME_WIDTH * drawScale));
        return rows * (side + DecisionSurfaceView.CHROME_HEIGHT * drawScale) + (rows - 1) * 6;
    }

    /** How much taller than a chart's minimum the stacked gradient rows are (a deep network's layer names). */
    private double gradientExtra;

    private void arrange() {
        gradientExtra = 0;
        grid.minHeightProperty().unbind();
        grid.getChildren().clear();
        surfaceBox.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int runs = layout.runs();
        arrangement = ChartArrangement.choose(chartsWidth(), drawScale, surfaceShown ? runs : 0, runs);
        int cols = arrangement.columns();
        double ch = ChartArrangement.CHART_HEIGHT * drawScale;
        // Variants' surfaces: side by side for two, a 2 × 2 grid for three or four.
        int surfaceCols = runs <= 2 ? runs : 2;
        for (int i = 0; i < runs; i++) {
            DecisionSurfaceView s = surfaces.get(i);
            surfaceBox.add(s, i % surfaceCols, i / surfaceCols);
            grow(s);
        }
        grow(surfaceBox);
        grow(lossView);
        grow(accuracy);
        if (!layout.compare()) {
            // Short enough to leave the title row room for the heatmap | lines switch at 1280 px.
            heatmap().setTitle("Gradient norms");
            gradientLines().chart().setTitle("Gradient norms");
            layerBars().setTitle("Latest gradient norm");
            grow(panels.get(0).overTime());
            grow(layerBars());
        }
        if (cols == 3) {
            for (int c = 0; c < 3; c++) {
                grid.getColumnConstraints().add(new ColumnConstraints());
            }
            // Half the height each, unless a comparison's surfaces (two rows of them for three or four
            // variants) need more of it on top: then the rows share it as their minimums do.
            double top = ch;
            double bottom = ch;
            if (layout.compare()) {
                top = Math.max(ch, surfaceShown ? ChartArrangement.surfaceBoxHeight(drawScale, runs) : 0);
                bottom = ch + ChartArrangement.PANEL_HEADER;
            }
            double topShare = Math.max(50, 100 * top / (top + bottom));
            for (int r = 0; r < 2; r++) {
                RowConstraints rc = new RowConstraints();
                rc.setPercentHeight(r == 0 ? topShare : 100 - topShare);
                grid.getRowConstraints().add(rc);
            }
            grid.add(lossView, 0, 0);
            grid.add(accuracy, 1, 0);
            if (layout.compare()) {
                grid.add(gradientRow(), 0, 1, 3, 1);
                grid.add(surfaceBox, 2, 0, 1, 1);
            } else {
                grid.add(panels.get(0).overTime(), 0, 1);
                grid.add(layerBars(), 1, 1);
                grid.add(surfaceBox, 2, 0, 1, 2);
            }
            sizeColumns();
        } else {
            for (int c = 0; c < cols; c++) {
                ColumnConstraints cc = new ColumnConstraints();
                cc.setPercentWidth(100.0 / cols);
                grid.getColumnConstraints().add(cc);
            }
            int r = 0;
            if (gradientsFirst) {
                r = gradientRows(cols, r, ch);
            }
            // Stacked, the rows get their minimums: loss and accuracy keep a readable plot inside their frames,
            // as far as the charts' view is tall enough to show one of them whole (presenter mode on a small screen).
            int first = grid.getRowConstraints().size();
            r = pair(lossView, accuracy, cols, r, ch);
            double lineCh = ChartArrangement.LINE_CHART_HEIGHT * drawScale;
            lineRowMin = javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(ch, Math.min(lineCh, gridScroll.getViewportBounds().getHeight() - GRID_PADDING)),
                    gridScroll.viewportBoundsProperty());
            lineRows = grid.getRowConstraints().size() - first;
            for (RowConstraints rc : grid.getRowConstraints().subList(first, grid.getRowConstraints().size())) {
                rc.minHeightProperty().bind(lineRowMin);
            }
            surfaceExtra = null;
            if (surfaceShown) {
                grid.add(surfaceBox, 0, r, cols, 1);
                // The surfaces use the width they have (up to a cap), not the smallest readable square: a
                // comparison's boundaries are what that step is about.
                double base = Math.max(ChartArrangement.surfaceBoxHeight(drawScale, runs), ch);
                javafx.beans.binding.DoubleBinding want = javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.max(base, stackedSurfaceBoxHeight(runs)), gridScroll.viewportBoundsProperty());
                row(base);
                grid.getRowConstraints().get(grid.getRowConstraints().size() - 1).minHeightProperty().bind(want);
                surfaceExtra = javafx.beans.binding.Bindings.createDoubleBinding(() -> want.get() - base, want);
                r++;
            }
            if (!gradientsFirst) {
                gradientRows(cols, r, ch);
            }
        }
        grid.setMinWidth(arrangement.minWidth() + GRID_PADDING);
        if (cols == 3) {
            grid.setMinHeight(arrangement.minHeight() + GRID_PADDING);
        } else {
            // The arrangement counts the loss and accuracy rows at their full height; where the view is lower
            // they are as tall as it (their rows' minimums above), and so is the grid's minimum.
            double lineCh = ChartArrangement.LINE_CHART_HEIGHT * drawScale;
            int rows = lineRows;
            var rowMin = lineRowMin;
            double full = arrangement.minHeight() + gradientExtra;
            var surfaceMore = surfaceExtra;
            grid.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> full - rows * (lineCh - rowMin.get()) + GRID_PADDING
                            + (surfaceMore == null ? 0 : surfaceMore.get()),
                    surfaceMore == null ? new javafx.beans.Observable[] {rowMin} : new javafx.beans.Observable[] {rowMin, surfaceMore}));
        }
        surfaceBox.setVisible(surfaceShown);
        surfaceBox.setManaged(surfaceShown);
    }

    /** The stacked arrangement's gradient charts from row {@code r}: each variant's panel, or heatmap and bars. */
    private int gradientRows(int cols, int r, double ch) {
        if (layout.compare()) {
            // As tall as the deepest variant's layers need for their names and the bars' numbers (presenter
            // mode, ten layers), as a single run's row is.
            double gh = gradientRowMin(ch);
            // the variant's name above its charts is in the charts' type: presenter mode's is larger
            double head = ChartArrangement.PANEL_HEADER * Math.max(1, drawScale);
            gradientExtra = layout.runs() * (gh - ch + head - ChartArrangement.PANEL_HEADER);
            for (int i = 0; i < layout.runs(); i++) {
                GradientPanel p = variantPanel(i);
                grid.add(p, 0, r++, cols, 1);
                row(gh + head);
            }
            return r;
        }
        if (cols == 1 && ChartArrangement.gradientsSideBySide(chartsWidth(), drawScale)) {
            // One column for loss and accuracy, but room for the heatmap and the bars side by side.
            HBox both = new HBox(ChartArrangement.GAP);
            both.setMinSize(0, 0);
            for (Region chart : List.of(panels.get(0).overTime(), layerBars())) {
                HBox.setHgrow(chart, Priority.ALWAYS);
                chart.setPrefWidth(100); // equal halves of the row
                both.getChildren().add(chart);
            }
            grow(both);
            grid.add(both, 0, r);
            double gh = gradientRowMin(ch);
            gradientExtra = gh - ch;
            row(gh);
            return r + 1;
        }
        double gh = gradientRowMin(ch);
        gradientExtra = (gh - ch) * (cols >= 2 ? 1 : 2);
        return pair(panels.get(0).overTime(), layerBars(), cols, r, gh);
    }

    /**
     * A run's gradient row where the charts are stacked: a chart's height, or more when the network is deep,
     * so that every layer's band of the heatmap (the tallest of the two charts' frames) holds its name in
     * 9 px type, and in presenter mode in the whole 12 px label type (scaled with the rest of the chart text):
     * ten layers on a projector keep all their names and numbers at the size of the chart's other text.
     */
    private double gradientRowMin(double ch) {
        int layers = layout.mostLayers();
        double band = drawScale > 1 ? LayerBars.minRowText(drawScale) : 9;
        return Math.max(ch, (GradientHeatmap.CHROME_HEIGHT + layers * band) * drawScale);
    }

    /** Two charts side by side in one row, or one above the other; returns the next free row. */
    private int pair(Region a, Region b, int cols, int r, double minHeight) {
        if (cols >= 2) {
            grid.add(a, 0, r);
            grid.add(b, 1, r);
            row(minHeight);
            return r + 1;
        }
        grid.add(a, 0, r);
        grid.add(b, 0, r + 1);
        row(minHeight);
        row(minHeight);
        return r + 2;
    }

    private void row(double minHeight) {
        RowConstraints rc = new RowConstraints();
        rc.setMinHeight(minHeight);
        rc.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().add(rc);
    }

    /** A variant's gradient panel, headed by its name and line style. */
    private GradientPanel variantPanel(int i) {
        GradientPanel p = panels.get(i);
        p.showAsVariant(layout.variantLabels().get(i), SeriesStyle.compare(i), theme);
        p.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        GridPane.setHgrow(p, Priority.ALWAYS);
        GridPane.setVgrow(p, Priority.ALWAYS);
        return p;
    }

    /** The variants' gradient panels side by side in equal shares of the row. */
    private HBox gradientRow() {
        HBox row = new HBox(10);
        row.setMinSize(0, 0);
        for (int i = 0; i < layout.runs(); i++) {
            GradientPanel p = variantPanel(i);
            HBox.setHgrow(p, Priority.ALWAYS);
            p.setPrefWidth(100); // equal shares of the row, whatever their content asks for
            row.getChildren().add(p);
        }
        grow(row);
        return row;
    }

    /** The width the charts have (their scroll pane's viewport; before the first layout, a wide guess). */
    private double chartsWidth() {
        double w = gridScroll.getViewportBounds().getWidth();
        return (w > 0 ? w : 1200) - GRID_PADDING;
    }

    /** Fits the three columns of the wide arrangement to the width and height there are now. */
    private void sizeColumns() {
        if (arrangement == null || arrangement.columns() != 3 || grid.getColumnConstraints().size() != 3) {
            return;
        }
        double w = chartsWidth();
        double h = gridScroll.getViewportBounds().getHeight() - GRID_PADDING;
        double[] px = ChartArrangement.wideColumns(w, h, drawScale, surfaceShown ? layout.runs() : 0);
        double sum = px[0] + px[1] + px[2];
        for (int c = 0; c < 3; c++) {
            grid.getColumnConstraints().get(c).setPercentWidth(sum > 0 ? 100 * px[c] / sum : 100.0 / 3);
        }
    }

    /** Re-arranges when the width calls for another number of columns, else refits the columns. */
    private void fitToViewport() {
        if (layout == null) {
            return;
        }
        int runs = layout.runs();
        ChartArrangement next = ChartArrangement.choose(chartsWidth(), drawScale, surfaceShown ? runs : 0, runs);
        if (arrangement == null || !next.equals(arrangement)) {
            arrange();
        } else {
            sizeColumns();
        }
    }

    /** How the charts are arranged now (columns and the size below which they scroll). */
    public ChartArrangement arrangement() {
        return arrangement;
    }

    private static void grow(Region r) {
        GridPane.setHgrow(r, Priority.ALWAYS);
        GridPane.setVgrow(r, Priority.ALWAYS);
        r.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        r.setMinSize(0, 0);
    }

    @Override
    public void iteration(int run, long iteration, int epoch, double batch, double learningRate, float[] gradientNorms) {
        if (run >= layout.runs()) {
            return;
        }
        loss.append(batchLoss[run], iteration, batch);
        this.learningRate.append(rate[run], iteration, learningRate);
        GradientPanel p = panels.get(run);
        p.heatmap().append(gradientNorms);
        p.lines().append(iteration, gradientNorms);
        p.bars().setValues(gradientNorms);
    }

    @Override
    public void epoch(int run, int epoch, long iteration, double train, double validation, double trainAccuracy,
            double validationAccuracy) {
        if (run >= layout.runs()) {
            return;
        }
        loss.append(trainLoss[run], iteration, train);
        if (validationLoss[run] >= 0) {
            loss.append(validationLoss[run], iteration, validation);
        }
        if (trainAcc[run] >= 0) {
            accuracy.append(trainAcc[run], iteration, trainAccuracy);
        }
        accuracy.append(validationAcc[run], iteration, validationAccuracy);
    }

    @Override
    public void epochSize(int run, int iterations, int examples) {
        setEpochSize(run, iterations, examples);
    }

    @Override
    public void figures(int run, String text) {
        setRunFigures(run, text);
    }

    @Override
    public void variantAlert(int run, String title, String detail) {
        if (run < layout.runs()) {
            panels.get(run).setAlert(title, detail);
            markLossEnd(run, title);
        }
    }
}
