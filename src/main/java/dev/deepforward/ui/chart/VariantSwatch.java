package dev.deepforward.ui.chart;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * A short stretch of a variant's line (colour, dash and marker), put next to its name wherever the variant
 * has a panel of its own, so a gradient panel or a decision surface reads with the curves of the same
 * variant without a lookup in the legend.
 */
final class VariantSwatch extends Canvas {

    private final SeriesStyle style;

    VariantSwatch(SeriesStyle style) {
        super(30, 14);
        this.style = style;
        getStyleClass().add("variant-swatch");
    }

    void paint(ChartTheme theme) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setStroke(style.colourOn(theme));
        g.setLineWidth(style.width());
        double[] dash = style.dash();
        g.setLineDashes(dash.length == 0 ? null : dash);
        g.strokeLine(1, 7, 29, 7);
        g.setLineDashes();
        g.setLineWidth(1.4);
        g.setFill(theme.background());
        Markers.draw(g, style.marker(), 15, 7, 4);
    }
}
