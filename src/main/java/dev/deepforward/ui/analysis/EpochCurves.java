package dev.deepforward.ui.analysis;

import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.chart.SeriesStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Validation accuracy per epoch of a few named runs, in the side-by-side runs' styles (colour, dash and
 * a marker shape per run, named in a legend), so the curves are told apart without colour.
 */
public final class EpochCurves extends CanvasChart {

    private final Map<String, List<double[]>> series = new LinkedHashMap<>();
    private final String title;

    /** The chart's title, as drawn above the plot. */
    public String title() {
        return title;
    }

    public EpochCurves(String title) {
        this.title = title;
        setMinSize(220, 140);
        setPrefSize(420, 220);
    }

    public void add(String name, int epoch, double accuracy) {
        series.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {epoch, accuracy});
        markDirty();
    }

    /** Fixes the order (and so the style) of the named series before any data arrives. */
    public void declare(List<String> names) {
        for (String n : names) {
            series.computeIfAbsent(n, k -> new ArrayList<>());
        }
        markDirty();
    }

    public void clear() {
        series.clear();
        markDirty();
    }

    public int points(String name) {
        return series.getOrDefault(name, List.of()).size();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        double left = 44, right = w - 12, top = 22, bottom = h - 26;
        g.setFill(theme().text());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(title, left, 9);
        int maxEpoch = 1;
        for (List<double[]> s : series.values()) {
            for (double[] p : s) {
                maxEpoch = Math.max(maxEpoch, (int) p[0]);
            }
        }
        g.setStroke(theme().axis());
        g.setLineWidth(1);
        g.strokeLine(left, top, left, bottom);
        g.strokeLine(left, bottom, right, bottom);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i <= 4; i++) {
            double y = bottom - (bottom - top) * i / 4;
            g.setFill(theme().mutedText());
            g.fillText((25 * i) + "%", left - 4, y);
            g.setStroke(theme().grid());
            g.strokeLine(left + 1, y, right, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("epoch (0 – " + maxEpoch + ")  →  validation accuracy", (left + right) / 2, bottom + 14);
        int k = 0;
        // legend bottom right: accuracy curves live near the top, so that is where they would be covered
        double legendY = bottom - 10 - 15 * (series.size() - 1);
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            SeriesStyle style = SeriesStyle.compare(k);
            Color c = style.colourOn(theme());
            List<double[]> pts = e.getValue();
            double[] xs = new double[pts.size()];
            double[] ys = new double[pts.size()];
            for (int i = 0; i < pts.size(); i++) {
                xs[i] = left + (right - left) * pts.get(i)[0] / maxEpoch;
                ys[i] = bottom - (bottom - top) * pts.get(i)[1];
            }
            g.setStroke(c);
            g.setFill(c);
            g.setLineWidth(style.width());
            g.setLineDashes(style.dash());
            g.strokePolyline(xs, ys, xs.length);
            g.setLineDashes();
            g.setLineWidth(1);
            for (int i = 0; i < xs.length; i++) {
                marker(g, k, xs[i], ys[i]);
            }
            // legend, top right of the plot: marker, line sample and name
            double lx = right - 170;
            g.setLineDashes(style.dash());
            g.setLineWidth(style.width());
            g.strokeLine(lx, legendY, lx + 26, legendY);
            g.setLineDashes();
            g.setLineWidth(1);
            marker(g, k, lx + 13, legendY);
            g.setFill(theme().text());
            g.setTextAlign(TextAlignment.LEFT);
            String last = pts.isEmpty() ? "" : String.format("  %.1f %%", 100 * pts.get(pts.size() - 1)[1]);
            g.fillText(e.getKey() + last, lx + 32, legendY);
            legendY += 15;
            k++;
        }
    }

    /** The side-by-side runs' marker shapes in order: circle, square, triangle, diamond. */
    private static void marker(GraphicsContext g, int k, double x, double y) {
        double r = 3.5;
        switch (k % 4) {
            case 0 -> g.fillOval(x - r, y - r, 2 * r, 2 * r);
            case 1 -> g.fillRect(x - r, y - r, 2 * r, 2 * r);
            case 2 -> g.fillPolygon(new double[] {x, x + r * 1.15, x - r * 1.15}, new double[] {y - r * 1.2, y + r, y + r}, 3);
            default -> g.fillPolygon(new double[] {x, x + r * 1.2, x, x - r * 1.2}, new double[] {y - r * 1.2, y, y + r * 1.2, y}, 4);
        }
    }
}
