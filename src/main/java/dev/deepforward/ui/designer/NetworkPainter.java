package dev.deepforward.ui.designer;

import dev.deepforward.ui.chart.ChartTheme;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints the network diagram: neurons as circles for layers of up to {@value #MAX_DRAWN_UNITS} units,
 * wider layers as a bar with the unit count, and links between neighbouring columns. With weights
 * known, a link's colour is its weight's sign (orange positive, blue negative) and its width grows
 * with |w|; that pair is colour-blind safe and the sign is also read off the width pattern.
 */
final class NetworkPainter {

    static final int MAX_DRAWN_UNITS = 16;
    /** Anchor points on a bar: enough to suggest full connectivity without a grey wall of lines. */
    private static final int BAR_ANCHORS = 8;
    private static final Font COUNT_FONT = Font.font("System", FontWeight.BOLD, 13);

    record Column(Bounds area, int units) {
        boolean bar() {
            return units > MAX_DRAWN_UNITS;
        }

        int anchors() {
            return bar() ? BAR_ANCHORS : units;
        }

        double radius() {
            double pitch = area.getHeight() / Math.max(1, units);
            return Math.max(3, Math.min(9, pitch * 0.36));
        }

        double anchorY(int i) {
            int n = anchors();
            if (bar()) {
                double top = area.getMinY() + 6;
                double h = area.getHeight() - 12;
                return top + h * (i + 0.5) / n;
            }
            double pitch = Math.min(area.getHeight() / n, 26);
            double start = area.getMinY() + area.getHeight() / 2 - pitch * (n - 1) / 2;
            return start + pitch * i;
        }

        double cx() {
            return area.getMinX() + area.getWidth() / 2;
        }

        double halfWidth() {
            return bar() ? 11 : radius();
        }
    }

    /**
     * @param weights {@code weights[g][i][j]}: the weight from unit i of column g to unit j of column g+1,
     *                or null for no weights (or a gap whose shape does not match)
     */
    void paint(GraphicsContext g, List<Column> columns, float[][][] weights, ChartTheme theme) {
        float[][][] shown = new float[Math.max(0, columns.size() - 1)][][];
        int total = 0;
        for (int c = 0; c + 1 < columns.size(); c++) {
            float[][] w = weights != null && c < weights.length ? weights[c] : null;
            if (fits(w, columns.get(c), columns.get(c + 1)) && !columns.get(c).bar() && !columns.get(c + 1).bar()) {
                shown[c] = w;
                total += w.length * w[0].length;
            }
        }
        for (int c = 0; c + 1 < columns.size(); c++) {
            // Past MAX_WEIGHTED_LINKS each pair of columns keeps its share, the strongest links.
            int keep = shown[c] == null || total <= MAX_WEIGHTED_LINKS ? Integer.MAX_VALUE
                    : Math.max(16, (int) Math.ceil((double) MAX_WEIGHTED_LINKS * shown[c].length * shown[c][0].length / total));
            paintLinks(g, columns.get(c), columns.get(c + 1), shown[c], keep, theme);
        }
        for (Column col : columns) {
            paintColumn(g, col, theme);
        }
    }

    private static boolean fits(float[][] w, Column from, Column to) {
        if (w == null || w.length != from.units()) {
            return false;
        }
        for (float[] row : w) {
            if (row == null || row.length != to.units()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Weighted links drawn at most, over the whole network: a ten-layer network of 16 units has 2,600, a
     * mesh nobody can read and that kept the render thread busy; past this count only the strongest show.
     */
    static final int MAX_WEIGHTED_LINKS = 1000;

    /** Link strengths drawn as this many widths: one stroked path per width and sign, not one per link. */
    private static final int STRENGTH_LEVELS = 6;

    /**
     * The links between two columns. Links of one sign and (quantized) strength are one path stroked once:
     * each stroke costs the renderer a pass over its whole bounding box, and 2,500 separately stroked
     * curves of a ten-layer network took the render thread a third of a core at five redraws a second
     * (measured with CompareDemo --layers 10: 48 frames/s with the links, 60 without them).
     */
    private void paintLinks(GraphicsContext g, Column from, Column to, float[][] w, int keep, ChartTheme theme) {
        double x0 = from.cx() + from.halfWidth();
        double x1 = to.cx() - to.halfWidth();
        g.setLineDashes();
        int na = from.anchors();
        int nb = to.anchors();
        if (w == null || from.bar() || to.bar()) {
            // Many unweighted links fade, so 16×16 of them read as a mesh rather than a grey wall.
            g.setStroke(theme.link());
            g.setLineWidth(from.bar() || to.bar() ? 0.6 : 0.9);
            g.setGlobalAlpha(Math.max(0.3, Math.min(1, 64.0 / (na * nb))));
            g.beginPath();
            for (int i = 0; i < na; i++) {
                for (int j = 0; j < nb; j++) {
                    curve(g, x0, from.anchorY(i), x1, to.anchorY(j));
                }
            }
            g.stroke();
            g.setGlobalAlpha(1);
            return;
        }
        double maxAbs = 1e-12;
        for (float[] row : w) {
            for (float v : row) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
        }
        double floor = keepThreshold(w, keep);
        // Weak links first, so the strong ones are drawn on top.
        for (int level = 0; level < STRENGTH_LEVELS; level++) {
            double strength = (level + 0.5) / STRENGTH_LEVELS;
            g.setLineWidth(0.4 + 3.6 * strength);
            g.setGlobalAlpha(0.35 + 0.65 * strength);
            for (boolean positive : new boolean[] {true, false}) {
                g.setStroke(positive ? theme.positive() : theme.negative());
                g.beginPath();
                boolean any = false;
                for (int i = 0; i < na; i++) {
                    for (int j = 0; j < nb; j++) {
                        float v = w[i][j];
                        int l = Math.min(STRENGTH_LEVELS - 1, (int) (Math.min(1, Math.abs(v) / maxAbs) * STRENGTH_LEVELS));
                        if (l == level && (v >= 0) == positive && Math.abs(v) >= floor) {
                            curve(g, x0, from.anchorY(i), x1, to.anchorY(j));
                            any = true;
                        }
                    }
                }
                if (any) {
                    g.stroke();
                }
            }
        }
        g.setGlobalAlpha(1);
    }

    /** The smallest |w| among the {@code keep} strongest links (0: draw all). */
    static double keepThreshold(float[][] w, int keep) {
        int n = w.length * w[0].length;
        if (keep >= n) {
            return 0;
        }
        float[] abs = new float[n];
        int k = 0;
        for (float[] row : w) {
            for (float v : row) {
                abs[k++] = Math.abs(v);
            }
        }
        java.util.Arrays.sort(abs);
        return abs[n - keep];
    }

    /** A gentle S-curve from (x0, y0) to (x1, y1): reads better than straight lines when many links cross. */
    private static void curve(GraphicsContext g, double x0, double y0, double x1, double y1) {
        double mx = (x0 + x1) / 2;
        g.moveTo(x0, y0);
        g.bezierCurveTo(mx, y0, mx, y1, x1, y1);
    }

    private void paintColumn(GraphicsContext g, Column col, ChartTheme theme) {
        g.setStroke(theme.neuronEdge());
        g.setLineWidth(1.5);
        if (col.bar()) {
            double w = col.halfWidth() * 2;
            double top = col.area().getMinY() + 2;
            double h = col.area().getHeight() - 4;
            g.setFill(theme.neuron());
            g.fillRoundRect(col.cx() - w / 2, top, w, h, 10, 10);
            g.strokeRoundRect(col.cx() - w / 2, top, w, h, 10, 10);
            // Stripes hint at many units without drawing each one.
            g.setStroke(theme.link());
            g.setLineWidth(1);
            for (double y = top + 6; y < top + h - 4; y += 6) {
                g.strokeLine(col.cx() - w / 2 + 3, y, col.cx() + w / 2 - 3, y);
            }
            g.save();
            g.translate(col.cx(), top + h / 2);
            g.rotate(-90);
            g.setFont(COUNT_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            String text = col.units() + " units";
            double boxW = text.length() * 8 + 10;
            g.setFill(theme.background());
            g.fillRoundRect(-boxW / 2, -9, boxW, 18, 8, 8);
            g.setFill(theme.text());
            g.fillText(text, 0, 0);
            g.restore();
            return;
        }
        double r = col.radius();
        for (int i = 0; i < col.units(); i++) {
            double y = col.anchorY(i);
            g.setFill(theme.neuron());
            g.fillOval(col.cx() - r, y - r, 2 * r, 2 * r);
            g.strokeOval(col.cx() - r, y - r, 2 * r, 2 * r);
        }
    }

    /** A neutral colour for tests and callers that need one. */
    static Color linkColour(float w, ChartTheme theme) {
        return w >= 0 ? theme.positive() : theme.negative();
    }
}
