package dev.deepforward.ui.views;

import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.model.Numbers;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * One histogram of a layer's weights or gradients over [−limit, limit] (the engine bins symmetric around
 * 0 up to the largest magnitude, so the shape shows whatever the scale; the limit is written under it).
 */
public final class HistogramView extends CanvasChart {

    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 12.5);
    private final String what;
    private final Color colour;
    private int[] counts;
    private double limit;
    private String caption = "";

    public HistogramView(String what, Color colour) {
        this.what = what;
        this.colour = colour;
    }

    public void setData(int[] binCounts, double binLimit, String layerCaption) {
        counts = binCounts.clone();
        limit = binLimit;
        caption = layerCaption;
        markDirty();
    }

    public void clear() {
        counts = null;
        markDirty();
    }

    public int[] counts() {
        return counts == null ? null : counts.clone();
    }

    /** The title as last drawn (for tests). */
    public String shownTitle() {
        return shownTitle;
    }

    private String shownTitle = "";

    /** About how wide a character of the 12.5 px bold title font is. */
    private static final double CHAR_W = 7.4;

    /**
     * "Weights · iteration 2342" fitted to {@code width}: the caption's number is never cut. First
     * "iteration" shortens to "it.", then the prefix is cut ("Grad… · it. 2342"), last the prefix goes.
     */
    static String headline(String what, String caption, double width) {
        int fits = (int) Math.floor(width / CHAR_W);
        String full = what + (caption.isEmpty() ? "" : " · " + caption);
        if (full.length() <= fits || caption.isEmpty()) {
            return full;
        }
        String shortCaption = caption.startsWith("iteration ") ? "it. " + caption.substring("iteration ".length()) : caption;
        String tail = " · " + shortCaption;
        if (what.length() + tail.length() <= fits) {
            return what + tail;
        }
        int room = fits - tail.length();
        if (room >= 3) {
            return what.substring(0, room - 1).stripTrailing() + "…" + tail;
        }
        return shortCaption;
    }

    /**
     * The x axis's labels, left, middle and right, for bins spanning ±{@code limit}: "−0.5", "0", "0.5"; when
     * every value is 0 (the gradients of a dead layer) "all 0" in the middle, not "−0 0 0".
     */
    static String[] axisLabels(double limit) {
        if (!(limit > 0) || Numbers.compact(limit).equals("0")) {
            return new String[] {"", "all 0", ""};
        }
        String l = Numbers.compact(limit);
        return new String[] {"−" + l, "0", l};
    }

    /** The x axis's labels as last drawn (for tests). */
    public String[] shownAxis() {
        return counts == null ? new String[0] : axisLabels(limit);
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(TITLE);
        g.setFill(theme().text());
        shownTitle = headline(what, caption, w - 12);
        g.fillText(shownTitle, 8, 6);
        if (counts == null || counts.length == 0) {
            g.setFont(Font.font(11));
            g.setFill(theme().mutedText());
            g.fillText("appears while the run trains or steps", 8, 26);
            return;
        }
        double left = 8;
        double top = 28;
        double bottom = h - 20;
        double pw = w - 16;
        double ph = bottom - top;
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        double bw = pw / counts.length;
        g.setFill(colour);
        for (int i = 0; i < counts.length; i++) {
            double bh = ph * counts[i] / max;
            g.fillRect(left + i * bw + 0.5, bottom - bh, Math.max(1, bw - 1), bh);
        }
        g.setStroke(theme().axis());
        g.setLineWidth(1);
        g.strokeLine(left, bottom + 0.5, left + pw, bottom + 0.5);
        g.setLineDashes(3, 3);
        g.strokeLine(left + pw / 2, top, left + pw / 2, bottom);
        g.setLineDashes();
        g.setFont(Font.font(10.5));
        g.setFill(theme().mutedText());
        String[] ticks = axisLabels(limit);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(ticks[0], left, bottom + 4);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(ticks[1], left + pw / 2, bottom + 4);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(ticks[2], left + pw, bottom + 4);
        g.fillText("max " + max, left + pw, top - 2);
    }
}
