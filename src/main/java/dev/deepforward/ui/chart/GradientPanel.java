package dev.deepforward.ui.chart;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One variant's gradient views in a comparison: its name (with its line style, as in the legends), the
 * layers × time heatmap or, switched, the per-layer norms as lines, and the latest per-layer bars, and — when this variant diverged while the others
 * train on — its own warning. Panels sit side by side, so "vanishing in A, healthy in B" is one glance.
 */
public final class GradientPanel extends BorderPane {

    private final GradientHeatmap heatmap = new GradientHeatmap();
    private final LayerBars bars = new LayerBars("Latest");
    private final GradientLines lines = new GradientLines();
    /** The norms over time: heatmap (the overview) or lines (the exact values, log scale), one at a time. */
    private final ViewSwitch overTime;
    private final Label name = new Label();
    private final Label alert = new Label();
    private final HBox header;
    private final HBox views;
    private VariantSwatch swatch;

    GradientPanel(int index) {
        getStyleClass().add("gradient-panel");
        setId("gradient-panel-" + index);
        heatmap.setId(index == 0 ? "gradient-heatmap" : "gradient-heatmap-" + index);
        bars.setId(index == 0 ? "layer-bars" : "layer-bars-" + index);
        lines.chart().setId(index == 0 ? "gradient-lines" : "gradient-lines-" + index);
        overTime = new ViewSwitch("gradient-view-" + index, java.util.List.of("Heatmap", "Lines"),
                java.util.List.of(heatmap, lines.chart()));
        // beside "Gradient norms" in presenter type (a half of the row at 1280) the whole names do not fit
        overTime.setShortNames(java.util.List.of("Map", "Lines"));
        name.setId("gradient-panel-name-" + index);
        name.getStyleClass().add("section-title");
        alert.setId("variant-alert-" + index);
        alert.getStyleClass().add("variant-alert");
        // Inline on purpose: the same vermillion strip reads on the light and the dark theme.
        alert.setStyle("-fx-background-color: #D55E00; -fx-text-fill: white; -fx-font-weight: bold;"
                + " -fx-padding: 2 8 2 8; -fx-background-radius: 4;");
        alert.setMinWidth(0);
        alert.setVisible(false);
        alert.setManaged(false);
        header = new HBox(8, name, alert);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 2, 4));
        views = new HBox(6, overTime, bars);
        HBox.setHgrow(overTime, Priority.ALWAYS);
        HBox.setHgrow(bars, Priority.ALWAYS);
        views.widthProperty().addListener((o, a, w) -> {
            // The heatmap carries the story over time; the bars are the latest column of it.
            overTime.setPrefWidth(w.doubleValue() * 0.64);
            bars.setPrefWidth(w.doubleValue() * 0.36);
        });
        heatmap.setMinSize(0, 0);
        lines.chart().setMinSize(0, 0);
        overTime.setMinSize(0, 0);
        bars.setMinSize(0, 0);
        setMinSize(0, 0);
    }

    /** Shows the views of a variant of a comparison, headed by its label and line style. */
    void showAsVariant(String label, SeriesStyle style, ChartTheme theme) {
        name.setText(label);
        swatch = new VariantSwatch(style);
        swatch.paint(theme);
        header.getChildren().setAll(swatch, name, alert);
        // Short: the panel is a half or a quarter of the row, and the view switch shares the title row.
        heatmap.setTitle("Gradients");
        lines.chart().setTitle("Gradients");
        bars.setTitle("Latest");
        views.getChildren().setAll(overTime, bars);
        setTop(header);
        setCenter(views);
        setAlert(null, null);
    }

    /** This variant diverged or failed ({@code null} clears the warning). */
    public void setAlert(String title, String detail) {
        boolean on = title != null;
        alert.setText(on ? "⚠ " + title : "");
        Tooltip tip = on && detail != null && !detail.isEmpty() ? new Tooltip(detail) : null;
        if (tip != null) { // a sentence naming several layers: wrapped, never past the screen's edge
            tip.setWrapText(true);
            tip.setMaxWidth(480);
        }
        alert.setTooltip(tip);
        alert.setVisible(on);
        alert.setManaged(on);
    }

    /**
     * Marks frozen layers (transfer learning) in the heatmap, lines and bars: their gradient is computed but
     * never applied, so it is shown as "frozen", not as a value that trains the layer.
     */
    void setFrozen(boolean[] frozen) {
        heatmap.setFrozen(frozen);
        lines.setFrozen(frozen);
        bars.setFrozen(frozen);
    }

    public String alertText() {
        return alert.isVisible() ? alert.getText() : "";
    }

    public String label() {
        return name.getText();
    }

    void setTheme(ChartTheme theme) {
        heatmap.setTheme(theme);
        lines.chart().setTheme(theme);
        bars.setTheme(theme);
        if (swatch != null) {
            swatch.paint(theme);
        }
    }

    public GradientHeatmap heatmap() { return heatmap; }
    /** The per-layer norms as lines over the iterations (log scale). */
    public GradientLines lines() { return lines; }
    /** Heatmap | lines, sharing one place. */
    public ViewSwitch overTime() { return overTime; }
    public LayerBars bars() { return bars; }
}
