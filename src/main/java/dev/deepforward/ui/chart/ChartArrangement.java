package dev.deepforward.ui.chart;

/**
 * How many columns the training charts get in the width they have, so that no chart drops below the size
 * at which its axes and curves can still be read. Three columns (loss | accuracy | decision surface over
 * gradients | bars) where they fit, else two (the surfaces and each variant's gradients in rows of their
 * own), else one chart under the other; the charts scroll rather than shrink past the minimum. Stacked in
 * one or two columns, the loss and accuracy charts keep a plot of at least 260 × 150 inside their axes.
 *
 * @param columns     1, 2 or 3
 * @param minWidth    the width below which the charts scroll sideways
 * @param minHeight   the height below which they scroll down
 */
public record ChartArrangement(int columns, double minWidth, double minHeight) {

    /** Smallest line chart or heatmap (at scale 1): room for axis labels and a curve you can follow. */
    public static final double CHART_WIDTH = 260;
    public static final double CHART_HEIGHT = 150;
    /**
     * The loss or accuracy chart where charts are stacked (one or two columns): tall enough that its plot,
     * inside the title, the axis labels and the series' key, is {@link #CHART_HEIGHT} high itself.
     */
    public static final double LINE_CHART_HEIGHT = LiveLineChart.READABLE_PLOT_CHART_HEIGHT;
    /** Likewise across: the plot {@link #CHART_WIDTH} wide inside the y axis's labels and the margin. */
    public static final double LINE_CHART_WIDTH = LiveLineChart.READABLE_PLOT_CHART_WIDTH;
    /** Smallest decision surface: a square where the classes' regions can still be told apart. */
    public static final double SURFACE = 120;
    /** A decision surface's view: its square plus the title above and the caption below it. */
    public static final double SURFACE_VIEW_WIDTH = SURFACE + DecisionSurfaceView.CHROME_WIDTH;
    public static final double SURFACE_VIEW_HEIGHT = SURFACE + DecisionSurfaceView.CHROME_HEIGHT;
    /** A variant's gradient panel: its heatmap (64 %) must keep a chart's width. */
    public static final double PANEL_WIDTH = (CHART_WIDTH + 6) / 0.64;
    /** The variant's name over its panel. */
    static final double PANEL_HEADER = 24;
    public static final double GAP = 8;
    /** Room for the grid's columns to round to whole pixels without a chart dropping a pixel short. */
    static final double SNAP_SLACK = 2;

    /**
     * @param width    the width the charts have
     * @param scale    chart text scale (presenter mode: 1.5), which scales every minimum
     * @param surfaces decision surfaces shown (0 for data that is not 2-D)
     * @param runs     runs shown (1, or 2–4 variants side by side)
     */
    public static ChartArrangement choose(double width, double scale, int surfaces, int runs) {
        double cw = CHART_WIDTH * scale;
        double ch = CHART_HEIGHT * scale;
        double surfaceBoxW = surfaceBoxWidth(scale, surfaces);
        double surfaceBoxH = surfaceBoxHeight(scale, surfaces);
        boolean compare = runs > 1;
        // Three columns: two charts and the surfaces (when shown) in one row.
        double wide = 2 * cw + GAP + (surfaces > 0 ? surfaceBoxW + GAP : 0);
        double panelsW = runs * PANEL_WIDTH * scale + (runs - 1) * 10;
        if (compare) {
            wide = Math.max(wide, panelsW);
        }
        // A pixel each for the columns' rounding to whole pixels, so a chart at the edge keeps its minimum.
        if (width >= wide + SNAP_SLACK) {
            if (!compare) {
                // The surface spans both rows of charts: it needs their height together, not a row's.
                return new ChartArrangement(3, wide, Math.max(ch + GAP + ch, surfaceBoxH));
            }
            double top = Math.max(ch, surfaceBoxH);
            return new ChartArrangement(3, wide, top + GAP + ch + PANEL_HEADER);
        }
        double lw = LINE_CHART_WIDTH * scale;
        int cols = width >= 2 * lw + GAP ? 2 : 1;
        double w = Math.max(cols == 2 ? 2 * lw + GAP : lw, surfaceBoxW);
        // Rows: loss and accuracy (one row, or two), the surfaces, then the gradients of each run.
        double lh = LINE_CHART_HEIGHT * scale;
        double h = cols == 2 ? lh : 2 * lh + GAP;
        if (surfaces > 0) {
            h += GAP + surfaceBoxH;
        }
        if (compare) {
            h += runs * (GAP + ch + PANEL_HEADER);
        } else {
            h += GAP + (cols == 2 || gradientsSideBySide(width, scale) ? ch : 2 * ch + GAP);
        }
        return new ChartArrangement(cols, w, h);
    }

    /**
     * Whether, stacked in one column, a run's gradient heatmap and latest bars still fit side by side (they
     * need only a chart's width each, the loss and accuracy charts more): one row of them, not two.
     */
    public static boolean gradientsSideBySide(double width, double scale) {
        return width >= 2 * CHART_WIDTH * scale + GAP + SNAP_SLACK;
    }

    /**
     * The three columns' widths in the wide arrangement: the surfaces take up to 30 % but never more than
     * the two charts can spare, and never more than a square as tall as the charts' two rows; the loss
     * chart gets a little more than the accuracy.
     */
    public static double[] wideColumns(double width, double height, double scale, int surfaces) {
        double cw = CHART_WIDTH * scale;
        double avail = Math.max(0, width - 2 * GAP);
        double surface = 0;
        if (surfaces > 0) {
            double box = surfaceBoxWidth(scale, surfaces);
            surface = Math.max(box, Math.min(avail * 0.3, Math.max(box, height)));
            surface = Math.min(surface, Math.max(box, avail - 2 * cw - SNAP_SLACK));
        }
        double rest = avail - surface;
        double loss = Math.max(Math.min(cw, rest / 2), Math.min(rest * 0.55, rest - cw));
        return new double[] {loss, rest - loss, surface};
    }

    /** The surfaces' box across: side by side for two, a 2 × 2 grid for three or four, 6 px apart. */
    public static double surfaceBoxWidth(double scale, int surfaces) {
        int cols = surfaces <= 2 ? surfaces : 2;
        return cols * SURFACE_VIEW_WIDTH * scale + Math.max(0, cols - 1) * 6;
    }

    /** The surfaces' box down: one row of views for up to two, two rows for three or four. */
    public static double surfaceBoxHeight(double scale, int surfaces) {
        int rows = surfaces == 0 ? 0 : surfaces <= 2 ? 1 : 2;
        return rows * SURFACE_VIEW_HEIGHT * scale + Math.max(0, rows - 1) * 6;
    }

    /** The height the first rows need, which the designer above must leave the charts (two rows of charts). */
    public static double firstRowsHeight(double scale) {
        return 2 * CHART_HEIGHT * scale + GAP;
    }
}
