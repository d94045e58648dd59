package dev.deepforward.ui.analysis;

import dev.deepforward.engine.run.Search;
import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.chart.SeriesStyle;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Validation accuracy against one hyperparameter, one dot per run (log x for learning rate and λ). The
 * best run is a larger diamond labelled "best", so it stands out without colour.
 */
public final class MetricScatter extends CanvasChart {

    private SearchRuns runs = SearchRuns.EMPTY;
    private SearchField field;

    public MetricScatter() {
        setMinSize(200, 120);
        setPrefSize(420, 240);
    }

    public void setRuns(SearchRuns runs, SearchField field) {
        this.runs = runs;
        this.field = field;
        markDirty();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        var plotted = runs.plotted();
        if (field == null || plotted.isEmpty()) {
            g.setFill(theme().mutedText());
            g.fillText("Validation accuracy against a hyperparameter appears as runs end.", 10, h / 2);
            return;
        }
        double left = 52, right = w - 16, top = 12, bottom = h - 34;
        double lo = 1, hi = 0;
        for (Search.Result r : plotted) {
            lo = Math.min(lo, SearchRuns.metric(r));
            hi = Math.max(hi, SearchRuns.metric(r));
        }
        // whole tenths, ticked every tenth (every twentieth when the runs are close), so labels read round
        lo = Math.max(0, Math.floor(lo * 10 - 1e-9) / 10);
        hi = Math.min(1, Math.ceil(hi * 10 + 1e-9) / 10);
        if (hi <= lo) {
            hi = Math.min(1, lo + 0.1);
            lo = hi - 0.1;
        }
        double tick = hi - lo <= 0.2 ? 0.05 : 0.1;
        int ticks = (int) Math.round((hi - lo) / tick);
        Axis axis = new Axis(field, plotted);
        g.setStroke(theme().axis());
        g.setLineWidth(1);
        g.strokeLine(left, top, left, bottom);
        g.strokeLine(left, bottom, right, bottom);
        g.setFill(theme().mutedText());
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i <= ticks; i++) {
            double v = lo + tick * i;
            double y = bottom - (bottom - top) * i / ticks;
            g.fillText(String.format("%.0f%%", 100 * v), left - 4, y);
            g.setStroke(theme().grid());
            g.strokeLine(left + 1, y, right, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(axis.lowLabel(), left, bottom + 10);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(axis.highLabel(), right, bottom + 10);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFill(theme().text());
        g.fillText(field.label() + (field.log() ? " (log scale)" : "") + "  →  validation accuracy",
                (left + right) / 2, bottom + 24);
        double pad = 12;
        g.setLineWidth(1.2);
        for (Search.Result r : plotted) {
            double x = left + pad + axis.position(r) * (right - left - 2 * pad);
            double y = bottom - (SearchRuns.metric(r) - lo) / (hi - lo) * (bottom - top);
            boolean best = r == runs.best();
            g.setFill(SeriesStyle.OKABE_ITO[best ? 5 : 4].deriveColor(0, 1, 1, best ? 1 : 0.7));
            g.setStroke(theme().background());
            double s = best ? 7 : 4.5;
            if (best) {
                g.fillPolygon(new double[] {x, x + s, x, x - s}, new double[] {y - s, y, y + s, y}, 4);
                g.strokePolygon(new double[] {x, x + s, x, x - s}, new double[] {y - s, y, y + s, y}, 4);
                g.setFill(theme().text());
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText("best", x + s + 3, y);
            } else {
                g.fillOval(x - s, y - s, 2 * s, 2 * s);
                g.strokeOval(x - s, y - s, 2 * s, 2 * s);
            }
        }
    }
}
