package dev.deepforward.ui.chart;

import java.util.List;
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

/** The run's charts: loss, accuracy, the gradient heatmap and the latest per-layer gradient norms. */
public final class TrainingCharts extends BorderPane implements MetricsSink {

    private final LiveLineChart loss = new LiveLineChart("Loss");
    private final LiveLineChart accuracy = new LiveLineChart("Accuracy");
    private final GradientHeatmap heatmap = new GradientHeatmap();
    private final LayerBars bars = new LayerBars("Latest gradient norm");
    private final DecisionSurfaceView surface = new DecisionSurfaceView();
    private final ColumnConstraints wide = new ColumnConstraints();
    private final ColumnConstraints narrow = new ColumnConstraints();
    private final ColumnConstraints square = new ColumnConstraints();
    private final Label note = new Label();
    private final int batchLoss;
    private final int trainLoss;
    private final int validationLoss;
    private final int trainAcc;
    private final int validationAcc;

    public TrainingCharts() {
        setId("training-charts");
        getStyleClass().add("training-charts");
        loss.setId("loss-chart");
        accuracy.setId("accuracy-chart");
        heatmap.setId("gradient-heatmap");
        bars.setId("layer-bars");
        surface.setId("decision-surface");
        // Batch loss is noisy context: thin, light and unmarked; the epoch curves carry the story.
        batchLoss = loss.addSeries("batch loss", new SeriesStyle(javafx.scene.paint.Color.web("#999999"), new double[0],
                SeriesStyle.Marker.NONE, 1.0));
        trainLoss = loss.addSeries("train loss", SeriesStyle.variant(4));
        validationLoss = loss.addSeries("validation loss", SeriesStyle.variant(0));
        trainAcc = accuracy.addSeries("train accuracy", SeriesStyle.variant(4));
        validationAcc = accuracy.addSeries("validation accuracy", SeriesStyle.variant(0));
        loss.setXLabel("iteration");
        accuracy.setXLabel("iteration");
        loss.setLogY(true);

        CheckBox logY = new CheckBox("log loss");
        logY.setId("log-loss");
        logY.setSelected(true);
        logY.selectedProperty().addListener((o, a, on) -> loss.setLogY(on));
        Label title = new Label("Training");
        title.getStyleClass().add("section-title");
        note.getStyleClass().add("demo-note");
        note.setId("charts-note");
        note.setVisible(false);
        note.setManaged(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, title, note, spacer, logY);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("chart-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(loss, 0, 0);
        grid.add(accuracy, 1, 0);
        grid.add(heatmap, 0, 1);
        grid.add(bars, 1, 1);
        grid.add(surface, 2, 0, 1, 2);
        grid.getColumnConstraints().addAll(wide, narrow, square);
        showSurface(false);
        RowConstraints half = new RowConstraints();
        half.setPercentHeight(50);
        grid.getRowConstraints().addAll(half, half);
        for (Region r : List.of(loss, accuracy, heatmap, bars, surface)) {
            GridPane.setHgrow(r, Priority.ALWAYS);
            GridPane.setVgrow(r, Priority.ALWAYS);
            r.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            r.setMinSize(0, 0);
        }
        setTop(header);
        setCenter(grid);
        reset(new String[] {"layer 1", "layer 2", "output"});
    }

    /** A caption next to the title, e.g. that the curves are demo data. Empty hides it. */
    public void setNote(String text) {
        note.setText(text);
        boolean on = text != null && !text.isEmpty();
        note.setVisible(on);
        note.setManaged(on);
    }

    /** Shows the decision surface (2-D datasets) as a third column, or hides it. */
    public void showSurface(boolean on) {
        surface.setVisible(on);
        surface.setManaged(on);
        wide.setPercentWidth(on ? 40 : 60);
        narrow.setPercentWidth(on ? 30 : 40);
        square.setPercentWidth(on ? 30 : 0);
    }

    public DecisionSurfaceView surface() { return surface; }

    public void setTheme(ChartTheme theme) {
        for (CanvasChart c : charts()) {
            c.setTheme(theme);
        }
    }

    public List<CanvasChart> charts() {
        return List.of(loss, accuracy, heatmap, bars, surface);
    }

    public LiveLineChart lossChart() { return loss; }
    public LiveLineChart accuracyChart() { return accuracy; }
    public GradientHeatmap heatmap() { return heatmap; }
    public LayerBars layerBars() { return bars; }

    @Override
    public void reset(String[] layerNames) {
        loss.clearData();
        accuracy.clearData();
        heatmap.setLayers(layerNames);
        bars.setLayers(layerNames);
    }

    @Override
    public void iteration(long iteration, int epoch, double batch, double learningRate, float[] gradientNorms) {
        loss.append(batchLoss, iteration, batch);
        heatmap.append(gradientNorms);
        bars.setValues(gradientNorms);
    }

    @Override
    public void epoch(int epoch, long iteration, double train, double validation, double trainAccuracy,
            double validationAccuracy) {
        loss.append(trainLoss, iteration, train);
        loss.append(validationLoss, iteration, validation);
        accuracy.append(trainAcc, iteration, trainAccuracy);
        accuracy.append(validationAcc, iteration, validationAccuracy);
    }
}
