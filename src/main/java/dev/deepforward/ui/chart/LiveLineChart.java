package dev.deepforward.ui.chart;

import dev.deepforward.ui.model.Numbers;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A line chart for long live runs, painted on a canvas: every series keeps all its samples in primitive
 * arrays and each repaint draws a min/max decimation to about one point per pixel column, so 100,000
 * points × 8 series repaint in a few milliseconds (a {@code LineChart} with raw points falls below
 * 55 fps from ~1,000 points). Axes use round ticks, the y axis can be logarithmic, a legend names the
 * series, and hovering reads out every series' value at the pointer's x.
 */
public final class LiveLineChart extends CanvasChart {

    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 14);
    private static final Font LABEL_FONT = Font.font("System", 12);
    private static final double MARKER_SPACING = 70;
    /** Vertical room a y tick label needs, in chart units. */
    private static final double MIN_TICK_GAP = 24;
    /** How strongly the band of each column's lowest–highest samples shows behind the mean line. */
    private static final double BAND_OPACITY = 0.28;

    private final List<Series> series = new ArrayList<>();
    private String title = "";
    private String xLabel = "";
    private boolean logY;
    private double hoverX = Double.NaN;
    private int maxPoints = SeriesBuffer.MAX_POINTS;
    private boolean yFromZero;
    private double minYSpan;
    /** This repaint shows the one-line key instead of the legend box (see {@link #drawKey}). */
    private boolean compactKey;
    private final List<String> yLabels = new java.util.ArrayList<>();
    /** The x axis counts whole things (iterations): ticks and the hover read-out are whole numbers. */
    private boolean integerX;
    /** Why this chart has nothing to show for the run (a regression has no accuracy); null when it has. */
    private String notApplicable;
    /** Words at a series' last point ("C ⚠ diverged"), by series index, in the colour given. */
    private final java.util.Map<Integer, EndNote> endNotes = new java.util.LinkedHashMap<>();

    private record EndNote(String text, SeriesStyle style) {
    }

    /**
     * Marks series {@code seriesIndex}'s last point with a cross and {@code text} beside it, in {@code style}'s
     * colour: a variant that diverged is one point at the top of a loss chart, which a class would not find
     * without its letter and the word. {@code null} takes the mark away; new data does not.
     */
    public void markEnd(int seriesIndex, String text, SeriesStyle style) {
        if (text == null) {
            endNotes.remove(seriesIndex);
        } else {
            endNotes.put(seriesIndex, new EndNote(text, style));
        }
        markDirty();
    }

    /** The words marking the series' ends, in the order they were set (for tests). */
    public List<String> endNotes() {
        return endNotes.values().stream().map(EndNote::text).toList();
    }

    /** One line: its samples, its decimation scratch and its style. */
    public static final class Series {
        final String name;
        final SeriesStyle style;
        final SeriesBuffer data;
        final ColumnDecimator decimated = new ColumnDecimator();
        final boolean inLegend;
        /** What the compact key calls it when two rows cannot hold the full names: "L3", then "3" for "layer 3". */
        List<String> shortNames = List.of();
        boolean visible = true;
        /** What the chart's x axis shows per unit of the x the samples were added with (see {@link #setXScale}). */
        double xScale = 1;
        /** Whether any sample so far is a number: a series of NaN only (no validation data) is not named. */
        boolean anyValue;

        Series(String name, SeriesStyle style, boolean inLegend, int maxPoints) {
            this.name = name;
            this.style = style;
            this.inLegend = inLegend;
            this.data = new SeriesBuffer(1024, maxPoints);
        }

        public String name() { return name; }
        /** Whether the legend names it (faint context lines behind a variant's main curve are not named). */
        public boolean inLegend() { return inLegend; }
        public SeriesBuffer data() { return data; }
        public SeriesStyle style() { return style; }
        /** The x the chart puts sample {@code i} at: its own x times the series' scale. */
        public double shownX(int i) { return data.x(i) * xScale; }
    }

    public LiveLineChart(String title) {
        this.title = title;
        getStyleClass().add("live-line-chart");
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            hoverX = e.getX() / drawScale(); // painting happens in scaled coordinates
            markDirty();
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverX = Double.NaN;
            markDirty();
        });
    }

    /**
     * Whether the legend names the series: shown, meant for the legend, and not known to have nothing to
     * draw (a validation loss of a run without validation data has only NaN samples: no line, so no name).
     */
    private static boolean named(Series s) {
        return s.visible && s.inLegend && (s.anyValue || s.data.size() == 0);
    }

    /** Adds a series and returns its index for {@link #append}. */
    public int addSeries(String name, SeriesStyle style) {
        return addSeries(name, style, true);
    }

    /** Adds a series, named in the legend or not, and returns its index for {@link #append}. */
    public int addSeries(String name, SeriesStyle style, boolean inLegend) {
        series.add(new Series(name, style, inLegend, maxPoints));
        markDirty();
        return series.size() - 1;
    }

    /**
     * Points each series added from now on keeps before it compacts its history (see {@link SeriesBuffer});
     * charts with many series (one per layer) take fewer, so they stay small.
     */
    public void setMaxPointsPerSeries(int n) {
        maxPoints = n;
    }

    /**
     * The names the compact key gives series {@code seriesIndex}, shorter and shorter, when two rows cannot
     * hold the full names (before it cuts names to "l…"): "L3", then "3" for "layer 3". The tooltip still
     * names every series whole.
     */
    public void setShortNames(int seriesIndex, String... shorter) {
        series.get(seriesIndex).shortNames = List.of(shorter);
        markDirty();
    }

    /** The names the legend shows, in order. */
    public List<String> legendNames() {
        return series.stream().filter(LiveLineChart::named).map(s -> s.name).toList();
    }

    public void append(int seriesIndex, double x, double y) {
        Series s = series.get(seriesIndex);
        s.data.add(x, y);
        s.anyValue |= !Double.isNaN(y);
        markDirty();
    }

    /**
     * Puts series {@code seriesIndex} on another x unit without touching its samples: the chart draws each
     * sample at its x times {@code scale} (e.g. iterations times 1/iterations-per-epoch reads in epochs). One
     * factor per series, so variants of different batch sizes line up on epochs or examples seen.
     */
    public void setXScale(int seriesIndex, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("x scale must be positive, got " + scale);
        }
        Series s = series.get(seriesIndex);
        if (s.xScale != scale) {
            s.xScale = scale;
            markDirty();
        }
    }

    /** The x axis's name, as drawn under it. */
    public String xLabel() {
        return xLabel;
    }

    /** The x axis's range as last drawn: {lowest, highest} (for tests); null before the first paint. */
    public double[] xRange() {
        return shownXRange == null ? null : shownXRange.clone();
    }

    private double[] shownXRange;

    public void clearData() {
        for (Series s : series) {
            s.data.clear();
            s.anyValue = false;
        }
        endNotes.clear();
        markDirty();
    }

    public void removeAllSeries() {
        series.clear();
        endNotes.clear();
        markDirty();
    }

    public Series series(int i) {
        return series.get(i);
    }

    public int seriesCount() {
        return series.size();
    }

    public void setLogY(boolean on) {
        logY = on;
        markDirty();
    }

    /**
     * A linear y axis that always includes 0: for quantities read as a fraction of their start (the learning
     * rate, which a schedule halves), where a zoomed axis would make a constant look noisy or a halving look
     * like a collapse to nothing.
     */
    public void setYFromZero(boolean on) {
        yFromZero = on;
        markDirty();
    }

    /**
     * The smallest y range a linear axis zooms to: accuracies of 0.500 and 0.505 should look alike, not
     * fill the chart from bottom to top.
     */
    public void setMinYSpan(double span) {
        minYSpan = span;
        markDirty();
    }

    public boolean isLogY() {
        return logY;
    }

    public void setXLabel(String label) {
        xLabel = label;
        markDirty();
    }

    public void setTitle(String t) {
        title = t;
        markDirty();
    }

    @Override
    public double titleReach() {
        return titleReach(title, TITLE_FONT);
    }

    /**
     * Whether x counts whole things, such as iterations: the axis then labels only whole numbers, the hover
     * read-out names the sample's own x ("iteration 3", not "x = 2.96"), and a run of a single iteration
     * sits in the middle of the axis rather than on its edge.
     */
    public void setIntegerX(boolean on) {
        integerX = on;
        markDirty();
    }

    /**
     * Says in the plot, instead of empty axes and a legend of lines that cannot be drawn, why the chart
     * has nothing to show for this run ("Regression: no classes, so no accuracy"); null shows the chart.
     */
    public void setNotApplicable(String reason) {
        if (!java.util.Objects.equals(reason, notApplicable)) {
            notApplicable = reason;
            markDirty();
        }
    }

    /** The reason the chart shows instead of its plot, or null (for tests). */
    public String notApplicable() {
        return notApplicable;
    }

    /** The hover read-out's lines as last drawn, the x first (for tests); empty when the pointer is away. */
    public List<String> hoverLines() {
        return List.copyOf(hoverShown);
    }

    private final List<String> hoverShown = new ArrayList<>();

        /**
     * How many decimated columns the last paint drew over all visible series: what a repaint costs grows
     * with this, not with the number of samples, so a test can check it stays near one per pixel column.
     */
    int drawnColumns() {
        int n = 0;
        for (Series s : series) {
            if (s.visible) {
                n += s.decimated.count();
            }
        }
        return n;
    }

/** For tests: put the hover read-out at a pixel x as if the mouse were there. */
    public void hoverAt(double px) {
        hoverX = px;
        markDirty();
    }

    // ---- painting -------------------------------------------------------------------------------

    /** The plot rectangle inside the chart: room on the left for tick labels, on top for the title. */
    record Plot(double left, double top, double width, double height) {
        double right() { return left + width; }
        double bottom() { return top + height; }
    }

    Plot plot(double w, double h) {
        int rows = legendRows(w, h);
        double header = LEGEND_ROW * rows;
        double extra = rows == 0 ? KEY_ROW * (keyLayout(w).rows() - 1) : 0;
        return new Plot(58, 30 + header, Math.max(10, w - CHROME_WIDTH), Math.max(10, h - CHROME_HEIGHT - header - extra));
    }

    /** Height of one row of the compact key under the x axis. */
    private static final double KEY_ROW = 15;
    /** Width of a key entry's line sample and the gap after its name. */
    private static final double KEY_SAMPLE = 18;
    private static final double KEY_GAP = 12;

    /** The compact key's entries as drawn: each name (cut with "…" only when two rows cannot hold them whole) and its row. */
    record KeyLayout(List<String> names, int rows) {
    }

    private static double keyItemWidth(String name) {
        return KEY_SAMPLE + 4 + name.length() * 6.6 + KEY_GAP;
    }

    /**
     * Lays out the compact key: every named series gets a line sample, its marker and its name, flowing over
     * at most two rows (the first beside the x axis's label). Names are never dropped; when two rows cannot
     * hold them whole, each is cut to an equal share and the chart's tooltip names them all.
     */
    KeyLayout keyLayout(double w) {
        List<String> names = series.stream().filter(LiveLineChart::named).map(s -> s.name).toList();
        if (names.isEmpty()) {
            return new KeyLayout(names, 1);
        }
        double right = w - 14;
        double firstRoom = right - (xLabel.isEmpty() ? 0 : xLabel.length() * 6.6 + 10) - 10;
        double room = right - 10;
        int rows = keyRows(names, firstRoom, room);
        if (rows <= 2) {
            return new KeyLayout(names, rows);
        }
        // The short names the series were given ("L1" … "out", then "1" … "out" for a deep network's layers),
        // the longest that fit whole.
        List<Series> keyed = series.stream().filter(LiveLineChart::named).toList();
        int levels = keyed.stream().mapToInt(s -> s.shortNames.size()).max().orElse(0);
        for (int level = 0; level < levels; level++) {
            final int at = level;
            names = keyed.stream()
                    .map(s -> s.shortNames.isEmpty() ? s.name : s.shortNames.get(Math.min(at, s.shortNames.size() - 1)))
                    .toList();
            rows = keyRows(names, firstRoom, room);
            if (rows <= 2) {
                return new KeyLayout(names, rows);
            }
        }
        // Cut every name to an equal share of the two rows, keeping at least "A…".
        double share = (firstRoom + room) / names.size() - KEY_SAMPLE - 4 - KEY_GAP;
        int chars = Math.max(2, (int) Math.floor(share / 6.6));
        List<String> cut = names.stream()
                .map(n -> n.length() <= chars ? n : n.substring(0, chars - 1).stripTrailing() + "…").toList();
        return new KeyLayout(cut, Math.min(2, keyRows(cut, firstRoom, room)));
    }

    private static int keyRows(List<String> names, double firstRoom, double room) {
        int rows = 1;
        double x = 0;
        for (String n : names) {
            double iw = keyItemWidth(n);
            if (x > 0 && x + iw > (rows == 1 ? firstRoom : room)) {
                rows++;
                x = 0;
            }
            x += iw;
        }
        return rows;
    }

    /** The texts the legend or key shows for the series, in order, as last drawn (for tests). */
    public List<String> legendShown() {
        return List.copyOf(shownLegend);
    }

    private final List<String> shownLegend = new ArrayList<>();

    /** Height of one row of the legend in the header, between the title and the plot. */
    private static final double LEGEND_ROW = 17;

    /** The width one legend entry takes: its line sample, its name and a gap. */
    private static double legendItemWidth(Series s) {
        return 38 + s.name.length() * 6.6 + 14;
    }

    /**
     * Rows of the legend in the header above the plot (outside it, so it never covers a line), its entries
     * flowing left to right; 0 when there is none, or when it would take more than a third of the chart's
     * height (then the compact key on the x axis's text row names the series instead).
     */
    int legendRows(double w, double h) {
        int rows = 0;
        double x = Double.POSITIVE_INFINITY;
        double room = Math.max(40, w - 20);
        for (Series s : series) {
            if (!named(s)) {
                continue;
            }
            double iw = legendItemWidth(s);
            if (x + iw > room) {
                rows++;
                x = 0;
            }
            x += iw;
        }
        double plot = h - CHROME_HEIGHT;
        if (rows * LEGEND_ROW > plot / 3) {
            return 0;
        }
        // Nor does it push a plot that is readable with the key below the readable height.
        if (plot - KEY_ROW >= ChartArrangement.CHART_HEIGHT && plot - rows * LEGEND_ROW < ChartArrangement.CHART_HEIGHT) {
            return 0;
        }
        return rows;
    }

    /** The chart's height around its plot without a legend: the title row above, the x axis's labels below. */
    static final double CHROME_HEIGHT = 64;
    /** The height that gives the plot {@link ChartArrangement#CHART_HEIGHT} whatever names the series (at scale 1). */
    static final double READABLE_PLOT_CHART_HEIGHT = ChartArrangement.CHART_HEIGHT + CHROME_HEIGHT + KEY_ROW;
    /** The chart's width around its plot: the y axis's labels left, a margin right. */
    static final double CHROME_WIDTH = 58 + 14;
    static final double READABLE_PLOT_CHART_WIDTH = ChartArrangement.CHART_WIDTH + CHROME_WIDTH;

    /** Whether the series are named by the legend row(s) above the plot (else by the compact key, if any). */
    public boolean legendInHeader() {
        return getWidth() > 0 && legendRows(getWidth() / drawScale(), getHeight() / drawScale()) > 0;
    }

    /** The plot rectangle at the chart's current size: x, y, width, height (for tests). */
    public double[] plotBounds() {
        Plot p = plot(getWidth() / drawScale(), getHeight() / drawScale());
        return new double[] {p.left(), p.top(), p.width(), p.height()};
    }

    /** The y axis's tick labels as last drawn (for tests). */
    public List<String> yTickLabels() {
        return List.copyOf(yLabels);
    }

    /** The x axis's tick labels as last drawn (for tests). */
    public List<String> xTickLabels() {
        return List.copyOf(xLabels);
    }

    private final List<String> xLabels = new ArrayList<>();

    /**
     * Log-axis ticks thinned so their labels never overlap: the decades only when 2× and 5× do not fit, then
     * every 2nd, 5th, 10th … decade, so many decades on a short axis still read.
     */
    static double[] thinLogTicks(double[] ticks, double height, double minGap) {
        int room = Math.max(2, (int) (height / minGap) + 1);
        if (ticks.length <= room || ticks.length < 2) {
            return ticks;
        }
        double[] decades = java.util.Arrays.stream(ticks)
                .filter(t -> Math.abs(Math.log10(t) - Math.rint(Math.log10(t))) < 1e-9).toArray();
        for (int every : new int[] {1, 2, 3, 5, 10, 20, 50, 100}) {
            int e = every;
            double[] kept = java.util.Arrays.stream(decades)
                    .filter(t -> Math.floorMod((long) Math.rint(Math.log10(t)), e) == 0).toArray();
            if (kept.length >= 2 && kept.length <= room) {
                return kept;
            }
        }
        // Never fewer than two labels: the ends of the axis at least.
        return decades.length >= 2 ? new double[] {decades[0], decades[decades.length - 1]}
                : new double[] {ticks[0], ticks[ticks.length - 1]};
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        ChartTheme th = theme();
        Plot p = plot(w, h);
        shownLegend.clear();
        g.setFont(TITLE_FONT);
        g.setFill(th.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(fittedTitle(title, w - 16), 10, 7);
        hoverShown.clear();
        hoverBox = null;
        if (notApplicable != null) {
            yLabels.clear();
            xLabels.clear();
            setTipNote(null);
            notApplicableText(g, w, h, th);
            return;
        }

        // x range over every series, then decimate each to the plot's pixel columns.
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            if (s.visible && s.data.size() > 0) {
                x0 = Math.min(x0, s.data.x(0) * s.xScale);
                x1 = Math.max(x1, s.data.lastX() * s.xScale);
            }
        }
        boolean empty = !(x1 >= x0);
        if (empty) {
            x0 = 0;
            x1 = 1;
        } else if (x1 == x0) {
            // One x only (one iteration): in the middle of the axis, where its markers are drawn whole.
            if (integerX) {
                x0 -= 0.5;
                x1 += 0.5;
            } else {
                x1 = x0 + 1;
            }
        }
        shownXRange = new double[] {x0, x1};
        int columns = (int) Math.max(1, Math.round(p.width()));
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            if (!s.visible) {
                continue;
            }
            ColumnDecimator d = s.decimated;
            d.decimate(s.data, x0 / s.xScale, x1 / s.xScale, columns, logY);
            for (int i = 0; i < d.count(); i++) {
                if (!Double.isNaN(d.y(i))) {
                    // The band counts too, except a lowest sample a log axis cannot show.
                    y0 = Math.min(y0, logY && !(d.lo(i) > 0) ? d.y(i) : d.lo(i));
                    y1 = Math.max(y1, d.hi(i));
                }
            }
        }
        Axis yAxis = yAxis(y0, y1, (int) Math.max(2, Math.min(5, p.height() / MIN_TICK_GAP)));
        if (yAxis.log()) {
            // Not enough room for every label: keep the decades, then every few decades.
            yAxis = new Axis(yAxis.lo(), yAxis.hi(), thinLogTicks(yAxis.ticks(), p.height(), 18), true);
        }
        if (yAxis.ticks().length < 2) { // an axis always reads: label its two ends at least
            yAxis = new Axis(yAxis.lo(), yAxis.hi(), new double[] {yAxis.lo(), yAxis.hi()}, yAxis.log());
        }
        compactKey = legendRows(w, h) == 0 && series.stream().anyMatch(LiveLineChart::named);
        drawGrid(g, p, x0, x1, yAxis);
        if (empty) {
            g.setFill(th.mutedText());
            g.setFont(LABEL_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            // The longest hint that fits the plot, else none; on a backing, so no grid line crosses it.
            for (String hint : new String[] {"No data yet: press Play", "Press Play"}) {
                if (labelFits(hint, p.width())) {
                    emptyHint(g, hint, p.left() + p.width() / 2, p.top() + p.height() / 2, th);
                    break;
                }
            }
            return;
        }
        g.save();
        g.beginPath();
        g.rect(p.left(), p.top(), p.width(), p.height());
        g.clip();
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            if (s.visible) {
                drawSeries(g, s, k, p, x0, x1, yAxis);
            }
        }
        g.restore();
        drawEndNotes(g, p, x0, x1, yAxis);
        if (compactKey) {
            drawKey(g, p, w);
        } else {
            drawLegend(g, w, p);
        }
        legendTip();
        drawHover(g, p, x0, x1, yAxis);
    }

    /** Each marked series' last point: a cross in its colour and its words beside it, kept inside the plot. */
    private void drawEndNotes(GraphicsContext g, Plot p, double x0, double x1, Axis y) {
        ChartTheme th = theme();
        for (var e : endNotes.entrySet()) {
            int k = e.getKey();
            if (k >= series.size() || !series.get(k).visible || series.get(k).data.size() == 0) {
                continue;
            }
            Series s = series.get(k);
            int last = s.data.size() - 1;
            double vx = s.data.x(last) * s.xScale;
            double vy = s.data.y(last);
            if (!Double.isFinite(vy) || y.log() && !(vy > 0)) {
                continue;
            }
            double px = p.left() + (vx - x0) / (x1 - x0) * p.width();
            double py = Math.max(p.top(), Math.min(p.bottom(), y.toPixel(Math.max(y.lo(), Math.min(y.hi(), vy)), p)));
            javafx.scene.paint.Color c = e.getValue().style().colourOn(th);
            g.setStroke(c);
            g.setLineWidth(2.5);
            g.setLineDashes();
            double r = 6;
            g.strokeLine(px - r, py - r, px + r, py + r);
            g.strokeLine(px - r, py + r, px + r, py - r);
            g.setFont(TITLE_FONT);
            String text = e.getValue().text();
            double tw = textWidth(text, TITLE_FONT);
            boolean right = px + r + 4 + tw <= p.right();
            double tx = right ? px + r + 4 : Math.max(p.left() + 2, px - r - 4 - tw);
            double ty = Math.max(p.top() + 9, Math.min(p.bottom() - 9, py));
            g.setFill(th.background());
            g.fillRect(tx - 2, ty - 9, tw + 4, 18);
            g.setFill(c);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text, tx, ty);
        }
    }

    private static double textWidth(String text, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** A y axis: its range and ticks, linear or log. */
    record Axis(double lo, double hi, double[] ticks, boolean log) {
        double toPixel(double v, Plot p) {
            double t = log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
            return p.bottom() - t * p.height();
        }
    }

    /** @param ticks how many linear ticks to aim for: fewer on a short plot, so the labels never overlap */
    Axis yAxis(double lo, double hi, int ticks) {
        if (!(hi >= lo)) {
            return logY ? new Axis(0.1, 10, NiceTicks.log(0.1, 10), true) : new Axis(0, 1, NiceTicks.linear(0, 1, ticks), false);
        }
        if (logY) {
            double a = Math.pow(10, Math.floor(Math.log10(lo)));
            double b = Math.pow(10, Math.ceil(Math.log10(hi)));
            if (b <= a) {
                b = a * 10;
            }
            return new Axis(a, b, NiceTicks.log(a, b), true);
        }
        if (yFromZero && lo > 0) {
            lo = 0;
        }
        if (yFromZero && lo >= 0) {
            // from zero up: all-zero values (no dead unit yet) lie on the axis, not half-way up -1 … 1
            hi = Math.max(hi, lo + Math.max(minYSpan, hi == lo ? 1 : 0));
        }
        if (hi - lo < minYSpan) {
            double mid = (hi + lo) / 2;
            lo = mid - minYSpan / 2;
            hi = mid + minYSpan / 2;
        }
        if (hi == lo) {
            double pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        double step = NiceTicks.step(lo, hi, ticks);
        double a = Math.floor(lo / step) * step;
        double b = Math.ceil(hi / step) * step;
        return new Axis(a, b, NiceTicks.linear(a, b, ticks), false);
    }

    private void drawGrid(GraphicsContext g, Plot p, double x0, double x1, Axis y) {
        ChartTheme th = theme();
        g.setLineWidth(1);
        g.setLineDashes();
        g.setFont(LABEL_FONT);
        g.setFill(th.mutedText());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        yLabels.clear();
        // A log axis in one notation: "1e-2 … 1e6" when any decade needs the exponent, not "0.01, 10,000, 1e6".
        boolean exponents = y.log() && java.util.Arrays.stream(y.ticks()).anyMatch(t -> Numbers.compact(t).contains("e"));
        for (double t : y.ticks()) {
            double py = Math.round(y.toPixel(t, p)) + 0.5;
            g.setStroke(th.grid());
            g.strokeLine(p.left(), py, p.right(), py);
            String label = exponents ? decade(t) : Numbers.compact(t);
            g.fillText(label, p.left() - 6, py);
            yLabels.add(label);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        xLabels.clear();
        for (double t : NiceTicks.linear(x0, x1, Math.max(2, (int) (p.width() / 90)))) {
            if (integerX && Math.abs(t - Math.rint(t)) > 1e-9) {
                continue; // no "iteration 1.5"
            }
            double px = Math.round(p.left() + (t - x0) / (x1 - x0) * p.width()) + 0.5;
            g.setStroke(th.grid());
            g.strokeLine(px, p.top(), px, p.bottom());
            String label = Numbers.compact(t);
            xLabels.add(label);
            // Keep the last label inside the chart: its centre may sit near the right edge.
            double half = label.length() * 3.6;
            g.fillText(label, Math.min(px, p.right() + 12 - half), p.bottom() + 5);
        }
        g.setStroke(th.axis());
        g.strokeLine(p.left() + 0.5, p.top(), p.left() + 0.5, p.bottom() + 0.5);
        g.strokeLine(p.left(), p.bottom() + 0.5, p.right(), p.bottom() + 0.5);
        if (!xLabel.isEmpty()) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(xLabel, p.right(), p.bottom() + 19);
        }
        if (y.log() && !compactKey) { // the key takes that place; the decade ticks say "log" anyway
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("log scale", 10, p.bottom() + 19);
        }
    }

    /** A tick of a log axis as a power of ten ("1e6", "1e-2", "1e0"), or as a number when it is not one. */
    static String decade(double t) {
        long e = Math.round(Math.log10(t));
        return Math.abs(t / Math.pow(10, e) - 1) < 1e-9 ? "1e" + e : Numbers.compact(t);
    }

    private void drawSeries(GraphicsContext g, Series s, int k, Plot p, double x0, double x1, Axis y) {
        ChartTheme th = theme();
        ColumnDecimator d = s.decimated;
        Color colour = s.style.colourOn(th);
        double xk = s.xScale;
        double sx = p.width() / (x1 - x0);
        // The spread of each column's samples as a faint band, one-pixel rectangles: cheap to rasterize.
        g.setFill(colour.deriveColor(0, 1, 1, BAND_OPACITY));
        for (int i = 0; i < d.count(); i++) {
            if (Double.isNaN(d.y(i))) {
                continue;
            }
            double top = y.toPixel(d.hi(i), p);
            double bottom = d.lo(i) > 0 || !y.log() ? y.toPixel(d.lo(i), p) : p.bottom();
            if (bottom - top >= 1) {
                g.fillRect(Math.floor(p.left() + (d.x(i) * xk - x0) * sx), top, 1, bottom - top);
            }
        }
        // The column means as the line. One path per unbroken run; NaN samples end a run.
        g.setStroke(colour);
        g.setLineWidth(s.style.width());
        g.setLineDashes(s.style.dash());
        boolean open = false;
        int run = 0; // points in the open run: a run of one is a dot, since a path through one point draws nothing
        double runX = 0;
        double runY = 0;
        for (int i = 0; i < d.count(); i++) {
            double yv = d.y(i);
            if (Double.isNaN(yv)) {
                if (open) {
                    endRun(g, s, run, runX, runY);
                    open = false;
                }
                continue;
            }
            double px = p.left() + (d.x(i) * xk - x0) * sx;
            double py = y.toPixel(yv, p);
            if (!open) {
                g.beginPath();
                g.moveTo(px, py);
                open = true;
                run = 1;
                runX = px;
                runY = py;
            } else {
                g.lineTo(px, py);
                run++;
            }
        }
        if (open) {
            endRun(g, s, run, runX, runY);
        }
        // Markers every so often, staggered per series so they do not sit on top of each other.
        if (s.style.marker() != SeriesStyle.Marker.NONE) {
            g.setLineDashes();
            g.setLineWidth(1.4);
            g.setFill(th.background());
            double next = p.left() + (k * 17) % MARKER_SPACING;
            for (int i = 0; i < d.count(); i++) {
                double yv = d.y(i);
                double px = p.left() + (d.x(i) * xk - x0) * sx;
                if (!Double.isNaN(yv) && px >= next) {
                    Markers.draw(g, s.style.marker(), px, y.toPixel(yv, p), 4);
                    next = px + MARKER_SPACING;
                }
            }
            if (d.count() > 0 && !Double.isNaN(d.y(d.count() - 1))) {
                int last = d.count() - 1;
                g.setFill(s.style.colourOn(th));
                Markers.draw(g, s.style.marker(), p.left() + (d.x(last) * xk - x0) * sx, y.toPixel(d.y(last), p), 4);
            }
        }
    }

    /** Strokes a run of points; a lone point (one iteration, or between gaps) becomes a dot of the line's colour. */
    private void endRun(GraphicsContext g, Series s, int points, double x, double y) {
        g.stroke();
        if (points == 1 && s.style.marker() == SeriesStyle.Marker.NONE) {
            double r = Math.max(3, s.style.width() + 2);
            g.setFill(s.style.colourOn(theme()));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    /** The chart's reason for showing nothing, centred where the plot would be, wrapped to the width. */
    private void notApplicableText(GraphicsContext g, double w, double h, ChartTheme th) {
        g.setFont(LABEL_FONT);
        g.setFill(th.mutedText());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : notApplicable.split(" ")) {
            if (line.length() > 0 && !labelFits(line + " " + word, w - 20)) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        double y = 30 + (h - 30) / 2 - (lines.size() - 1) * 8.5;
        for (String l : lines) {
            g.fillText(l, w / 2, y);
            y += 17;
        }
    }

    /** The legend in the header rows between the title and the plot: outside the plot, never on a line. */
    private void drawLegend(GraphicsContext g, double w, Plot p) {
        ChartTheme th = theme();
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double room = Math.max(40, w - 20);
        double x = Double.POSITIVE_INFINITY;
        double y = 30 - LEGEND_ROW / 2 - 2;
        for (Series s : series) {
            if (!named(s)) {
                continue;
            }
            double iw = legendItemWidth(s);
            if (x + iw > room) {
                x = 0;
                y += LEGEND_ROW;
            }
            sample(g, s.style, 10 + x, y, 26);
            g.setFill(th.text());
            g.fillText(s.name, 10 + x + 32, y);
            shownLegend.add(s.name);
            x += iw;
        }
    }

    /** When the legend shows a name cut, the chart's tooltip names every series whole. */
    private void legendTip() {
        List<String> full = legendNames();
        setTipNote(full.equals(shownLegend) || shownLegend.isEmpty() ? null : String.join("\n", full));
    }

    /** Words in an empty plot, on a backing of the chart's background so no grid line runs through them. */
    static void emptyHint(GraphicsContext g, String hint, double cx, double cy, ChartTheme th) {
        double tw = hint.length() * 6.6 + 12;
        g.setFill(th.background());
        g.fillRoundRect(cx - tw / 2, cy - 11, tw, 22, 6, 6);
        g.setFill(th.mutedText());
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(hint, cx, cy);
    }

    /**
     * The legend when a full one above the plot would take too much of a small chart: under the x axis's
     * tick labels, every named series as a short line sample in its colour with its marker and its name, on
     * one or two rows. A name cut to fit is named whole in the chart's tooltip and the hover read-out.
     */
    private void drawKey(GraphicsContext g, Plot p, double w) {
        List<Series> named = series.stream().filter(LiveLineChart::named).toList();
        KeyLayout k = keyLayout(w);
        double firstRoom = p.right() - (xLabel.isEmpty() ? 0 : xLabel.length() * 6.6 + 10) - 10;
        double room = p.right() - 10;
        double x = 0;
        double y = p.bottom() + 26;
        int row = 1;
        g.setFont(LABEL_FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < named.size(); i++) {
            String name = k.names().get(i);
            double iw = keyItemWidth(name);
            if (x > 0 && x + iw > (row == 1 ? firstRoom : room) && row < 2) {
                row++;
                x = 0;
                y += KEY_ROW;
            }
            sample(g, named.get(i).style, 10 + x, y, KEY_SAMPLE);
            g.setFill(theme().text());
            g.fillText(name, 10 + x + KEY_SAMPLE + 4, y);
            shownLegend.add(name);
            x += iw;
        }
    }

    /** A short stretch of line with the series' dash and marker, for legends and read-outs. */
    private void sample(GraphicsContext g, SeriesStyle st, double x, double y, double len) {
        g.setStroke(st.colourOn(theme()));
        g.setLineWidth(st.width());
        g.setLineDashes(st.dash().length == 0 ? null : scaled(st.dash(), 0.6));
        g.strokeLine(x, y, x + len, y);
        g.setLineDashes();
        g.setLineWidth(1.4);
        g.setFill(theme().background());
        Markers.draw(g, st.marker(), x + len / 2, y, 3.5);
    }

    private static double[] scaled(double[] dash, double f) {
        double[] out = new double[dash.length];
        for (int i = 0; i < dash.length; i++) {
            out[i] = dash[i] * f;
        }
        return out;
    }

    private static boolean covers(List<double[]> points, double x, double y, double w, double h) {
        return points.stream().anyMatch(m -> m[0] >= x - 5 && m[0] <= x + w + 5 && m[1] >= y - 5 && m[1] <= y + h + 5);
    }

    /** The hover read-out's box as last drawn: x, y, width, height (for tests); null when none. */
    public double[] hoverBox() {
        return hoverBox == null ? null : hoverBox.clone();
    }

    private double[] hoverBox;

    /**
     * Whether series {@code s} ended before {@code xv}: the pointer is more than one of its steps (the gap
     * between its last two points) past its last point, as over a run that early stopping ended while others
     * went on.
     */
    private static boolean endedBefore(Series s, double xv) {
        int n = s.data.size();
        if (n < 2) {
            return false;
        }
        double last = s.data.x(n - 1);
        double step = last - s.data.x(n - 2);
        return step > 0 && xv / s.xScale > last + step;
    }

    private void drawHover(GraphicsContext g, Plot p, double x0, double x1, Axis y) {
        if (Double.isNaN(hoverX) || hoverX < p.left() || hoverX > p.right()) {
            return;
        }
        ChartTheme th = theme();
        double xv = x0 + (hoverX - p.left()) / p.width() * (x1 - x0);
        g.setStroke(th.axis());
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        g.strokeLine(Math.round(hoverX) + 0.5, p.top(), Math.round(hoverX) + 0.5, p.bottom());
        g.setLineDashes();
        List<String> lines = new ArrayList<>();
        List<SeriesStyle> styles = new ArrayList<>();
        List<double[]> marked = new ArrayList<>(); // the points read out, in pixels
        lines.add(integerX ? (xLabel.isEmpty() ? "x = " : xLabel + " ") + Numbers.grouped(Math.round(xv))
                : (xLabel.isEmpty() ? "x = " : xLabel + " ") + Numbers.compact(xv));
        styles.add(null);
        for (Series s : series) {
            int i = s.visible && s.inLegend ? s.data.nearest(xv / s.xScale) : -1;
            if (i >= 0 && endedBefore(s, xv)) {
                // A run that stopped (early stopping) has no value here: say where it ended, not its last value.
                double end = s.data.x(s.data.size() - 1) * s.xScale;
                lines.add(s.name + ": ended at " + (integerX ? Numbers.grouped(Math.round(end)) : Numbers.compact(end)));
                styles.add(s.style);
                continue;
            }
            // A series with no value here (no validation data) gets no line: never "NaN".
            if (i >= 0 && !Double.isNaN(s.data.y(i))) {
                lines.add(s.name + ": " + Numbers.compact(s.data.y(i)));
                styles.add(s.style);
                double yy = s.data.y(i);
                if (Double.isFinite(yy) && (!y.log() || yy > 0)) {
                    double px = p.left() + (s.data.x(i) * s.xScale - x0) / (x1 - x0) * p.width();
                    g.setFill(s.style.colourOn(th));
                    g.setStroke(th.background());
                    g.fillOval(px - 4, y.toPixel(yy, p) - 4, 8, 8);
                    marked.add(new double[] {px, y.toPixel(yy, p)});
                    g.strokeOval(px - 4, y.toPixel(yy, p) - 4, 8, 8);
                }
            }
        }
        if (lines.size() == 1) {
            return; // nothing to read at this x
        }
        hoverShown.addAll(lines);
        double lineH = 17;
        double bw = 40 + lines.stream().mapToInt(String::length).max().orElse(10) * 6.6;
        double bh = lines.size() * lineH + 8;
        double bx = hoverX + 12 + bw > p.right() ? hoverX - 12 - bw : hoverX + 12;
        double by = p.bottom() - bh - 6;
        // The read-out does not cover the points it reads: at the bottom of the plot, or else at its top.
        if (covers(marked, bx, by, bw, bh) && !covers(marked, bx, p.top() + 6, bw, bh)) {
            by = p.top() + 6;
        }
        hoverBox = new double[] {bx, by, bw, bh};
        g.setFill(th.background());
        g.setGlobalAlpha(0.94);
        g.fillRoundRect(bx, by, bw, bh, 8, 8);
        g.setGlobalAlpha(1);
        g.setStroke(th.axis());
        g.strokeRoundRect(bx, by, bw, bh, 8, 8);
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double yy = by + 4 + lineH / 2;
        for (int i = 0; i < lines.size(); i++) {
            if (styles.get(i) != null) {
                sample(g, styles.get(i), bx + 6, yy, 22);
            }
            g.setFill(th.text());
            g.fillText(lines.get(i), bx + (styles.get(i) != null ? 34 : 8), yy);
            yy += lineH;
        }
    }
}
