package dev.deepforward.ui.analysis;

import dev.deepforward.engine.run.Search;
import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.chart.ColorMap;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Every run as one line across the searched hyperparameters' axes and a last axis of validation
 * accuracy. Lines are coloured by the metric with viridis (perceptually uniform, so equal steps in
 * accuracy look equally different, and it stays ordered in greyscale); the last axis and a colour-bar
 * legend say the same in numbers, and the best run is drawn thickest, on top.
 */
public final class ParallelCoordinates extends CanvasChart {

    private SearchRuns runs = SearchRuns.EMPTY;

    public ParallelCoordinates() {
        setMinSize(240, 120);
        setPrefSize(520, 240);
    }

    public void setRuns(SearchRuns runs) {
        this.runs = runs;
        markDirty();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        var plotted = runs.plotted();
        if (plotted.isEmpty() || runs.fields().isEmpty()) {
            g.setFill(theme().mutedText());
            g.fillText("Every run as a line across the hyperparameters appears as runs end.", 10, h / 2);
            return;
        }
        List<Axis> axes = new ArrayList<>();
        for (SearchField f : runs.fields()) {
            axes.add(new Axis(f, plotted));
        }
        double lo = 1, hi = 0;
        for (Search.Result r : plotted) {
            lo = Math.min(lo, SearchRuns.metric(r));
            hi = Math.max(hi, SearchRuns.metric(r));
        }
        double legend = 60;
        double left = 40, right = w - legend - 40, top = 36, bottom = h - 24;
        int n = axes.size() + 1;
        double step = (right - left) / Math.max(1, n - 1);
        // lines first (worst first, so the best end on top), then axes and labels over them
        List<Search.Result> order = new ArrayList<>(plotted);
        order.sort(java.util.Comparator.comparingDouble(SearchRuns::metric));
        for (Search.Result r : order) {
            double t = hi > lo ? (SearchRuns.metric(r) - lo) / (hi - lo) : 1;
            boolean best = r == runs.best();
            g.setLineWidth(best ? 3.5 : 1.6);
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                double p = i < axes.size() ? axes.get(i).position(r) : t;
                xs[i] = left + step * i;
                ys[i] = bottom - p * (bottom - top);
            }
            if (best) {
                // a dark casing: the best run is viridis' yellow, which alone is faint on white
                g.setStroke(theme().text());
                g.setLineWidth(6);
                g.strokePolyline(xs, ys, n);
                g.setLineWidth(3.5);
            }
            g.setStroke(ColorMap.VIRIDIS.at(t));
            g.strokePolyline(xs, ys, n);
        }
        g.setLineWidth(1);
        for (int i = 0; i < n; i++) {
            double x = left + step * i;
            g.setStroke(theme().axis());
            g.strokeLine(x, top, x, bottom);
            g.setFill(theme().text());
            g.setTextAlign(i == 0 ? TextAlignment.LEFT : i == n - 1 ? TextAlignment.RIGHT : TextAlignment.CENTER);
            String name = i < axes.size() ? axes.get(i).field.label() + (axes.get(i).field.log() ? " (log)" : "")
                    : "val. accuracy";
            g.fillText(name, x, top - 24);
            g.setFill(theme().mutedText());
            g.fillText(i < axes.size() ? axes.get(i).highLabel() : pct(hi), x, top - 10);
            g.fillText(i < axes.size() ? axes.get(i).lowLabel() : pct(lo), x, bottom + 10);
        }
        // colour-bar legend: the map from low to high accuracy, labelled at both ends
        double lx = w - legend + 6;
        for (int k = 0; k < 60; k++) {
            double t = 1 - k / 59.0;
            g.setFill(ColorMap.VIRIDIS.at(t));
            g.fillRect(lx, top + k * (bottom - top) / 60, 14, (bottom - top) / 60 + 1);
        }
        g.setStroke(theme().axis());
        g.strokeRect(lx, top, 14, bottom - top);
        g.setFill(theme().text());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(pct(hi), lx + 17, top + 4);
        g.fillText(pct(lo), lx + 17, bottom - 4);
        g.setFill(theme().mutedText());
        g.fillText("colour =", lx - 4, top - 24);
        g.fillText("val. acc.", lx - 4, top - 13);
    }

    private static String pct(double v) {
        return String.format("%.1f%%", 100 * v);
    }
}
