package dev.deepforward.ui.chart;

import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A resizable region that paints itself on one {@link Canvas}, at most every other frame: changes only
 * mark it dirty, and an {@link AnimationTimer} that runs while the chart is in a scene repaints dirty
 * charts. Appending a thousand points in one frame thus costs one repaint.
 *
 * <p>Why every other frame: while training flat out every chart is dirty on every frame, and repainting
 * them all (recording on the FX thread, rasterizing a canvas-sized texture on the render thread, in
 * software under Xvfb or a VM) cost the window its frame rate once a comparison doubled the charts. Live
 * curves read just as well at 20 repaints a second (a 2-variant run at full speed measured 30 % of a core
 * on the render thread at 30 a second, most of it rasterizing curves that had moved by a pixel or less),
 * and charts take turns (a third of them on each pulse), so each pulse carries a third of the work. A
 * chart that cannot be seen (behind a view switch) does not repaint at all.
 */
public abstract class CanvasChart extends Region {

    /** Pulses between two repaints of a line chart while data keeps arriving (20 a second). */
    static final int PULSES_PER_PAINT = 3;
    private static final long PULSE_NANOS = 16_666_667L;
    private static int created;

    private final Canvas canvas = new Canvas();
    /** Pulses between repaints of this chart while data keeps arriving. */
    private final int interval = Math.max(1, pulsesPerPaint());
    /** Which pulses this chart paints on; differs between charts so their repaints are spread out. */
    private final int phase = created++ % interval;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (closed(getScene())) {
                stop();
                return;
            }
            if (dirty && shown() && (now - lastPaintAt >= (interval - 0.5) * PULSE_NANOS
                    || Math.floorMod(Math.round((double) now / PULSE_NANOS), interval) == phase
                    && now - lastPaintAt >= PULSE_NANOS / 2)) {
                lastPaintAt = now;
                paintNow();
            }
        }
    };
    private long lastPaintAt = Long.MIN_VALUE / 2;
    private boolean dirty = true;
    private ChartTheme theme = ChartTheme.LIGHT;
    private long lastPaintNanos;
    private long paints;
    private double drawScale = 1;
    private double topRightReserve;

    protected CanvasChart() {
        getStyleClass().add("canvas-chart");
        getChildren().add(canvas);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && !closed(scene)) {
                timer.start();
            } else {
                timer.stop();
            }
        });
        widthProperty().addListener(o -> markDirty());
        heightProperty().addListener(o -> markDirty());
    }

    /**
     * How often the chart repaints while its data changes on every frame: every {@code n}th pulse. A
     * first change after a quiet spell (a step, a reset, a resize) still paints on the next pulse.
     */
    protected int pulsesPerPaint() {
        return PULSES_PER_PAINT;
    }

    /**
     * Whether the chart can be seen: a chart behind a view switch (loss | learning rate, heatmap | lines)
     * or in a collapsed panel stays dirty but costs no repaint, neither recording on the FX thread nor
     * rasterizing on the render thread; it paints on the first pulse after it is shown again.
     */
    private boolean shown() {
        if (getWidth() < 1 || getHeight() < 1) {
            return false;
        }
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Room (px) a control laid over the chart's top-right corner takes; the chart keeps its text out of it. */
    public void setTopRightReserve(double px) {
        topRightReserve = px;
        markDirty();
    }

    protected double topRightReserve() {
        return topRightReserve;
    }

    /**
     * How far the chart's title reaches from the chart's left edge at draw scale 1 (its margin and its text;
     * 0 without a title): a control laid over the title row keeps clear of it.
     */
    public double titleReach() {
        return 0;
    }

    /** The reach of {@code title} drawn in {@code font} at x = 10, as the charts draw their titles. */
    protected static double titleReach(String title, javafx.scene.text.Font font) {
        if (title == null || title.isEmpty()) {
            return 0;
        }
        javafx.scene.text.Text t = new javafx.scene.text.Text(title);
        t.setFont(font);
        return 10 + Math.ceil(t.getLayoutBounds().getWidth());
    }

    /**
     * Says that {@code scene}'s window is closed: its charts stop their repaint timers on the next frame, and
     * a chart put into it later starts none. A closed window's scene keeps its charts, and a running timer
     * is held by the toolkit: it would repaint them on every frame and keep them, and the window with them,
     * from being collected. {@link #paintNow()} still paints.
     */
    public static void windowClosed(javafx.scene.Scene scene) {
        scene.getProperties().put(CLOSED, Boolean.TRUE);
    }

    private static boolean closed(javafx.scene.Scene scene) {
        return scene == null || Boolean.TRUE.equals(scene.getProperties().get(CLOSED));
    }

    private static final Object CLOSED = new Object();

    /** Asks for a repaint on the next frame. Cheap; call it as often as data arrives. */
    public final void markDirty() {
        dirty = true;
    }

    public final boolean isDirty() {
        return dirty;
    }

    public void setTheme(ChartTheme theme) {
        this.theme = theme;
        markDirty();
    }

    public ChartTheme theme() {
        return theme;
    }

    /**
     * Draws everything (text, lines, markers) this many times larger, for presenter mode: the canvas is
     * scaled while the chart lays itself out on a correspondingly smaller area, so it stays sharp and
     * no chart needs its own presenter fonts.
     */
    public void setDrawScale(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        drawScale = scale;
        markDirty();
    }

    public double drawScale() {
        return drawScale;
    }

    /** Paints now, whatever the dirty flag says (tests and measurements call this). */
    public final void paintNow() {
        long t0 = System.nanoTime();
        dirty = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setGlobalAlpha(1);
        g.setLineDashes();
        g.setFill(theme.background());
        g.fillRect(0, 0, w, h);
        if (w > 20 && h > 20) {
            g.save();
            g.scale(drawScale, drawScale);
            paint(g, w / drawScale, h / drawScale);
            g.restore();
        }
        lastPaintNanos = System.nanoTime() - t0;
        paints++;
    }

    /**
     * {@code title} cut to fit {@code width} like {@link #fitted}; when it is cut, the chart's tooltip shows
     * the whole title (a person can still read "Develo…" in full by pointing at it).
     */
    protected final String fittedTitle(String title, double width) {
        String shown = fitted(title, width);
        cutTitle = shown.equals(title) ? null : title;
        applyTip();
        return shown;
    }

    /**
     * A note the chart's tooltip adds below a cut title (a legend that had to shorten names lists them
     * whole here); null for none.
     */
    protected final void setTipNote(String note) {
        if (!java.util.Objects.equals(note, tipNote)) {
            tipNote = note;
            applyTip();
        }
    }

    private void applyTip() {
        String text = cutTitle == null ? tipNote : tipNote == null ? cutTitle : cutTitle + "\n" + tipNote;
        if (text != null && (titleTip == null || !titleTip.getText().equals(text))) {
            if (titleTip == null) {
                titleTip = new javafx.scene.control.Tooltip();
                javafx.scene.control.Tooltip.install(this, titleTip);
            }
            titleTip.setText(text);
        } else if (text == null && titleTip != null) {
            javafx.scene.control.Tooltip.uninstall(this, titleTip);
            titleTip = null;
        }
    }

    private String cutTitle;
    private String tipNote;

    /** The chart's tooltip (the whole title while it is cut, and any note) or null (for tests). */
    public final String titleTooltip() {
        return titleTip == null ? null : titleTip.getText();
    }

    private javafx.scene.control.Tooltip titleTip;

    /** Paints the whole chart; the background is already filled. */
    protected abstract void paint(GraphicsContext g, double w, double h);

    /** How long the last repaint took on the FX thread (data work and recording the draw commands). */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    public long paintCount() {
        return paints;
    }

    protected Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            markDirty();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 240;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 90;
    }

    /** Whether {@code text} in the 12 px label font (about 6.6 px a character) fits {@code width} with a margin. */
    protected static boolean labelFits(String text, double width) {
        return text.length() * 6.6 + 8 <= width;
    }

    /**
     * {@code text} cut to fit {@code width} (in the bold 14 px title font, about 8 px a character), ending
     * in "…" when cut: a narrow cell shows "Latest gradi…" rather than letters clipped mid-glyph.
     */
    protected static String fitted(String text, double width) {
        int fits = (int) Math.floor(width / 8.0);
        if (text.length() <= fits) {
            return text;
        }
        return fits <= 1 ? "" : text.substring(0, fits - 1).stripTrailing() + "…";
    }
}
