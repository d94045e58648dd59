package dev.deepforward.ui.views;

import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.chart.SeriesStyle;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The latest percentage of each layer as a horizontal bar with its number, on a fixed 0–100 % scale. */
public final class FractionBars extends CanvasChart {

    private List<String> names = List.of();
    private double[] values = new double[0];

    public void setLayers(List<String> layerNames) {
        names = List.copyOf(layerNames);
        values = new double[names.size()];
        java.util.Arrays.fill(values, Double.NaN);
        markDirty();
    }

    public void setValues(double[] percent) {
        values = percent.clone();
        markDirty();
    }

    public void clearValues() {
        java.util.Arrays.fill(values, Double.NaN);
        markDirty();
    }

    public double[] values() {
        return values.clone();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        int n = names.size();
        if (n == 0) {
            return;
        }
        double label = 110;
        double row = Math.min(22, (h - 8) / n);
        g.setFont(Font.font(Math.max(9, Math.min(12, row * 0.6))));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < n; i++) {
            double y = 4 + i * row;
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(theme().text());
            g.fillText(names.get(i), 6, y + row / 2);
            double pw = w - label - 60;
            g.setFill(theme().grid());
            g.fillRect(label, y + 3, pw, row - 6);
            double v = i < values.length ? values[i] : Double.NaN;
            if (Double.isFinite(v)) {
                g.setFill(SeriesStyle.variant(i).colourOn(theme()));
                g.fillRect(label, y + 3, pw * Math.max(0, Math.min(100, v)) / 100, row - 6);
                g.setFill(theme().text());
                g.fillText(String.format("%.0f%%", v), label + pw + 6, y + row / 2);
            } else {
                g.setFill(theme().mutedText());
                g.fillText("–", label + pw + 6, y + row / 2);
            }
        }
    }
}
