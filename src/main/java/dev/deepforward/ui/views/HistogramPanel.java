package dev.deepforward.ui.views;

import dev.deepforward.engine.run.LayerHistograms;
import dev.deepforward.ui.chart.ChartTheme;
import java.util.Arrays;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.layout.ColumnConstraints;

/**
 * Weight and gradient histograms of one layer, chosen in a list: the weights' spread shows initialization
 * and decay, the gradients' width shows which layers learn (a spike at 0 is a vanishing gradient).
 */
public final class HistogramPanel extends VBox {

    private final ComboBox<String> layer = new ComboBox<>();
    private final HistogramView weights = new HistogramView("Weights", Color.web("#0072B2"));
    private final HistogramView gradients = new HistogramView("Gradients", Color.web("#E69F00"));
    private LayerHistograms latest;

    public HistogramPanel() {
        setId("histogram-panel");
        setSpacing(6);
        layer.setId("histogram-layer");
        weights.setId("weight-histogram");
        gradients.setId("gradient-histogram");
        Label title = new Label("Layer");
        title.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        HBox header = new HBox(8, title, layer);
        header.setAlignment(Pos.CENTER_LEFT);
        layer.valueProperty().addListener((o, a, b) -> show());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.add(weights, 0, 0);
        grid.add(gradients, 1, 0);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        for (var v : new HistogramView[] {weights, gradients}) {
            v.setMinSize(0, 0);
            v.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            GridPane.setHgrow(v, Priority.ALWAYS);
            GridPane.setVgrow(v, Priority.ALWAYS);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(header, grid);
    }

    public void setHistograms(LayerHistograms h) {
        latest = h;
        String[] names = Arrays.stream(h.layers()).map(LayerHistograms.Layer::name).toArray(String[]::new);
        if (!layer.getItems().equals(Arrays.asList(names))) {
            String was = layer.getValue();
            layer.getItems().setAll(names);
            layer.setValue(was != null && layer.getItems().contains(was) ? was : names[0]);
        }
        show();
    }

    private void show() {
        int i = layer.getSelectionModel().getSelectedIndex();
        if (latest == null || i < 0 || i >= latest.layers().length) {
            return;
        }
        LayerHistograms.Layer l = latest.layers()[i];
        String at = "iteration " + latest.iteration();
        weights.setData(l.weightCounts(), l.weightLimit(), at);
        gradients.setData(l.gradientCounts(), l.gradientLimit(), at);
    }

    public void clear() {
        latest = null;
        weights.clear();
        gradients.clear();
    }

    public ComboBox<String> layerChoice() {
        return layer;
    }

    public HistogramView weights() {
        return weights;
    }

    public HistogramView gradients() {
        return gradients;
    }

    public void setTheme(ChartTheme theme) {
        weights.setTheme(theme);
        gradients.setTheme(theme);
    }
}
