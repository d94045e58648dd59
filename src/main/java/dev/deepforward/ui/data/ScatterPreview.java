package dev.deepforward.ui.data;

import dev.deepforward.data.Dataset;
import dev.deepforward.data.Task;
import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.chart.ClassStyles;
import dev.deepforward.ui.chart.ColorMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A small scatter of 2-D data: each class in its own colour and marker shape (never colour alone), with
 * a legend of the shapes; regression targets as viridis-coloured dots.
 */
public final class ScatterPreview extends CanvasChart {

    private static final int MAX_POINTS = 600;
    private Dataset data;

    public ScatterPreview() {
        setId("preview-scatter");
    }

    public void setData(Dataset d) {
        data = d;
        markDirty();
    }

    public Dataset data() {
        return data;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 190;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (data == null || data.featureCount() != 2 || data.size() == 0) {
            return;
        }
        boolean classes = data.task() == Task.CLASSIFICATION;
        double legend = classes ? 16 : 0;
        float[] f = data.features();
        double[] xr = range(f, 0);
        double[] yr = range(f, 1);
        double pad = 6;
        double pw = w - 2 * pad;
        double ph = h - 2 * pad - legend;
        g.setStroke(theme().grid());
        g.setLineWidth(1);
        g.strokeRect(pad - 2, pad - 2, pw + 4, ph + 4);
        int step = Math.max(1, data.size() / MAX_POINTS);
        double[] tr = classes ? null : targetRange();
        for (int i = 0; i < data.size(); i += step) {
            double x = pad + (f[2 * i] - xr[0]) / (xr[1] - xr[0]) * pw;
            double y = pad + ph - (f[2 * i + 1] - yr[0]) / (yr[1] - yr[0]) * ph;
            if (classes) {
                ClassStyles.draw(g, data.labels()[i], x, y, 2.8, theme());
            } else {
                double t = (data.targets()[i * data.outputCount()] - tr[0]) / (tr[1] - tr[0]);
                g.setFill(ColorMap.VIRIDIS.at(t));
                g.fillOval(x - 2.5, y - 2.5, 5, 5);
            }
        }
        if (classes) {
            g.setFont(Font.font(11));
            g.setTextBaseline(VPos.CENTER);
            g.setTextAlign(TextAlignment.LEFT);
            double x = pad;
            double y = h - legend / 2 - 1;
            for (int c = 0; c < data.classCount(); c++) {
                ClassStyles.draw(g, c, x + 4, y, 4, theme());
                g.setFill(theme().text());
                String name = data.classNames().get(c);
                g.fillText(name, x + 11, y);
                x += 18 + 6.5 * name.length();
            }
        }
    }

    private double[] targetRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            double v = data.targets()[i * data.outputCount()];
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi > lo ? new double[] {lo, hi} : new double[] {lo - 1, lo + 1};
    }

    private double[] range(float[] f, int col) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            lo = Math.min(lo, f[2 * i + col]);
            hi = Math.max(hi, f[2 * i + col]);
        }
        return hi > lo ? new double[] {lo, hi} : new double[] {lo - 1, lo + 1};
    }
}
