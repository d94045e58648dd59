package dev.deepforward.ui.analysis;

import dev.deepforward.engine.nas.MixtureSnapshot;
import dev.deepforward.spec.Activation;
import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.chart.SeriesStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * One hidden layer's softmax(α) over the search, as stacked areas: how much of each candidate activation
 * the layer uses at each iteration. Candidates keep fixed Okabe–Ito colours across layers, and each band
 * is labelled with its name (where it is thick enough) at its latest value, so colour is never the key.
 */
public final class MixtureAreas extends CanvasChart {

    private final int layer;
    private final List<MixtureSnapshot> snapshots = new ArrayList<>();

    public MixtureAreas(int layer) {
        this.layer = layer;
        setMinSize(160, 110);
        setPrefSize(300, 170);
    }

    public void add(MixtureSnapshot s) {
        snapshots.add(s);
        markDirty();
    }

    public int size() {
        return snapshots.size();
    }

    /** A candidate's fixed colour: by its place in the enum, so "relu" looks the same in every layer. */
    static Color colour(Activation a) {
        return SeriesStyle.OKABE_ITO[Math.floorMod(a.ordinal(), 7)]; // 7: leave out the palette's black
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        g.setFill(theme().text());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("Layer " + (layer + 1), 6, 9);
        if (snapshots.isEmpty() || snapshots.get(0).weights()[layer].length == 0) {
            g.setFill(theme().mutedText());
            g.fillText(snapshots.isEmpty() ? "α appears as the search runs." : "(does not mix)", 6, h / 2);
            return;
        }
        double left = 6, right = w - 6, top = 18, bottom = h - 16;
        MixtureSnapshot last = snapshots.get(snapshots.size() - 1);
        List<Activation> candidates = last.candidates();
        long total = Math.max(1, last.totalIterations());
        int n = snapshots.size();
        double[] xs = new double[2 * n];
        double[] below = new double[n];
        for (int k = 0; k < candidates.size(); k++) {
            double[] ys = new double[2 * n];
            for (int i = 0; i < n; i++) {
                MixtureSnapshot s = snapshots.get(i);
                double x = left + (right - left) * s.iteration() / total;
                double lo = below[i];
                double hi = lo + s.weights()[layer][k];
                xs[i] = x;
                ys[i] = bottom - hi * (bottom - top);
                xs[2 * n - 1 - i] = x;
                ys[2 * n - 1 - i] = bottom - lo * (bottom - top);
                below[i] = hi;
            }
            g.setFill(colour(candidates.get(k)));
            g.fillPolygon(xs, ys, 2 * n);
            g.setStroke(theme().background());
            g.setLineWidth(0.8);
            g.strokePolyline(java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n), n);
            double share = last.weights()[layer][k];
            if (share * (bottom - top) >= 12) {
                double mid = bottom - (below[n - 1] - share / 2) * (bottom - top);
                Color c = colour(candidates.get(k));
                g.setFill(c.getBrightness() * (1 - 0.5 * c.getSaturation()) < 0.45 ? Color.WHITE : Color.BLACK);
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(candidates.get(k).id() + " " + Math.round(100 * share) + "%", right - 3, mid);
            }
        }
        g.setFill(theme().mutedText());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("iteration " + last.iteration() + " / " + total, left, bottom + 8);
    }
}
