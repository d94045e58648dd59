package dev.deepforward.ui.chart;

import dev.deepforward.ui.model.Numbers;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Layers × time of the per-layer gradient norm on a log colour scale: vanishing gradients are a dark
 * band at the first layers, exploding ones a bright band. One pixel per (column, layer) lives in a
 * {@link WritableImage} that is drawn scaled onto the canvas without smoothing; each frame only rewrites
 * the columns that changed (≈0.1 ms), never every canvas pixel (≈3 ms).
 */
public final class GradientHeatmap extends CanvasChart {

    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 14);
    /** The heatmap's frame around its rows: the title above (30), the colour legend (44) and margin below. */
    static final double CHROME_HEIGHT = 30 + 44 + 8;
    /** Made once: a font looked up on every repaint of every chart adds up at 60 frames a second. */
    private static final Font TICK_FONT = Font.font("System", 11);
    private static final Font WORD_FONT = Font.font("System", FontWeight.BOLD, 11);
    private static final int NAN_ARGB = 0xFFD55E00; // Okabe–Ito vermillion: the run blew up

    private final ColorMap map = ColorMap.VIRIDIS;
    private String title = "Gradient norm per layer";
    private double logMin = -10;
    private double logMax = 3;
    private HeatmapData data;
    private WritableImage image;
    private String[] rowNames = new String[0];
    /** Layers whose parameters are not updated (transfer learning): hatched and marked "frozen". */
    private boolean[] frozen = new boolean[0];
    /** The colour map as a 256 × 4 image (all rows alike), made once: the legend's colour bar is this drawn stretched. */
    private final WritableImage colourBar = bar(map);

    public GradientHeatmap() {
        getStyleClass().add("gradient-heatmap");
        setLayers(new String[] {"layer 1", "layer 2", "output"});
    }

    private static WritableImage bar(ColorMap m) {
        WritableImage img = new WritableImage(256, 4);
        PixelWriter pw = img.getPixelWriter();
        for (int r = 0; r < 4; r++) {
            for (int i = 0; i < 256; i++) {
                pw.setArgb(i, r, m.argbAt(i / 255.0));
            }
        }
        return img;
    }

    /** Starts over with one row per layer, first layer on top. */
    public void setLayers(String[] names) {
        rowNames = names.clone();
        frozen = new boolean[rowNames.length];
        data = new HeatmapData(Math.max(1, names.length), 1024);
        image = new WritableImage(data.capacity(), data.rows());
        markDirty();
    }

    /**
     * Marks frozen layers (after {@link #setLayers}): their rows are hatched grey and say "frozen", since the
     * gradient computed for them is never applied; their numbers stay in {@link #data()}.
     */
    public void setFrozen(boolean[] flags) {
        frozen = new boolean[rowNames.length];
        System.arraycopy(flags, 0, frozen, 0, Math.min(flags.length, frozen.length));
        markDirty();
    }

    /** Whether row {@code r} is drawn as frozen. */
    public boolean isFrozen(int r) {
        return r < frozen.length && frozen[r];
    }

    /** The colour scale's range in decades; values outside are clamped to the ends. */
    public void setLogRange(double min, double max) {
        logMin = min;
        logMax = max;
        data.takeChanges();
        rewriteFrom(0);
        markDirty();
    }

    /** One time step's gradient norms, one per layer. */
    public void append(float[] norms) {
        data.append(norms);
        markDirty();
    }

    public void clearData() {
        data.clear();
        markDirty();
    }

    public HeatmapData data() {
        return data;
    }

    /** Where a norm falls on the colour scale, 0 (vanishing end) to 1 (exploding end). */
    public double scale(double logValue) {
        return Math.max(0, Math.min(1, (logValue - logMin) / (logMax - logMin)));
    }

    public ColorMap colorMap() {
        return map;
    }

    public void setTitle(String t) {
        title = t;
        markDirty();
    }

    @Override
    public double titleReach() {
        return titleReach(title, TITLE_FONT);
    }

    private void rewriteFrom(int firstColumn) {
        PixelWriter pw = image.getPixelWriter();
        for (int c = firstColumn; c < data.columns(); c++) {
            for (int r = 0; r < data.rows(); r++) {
                float v = data.logValue(c, r);
                pw.setArgb(c, r, Float.isNaN(v) || v == Float.POSITIVE_INFINITY ? NAN_ARGB : map.argbAt(scale(v)));
            }
        }
    }

    /** A column of the heatmap covers many iterations; 15 repaints a second look continuous. */
    @Override
    protected int pulsesPerPaint() {
        return 4;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        ChartTheme th = theme();
        rewriteFrom(data.takeChanges());
        g.setFont(TITLE_FONT);
        g.setFill(th.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(fittedTitle(title, w - 16), 10, 7);

        double left = 64;
        double top = 30;
        double legendH = 44; // with top and the 8 below: CHROME_HEIGHT
        double pw = Math.max(10, w - left - 14);
        double ph = Math.max(10, h - top - legendH - 8);
        g.setFill(th.grid());
        g.fillRect(left, top, pw, ph);
        int cols = data.columns();
        if (cols > 0) {
            g.setImageSmoothing(false);
            g.drawImage(image, 0, 0, cols, data.rows(), left, top, pw, ph);
        }
        double frozenRowH = ph / data.rows();
        for (int r = 0; r < data.rows(); r++) {
            if (isFrozen(r)) {
                double y = top + frozenRowH * r;
                LayerBars.hatch(g, left, y, pw, frozenRowH, th);
                if (frozenRowH >= LayerBars.MIN_ROW_TEXT) {
                    g.setFont(LayerBars.labelFont(frozenRowH));
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    String word = pw >= 220 ? "frozen: not updated" : LayerBars.FROZEN;
                    double tw = word.length() * 6.5;
                    g.setFill(th.background());
                    g.fillRect(left + pw / 2 - tw / 2 - 4, y + frozenRowH / 2 - 7, tw + 8, 14);
                    g.setFill(th.text());
                    g.fillText(word, left + pw / 2, y + frozenRowH / 2);
                }
            }
        }
        // Row labels, and a thin line between layers so the bands are countable.
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double rowH = ph / data.rows();
        // Every layer named as long as a row holds 8 px text (the bars beside use the same sizes), else every k-th.
        // In presenter mode the names keep the whole label size, and thin rows get every other name instead.
        double least = LayerBars.minRowText(drawScale());
        g.setFont(LayerBars.labelFont(rowH, least));
        for (int r = 0; r < data.rows(); r++) {
            g.setFill(th.mutedText());
            if (rowH >= least || r % Math.max(1, (int) Math.ceil(least / rowH)) == 0) {
                g.fillText(r < rowNames.length ? rowNames[r] : "", left - 6, top + rowH * (r + 0.5));
            }
            if (r > 0 && rowH >= 6 && cols > 0) { // no lines through an empty plot's words
                g.setStroke(th.background());
                g.setLineWidth(1);
                g.strokeLine(left, Math.round(top + rowH * r) + 0.5, left + pw, Math.round(top + rowH * r) + 0.5);
            }
        }
        if (cols == 0) {
            String hint = "No gradients yet";
            if (labelFits(hint, pw)) { // only where the words fit the empty plot; on a backing, drawn last
                LiveLineChart.emptyHint(g, hint, left + pw / 2, top + ph / 2, th);
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(th.mutedText());
        g.setFont(TICK_FONT); // not the row names' font, which thin rows make smaller
        String span = data.samples() == 0 ? "" : "iterations 1–" + Numbers.grouped(data.samples())
                + (data.samplesPerColumn() > 1 ? " · " + data.samplesPerColumn() + " per column" : "");
        double reserve = topRightReserve() / drawScale(); // the view switch sits there
        if (w - reserve >= 420) { // narrower, it would run into the title
            g.fillText(span, left + pw - reserve, 9);
        }
        drawLegend(g, left, top + ph + 8, pw, legendH - 8);
    }

    /** The colour bar with decade ticks and the words vanishing … healthy … exploding. */
    private void drawLegend(GraphicsContext g, double x, double y, double w, double h) {
        ChartTheme th = theme();
        double barW = Math.min(w, 460);
        double bx = x + (w - barW) / 2;
        double barH = 10;
        // One scaled image, not a fillRect per pixel column: that was ~460 draw commands a repaint,
        // recorded on the FX thread and rasterized one by one on the render thread.
        g.setImageSmoothing(true);
        // Source rows 1–3 of 4 identical rows: a smoothed 1-row image samples whatever lies beside its
        // texture (seen as stray marks in the bar), and so does sampling beyond the edge texels' centres.
        g.drawImage(colourBar, 0.5, 1, colourBar.getWidth() - 1, 2, bx, y, barW, barH);
        g.setStroke(th.axis());
        g.setLineWidth(1);
        g.strokeRect(bx + 0.5, y + 0.5, barW, barH);
        g.setFont(TICK_FONT);
        g.setFill(th.mutedText());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        int stride = (int) Math.ceil((logMax - logMin) / Math.max(2, barW / 45));
        for (int d = (int) Math.ceil(logMin); d <= logMax; d++) {
            if ((d - (int) Math.ceil(logMin)) % Math.max(1, stride) != 0) {
                continue;
            }
            double px = bx + scale(d) * barW;
            g.strokeLine(px, y + barH, px, y + barH + 3);
            g.fillText("1e" + d, px, y + barH + 3);
        }
        g.setFont(WORD_FONT);
        g.setFill(th.text());
        g.setTextAlign(TextAlignment.LEFT);
        if (barW < 170) {
            // Too narrow for the words side by side: the arrows alone, the decade ticks say the rest.
            g.fillText("◀", bx, y + barH + 17);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText("▶", bx + barW, y + barH + 17);
            return;
        }
        g.fillText("◀ vanishing", bx - 4 - 0, y + barH + 17 > y + h ? y + barH + 15 : y + barH + 17);
        if (barW >= 320) { // narrower, the three words run into each other
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("healthy", bx + scale(-1.5) * barW, y + barH + 17);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("exploding ▶", bx + barW, y + barH + 17);
    }
}
