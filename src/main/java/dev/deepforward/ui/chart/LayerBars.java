package dev.deepforward.ui.chart;

import dev.deepforward.ui.model.Numbers;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The latest value of a per-layer quantity as one horizontal bar per layer on a log scale (gradient
 * norms span ten decades in a sigmoid net, so a linear bar would show one bar and nothing else). Bars
 * take the heatmap's colours, so the two views read together.
 */
public final class LayerBars extends CanvasChart {

    private boolean barsShown = true;

    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 14);
    private static final Font LABEL_FONT = Font.font("System", 12);
    /** Made once: a font looked up on every repaint of every chart adds up at 60 frames a second. */
    private static final Font TICK_FONT = Font.font("System", 11);
    /**
     * Rows at least this high (in chart units) get a name and a value each, in a font as large as the row
     * allows up to {@link #LABEL_FONT}: ten layers in presenter mode's short gradient row keep their numbers.
     */
    static final double MIN_ROW_TEXT = 8;
    /** The label font for rows {@code rowH} high: 12 px where there is room, down to 8 px; made once per size. */
    private static final Font[] ROW_FONTS = new Font[13];

    static Font labelFont(double rowH) {
        return labelFont(rowH, MIN_ROW_TEXT);
    }

    /**
     * The smallest row text at draw scale {@code scale}: presenter mode (a scale above 1) names the layers in the
     * whole label font, as large as the rest of the chart text, and names every other layer where the rows are
     * thinner than that, rather than shrink the names a back row has to read.
     */
    static double minRowText(double scale) {
        return scale > 1 ? LABEL_FONT.getSize() : MIN_ROW_TEXT;
    }

    /** The label font for rows {@code rowH} high, never smaller than {@code least}. */
    static Font labelFont(double rowH, double least) {
        int size = (int) Math.max(least, Math.min(LABEL_FONT.getSize(), Math.floor(rowH)));
        Font f = ROW_FONTS[size];
        if (f == null) {
            f = size == LABEL_FONT.getSize() ? LABEL_FONT : Font.font("System", size);
            ROW_FONTS[size] = f;
        }
        return f;
    }

    private String title;
    private String[] names = new String[0];
    private double[] values = new double[0];
    /** Layers whose parameters are not updated (transfer learning): drawn as "frozen", not as a bar. */
    private boolean[] frozen = new boolean[0];
    private double logMin = -10;
    private double logMax = 3;
    private ColorMap map = ColorMap.VIRIDIS;

    public LayerBars(String title) {
        this.title = title;
        getStyleClass().add("layer-bars");
    }

    public void setLayers(String[] layerNames) {
        names = layerNames.clone();
        frozen = new boolean[names.length];
        values = new double[names.length];
        java.util.Arrays.fill(values, Double.NaN);
        markDirty();
    }

    /** The latest values, one per layer (copied). */
    public void setValues(double[] latest) {
        values = latest.clone();
        markDirty();
    }

    /** The latest values, one per layer, copied into the bars' own array (called up to once per iteration). */
    public void setValues(float[] latest) {
        if (values.length != latest.length) {
            values = new double[latest.length];
        }
        for (int i = 0; i < latest.length; i++) {
            values[i] = latest[i];
        }
        markDirty();
    }

    public void setTitle(String t) {
        title = t;
        markDirty();
    }

    /** Whether the last repaint drew bars (false: a cell too narrow for them showed the values only). */
    public boolean barsShown() {
        return barsShown;
    }

    /** Whether the last repaint named every layer and gave every bar its number (rows tall enough for text). */
    public boolean everyRowLabelled() {
        return everyRowLabelled;
    }

    private boolean everyRowLabelled;

    /**
     * Marks frozen layers (after {@link #setLayers}): their gradient is computed but never applied, so
     * instead of a bar and a number, which would read as a layer that trains, the row is hatched and says
     * "frozen".
     */
    public void setFrozen(boolean[] flags) {
        frozen = new boolean[names.length];
        System.arraycopy(flags, 0, frozen, 0, Math.min(flags.length, frozen.length));
        markDirty();
    }

    /** Whether layer {@code i} is drawn as frozen. */
    public boolean isFrozen(int i) {
        return i < frozen.length && frozen[i];
    }

    /** What the row of layer {@code i} says: "frozen", or its value as drawn ("–" before any). */
    public String shownText(int i) {
        if (isFrozen(i)) {
            return FROZEN;
        }
        double v = i < values.length ? values[i] : Double.NaN;
        return Double.isNaN(v) ? "–" : Double.isInfinite(v) ? "∞" : Numbers.compact(v);
    }

    static final String FROZEN = "frozen";

    /** The value shown for layer {@code i} (NaN before any). */
    public double value(int i) {
        return values[i];
    }

    public void setLogRange(double min, double max) {
        logMin = min;
        logMax = max;
        markDirty();
    }

    /** A bar's length as a share of the plot width for a value (0 for values at or below the minimum). */
    public double barFraction(double v) {
        if (!(v > 0)) {
            return 0;
        }
        return Math.max(0, Math.min(1, (Math.log10(v) - logMin) / (logMax - logMin)));
    }

    /**
     * The latest value of each layer flickers at 60 Hz to no one's benefit, and its three digits cannot be
     * read at more than a few changes a second: 10 repaints a second.
     */
    @Override
    protected int pulsesPerPaint() {
        return 6;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        ChartTheme th = theme();
        g.setFont(TITLE_FONT);
        g.setFill(th.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(fittedTitle(title, w - 16), 10, 7);
        double left = 64;
        double top = 30;
        // Room right of the bars for a value label as long as they get ("1.23e-10"), so a narrow cell
        // shortens the bars, not the digits. Fixed rather than measured, so that side-by-side panels of the
        // same width look alike whatever their values.
        double labelRoom = 8 * 7 + 14;
        double ph = Math.max(10, h - top - 26);
        int n = Math.max(1, names.length);
        double rowH = ph / n;
        barsShown = w - left - labelRoom >= 24;
        if (!barsShown) {
            paintValuesOnly(g, w, top, rowH); // no room for bars: the numbers, in the bars' colours
            return;
        }
        double pw = w - left - labelRoom;
        g.setLineWidth(1);
        // Label as many decades as fit: about 40 px per label.
        double pxPerDecade = pw / (logMax - logMin);
        int stride = Math.max(1, (int) Math.ceil(40 / pxPerDecade));
        for (int d = (int) Math.ceil(logMin); d <= logMax; d++) {
            double px = Math.round(left + (d - logMin) / (logMax - logMin) * pw) + 0.5;
            g.setStroke(th.grid());
            g.strokeLine(px, top, px, top + ph);
            if ((d - (int) Math.ceil(logMin)) % stride == 0) {
                g.setFill(th.mutedText());
                g.setFont(TICK_FONT);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText("1e" + d, px, top + ph + 5);
            }
        }
        double least = minRowText(drawScale());
        Font font = labelFont(rowH, least);
        double em = font.getSize() / LABEL_FONT.getSize();
        boolean everyRow = rowH >= least;
        everyRowLabelled = everyRow;
        int every = Math.max(1, (int) Math.ceil(least / rowH));
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < names.length; i++) {
            double cy = top + rowH * (i + 0.5);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(th.mutedText());
            // Rows thinner than the smallest text get every k-th label, as in the heatmap beside them.
            boolean labelled = everyRow || i % every == 0;
            if (labelled) {
                g.fillText(names[i], left - 6, cy);
            }
            double v = i < values.length ? values[i] : Double.NaN;
            double bh = Math.max(2, Math.min(18, rowH * 0.7));
            if (isFrozen(i)) {
                hatch(g, left, cy - bh / 2, pw, bh, th);
                if (everyRow) {
                    String word = pw >= 150 ? "frozen: not updated" : FROZEN;
                    g.setFill(th.background());
                    g.fillRect(left + 4, cy - 7 * em, word.length() * 6.5 * em + 4, 14 * em);
                    g.setTextAlign(TextAlignment.LEFT);
                    g.setFill(th.text());
                    g.fillText(word, left + 6, cy);
                }
                continue;
            }
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                g.setTextAlign(TextAlignment.LEFT);
                g.setFill(th.text());
                g.fillText(Double.isNaN(v) ? "–" : "∞", left + 4, cy);
                continue;
            }
            double f = barFraction(v);
            g.setFill(map.at(f));
            g.fillRect(left, cy - bh / 2, Math.max(1, f * pw), bh);
            g.setStroke(th.axis());
            g.strokeRect(left + 0.5, cy - bh / 2 + 0.5, Math.max(1, f * pw), bh);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(th.text());
            if (labelled) {
                // On the background colour, so the decade lines behind a short bar do not cross its digits.
                String text = Numbers.compact(v);
                double tx = left + f * pw + 4;
                g.setFill(th.background());
                g.fillRect(tx, cy - 7 * em, text.length() * 7 * em + 4, 14 * em);
                g.setFill(th.text());
                g.fillText(text, tx + 2, cy);
            }
        }
    }

    /** A frozen layer's row: grey, with diagonal hatching, framed. */
    static void hatch(GraphicsContext g, double x, double y, double w, double h, ChartTheme th) {
        g.setFill(th.grid());
        g.fillRect(x, y, w, h);
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setStroke(th.mutedText());
        g.setLineWidth(1);
        for (double d = -h; d < w; d += 7) {
            g.strokeLine(x + d, y + h, x + d + h, y);
        }
        g.restore();
        g.setStroke(th.axis());
        g.strokeRect(x + 0.5, y + 0.5, w, h);
    }

    /**
     * A cell too narrow for bars: each layer's name, a swatch in the bar's colour and the value, right-
     * aligned. What does not fit goes first: the swatch, then the names shrink to their layer numbers.
     */
    private void paintValuesOnly(GraphicsContext g, double w, double top, double rowH) {
        ChartTheme th = theme();
        double least = minRowText(drawScale());
        g.setFont(labelFont(rowH, least));
        g.setTextBaseline(VPos.CENTER);
        String[] shown = new String[values.length];
        int longestValue = 1;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            shown[i] = shownText(i);
            longestValue = Math.max(longestValue, shown[i].length());
        }
        int longestName = 1;
        for (String name : names) {
            longestName = Math.max(longestName, name.length());
        }
        double valueW = longestValue * 7;
        double nameW = longestName * 6.6;
        boolean swatch = 10 + nameW + 8 + 14 + valueW + 4 <= w;
        boolean fullNames = 10 + nameW + 8 + valueW + 4 <= w;
        double nameRight = fullNames ? 10 + nameW : 10 + 3 * 6.6;
        everyRowLabelled = rowH >= least;
        for (int i = 0; i < names.length; i++) {
            if (rowH < least && i % (int) Math.ceil(least / rowH) != 0) {
                continue;
            }
            double cy = top + rowH * (i + 0.5);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(th.mutedText());
            String name = fullNames ? names[i] : i == names.length - 1 ? "out" : String.valueOf(i + 1);
            g.fillText(name, nameRight, cy);
            if (swatch) {
                double v = i < values.length && !isFrozen(i) ? values[i] : Double.NaN;
                g.setFill(Double.isFinite(v) ? map.at(barFraction(v)) : th.grid());
                g.fillRect(nameRight + 6, cy - 5, 10, 10);
            }
            if (i < shown.length) {
                g.setFill(th.text());
                g.fillText(shown[i], w - 4, cy);
            }
        }
    }
}
