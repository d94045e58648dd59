package dev.deepforward.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * What the network predicts over the plane of a 2-D dataset, with the training points on top (filled)
 * and, toggled on, the test points (hollow rings): the
 * picture that shows a network bending its boundary around a spiral. The prediction grid (computed by the
 * engine on its own thread) becomes one pixel per cell of a {@link WritableImage}, drawn scaled with
 * smoothing, so a new surface costs a few thousand pixel writes, not a canvas-sized repaint.
 *
 * <p>Classes look as they do in every view ({@link ClassStyles}: the data preview's colours and marker
 * shapes). Two classes: the probability of class 1 on a map from class 0's pale tint through white
 * (undecided) to class 1's, so the boundary is where the colour fades out. More classes: each cell takes
 * the pale tint of its predicted class. The points are drawn in full colour with a dark outline, so a
 * correctly classified point still stands out of its own class's tint. Regression: the prediction on a
 * diverging map over the range of the targets and the predictions together; the points are coloured by their
 * targets on the same scale, so misfit shows as contrast, and the caption names the scale's ends.
 *
 * <p>The decision boundary is drawn as a dark line, not left to colour alone: where the probability of class 1
 * crosses 0.5 (two classes) or the predicted class changes (more), traced through the grid's cells
 * (marching squares, linear between cell centres). A network that predicts one class everywhere has none.
 */
public final class DecisionSurfaceView extends CanvasChart {

    /** How the surface's values are read. */
    public enum Mode { PROBABILITY, CLASS, VALUE }

    /** ColorBrewer's RdBu, reversed: blue (low) → near-white → red (high); readable by colour-blind viewers. */
    public static final ColorMap DIVERGING = new ColorMap("#2166AC", "#4393C3", "#92C5DE", "#D1E5F0", "#F7F7F7",
            "#FDDBC7", "#F4A582", "#D6604D", "#B2182B");

    /** Two classes' probability map, from {@link ClassStyles}. */
    private static final ColorMap TWO_CLASSES = ClassStyles.twoClassMap();
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 14);
    private static final Font LABEL_FONT = Font.font("System", 12);
    /** Above the square: the title's band (at scale 1). */
    static final double TITLE_BAND = 30;
    /** Below the square: the caption's band ("after iteration 1000"). */
    static final double CAPTION_BAND = 26;
    /** Left and right of the square together. */
    static final double SIDE_MARGINS = 20;
    /** What the view needs beyond its square, across and down (at scale 1): the arrangement reserves it. */
    public static final double CHROME_WIDTH = SIDE_MARGINS;
    public static final double CHROME_HEIGHT = TITLE_BAND + CAPTION_BAND;

    private WritableImage image;
    private Mode mode = Mode.PROBABILITY;
    private double minX = -1.2;
    private double maxX = 1.2;
    private double minY = -1.2;
    private double maxY = 1.2;
    private long iteration = -1;
    private double[] px = new double[0];
    private double[] py = new double[0];
    private int[] pointClass = new int[0];
    private double[] pointValue = new double[0];
    private double valueLo = 0;
    private double valueHi = 1;
    private String title = "Decision surface";
    private double[] tx = new double[0];
    private double[] ty = new double[0];
    private int[] testClass = new int[0];
    private double[] testValue = new double[0];
    private boolean showTest;
    /** The last surface's grid (row 0 at minY) and cells per side, for the boundary line. */
    private float[] grid = new float[0];
    private int resolution;
    /** The targets' range alone (the colour scale also takes in the predictions). */
    private double targetLo = 0;
    private double targetHi = 1;
    /** The boundary's segments as last drawn, x1 y1 x2 y2 in the view's pixels (for tests). */
    private final java.util.List<double[]> boundary = new java.util.ArrayList<>();
    private int drawnTraining;
    private int drawnTest;

    public DecisionSurfaceView() {
        getStyleClass().add("decision-surface");
    }

    /** The heading (a comparison names the variant whose predictions these are). */
    public void setTitle(String t) {
        title = t;
        markDirty();
    }

    public String title() {
        return title;
    }

    /** Training points in data units; {@code classes} for classification, else {@code values} (targets). */
    public void setPoints(double[] x, double[] y, int[] classes, double[] values) {
        px = x.clone();
        py = y.clone();
        pointClass = classes == null ? new int[0] : classes.clone();
        pointValue = values == null ? new double[0] : values.clone();
        if (pointValue.length > 0) {
            targetLo = Double.POSITIVE_INFINITY;
            targetHi = Double.NEGATIVE_INFINITY;
            for (double v : pointValue) {
                targetLo = Math.min(targetLo, v);
                targetHi = Math.max(targetHi, v);
            }
            valueRange();
            if (image != null && mode == Mode.VALUE) {
                writeImage(); // the scale changed under the surface already shown
            }
        }
        markDirty();
    }

    /**
     * The held-out test points, drawn hollow (a ring in the class colour) so they are never mistaken for
     * the points the network trains on; shown only while {@link #setShowTestPoints} is on.
     */
    public void setTestPoints(double[] x, double[] y, int[] classes, double[] values) {
        tx = x.clone();
        ty = y.clone();
        testClass = classes == null ? new int[0] : classes.clone();
        testValue = values == null ? new double[0] : values.clone();
        markDirty();
    }

    public void setShowTestPoints(boolean on) {
        showTest = on;
        markDirty();
    }

    public boolean isShowingTestPoints() {
        return showTest;
    }

    public int testPointCount() {
        return tx.length;
    }

    /** Training points inside the plot at the last repaint. */
    public int drawnTrainingPoints() {
        return drawnTraining;
    }

    /** Test points drawn at the last repaint: 0 while they are hidden. */
    public int drawnTestPoints() {
        return drawnTest;
    }

    /** A new prediction grid, row-major with row 0 at {@code minY}. */
    public void setSurface(int resolution, double minX, double maxX, double minY, double maxY, float[] values,
            Mode mode, long iteration) {
        this.minX = minX;
        this.maxX = maxX;
        this.minY = minY;
        this.maxY = maxY;
        this.mode = mode;
        this.iteration = iteration;
        this.resolution = resolution;
        this.grid = values.clone();
        if (image == null || (int) image.getWidth() != resolution) {
            image = new WritableImage(resolution, resolution);
        }
        valueRange();
        writeImage();
        markDirty();
    }

    private void writeImage() {
        PixelWriter pw = image.getPixelWriter();
        for (int r = 0; r < resolution; r++) {
            for (int c = 0; c < resolution; c++) {
                // Image row 0 is the top of the picture, which is the grid's last row (max y).
                pw.setArgb(c, resolution - 1 - r, argb(grid[r * resolution + c]));
            }
        }
    }

    /**
     * The regression colour scale: the targets' range and the predictions' together, so neither an untrained
     * network's predictions far off the targets nor a single target paints the whole square one colour.
     */
    private void valueRange() {
        double lo = pointValue.length > 0 ? targetLo : Double.POSITIVE_INFINITY;
        double hi = pointValue.length > 0 ? targetHi : Double.NEGATIVE_INFINITY;
        if (mode == Mode.VALUE) {
            for (float v : grid) {
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi >= lo)) {
            lo = 0;
            hi = 1;
        } else if (!(hi > lo)) {
            hi = lo + 1;
        }
        valueLo = lo;
        valueHi = hi;
    }

    /** The regression colour scale's ends: {low (blue), high (red)} (for tests). */
    public double[] valueScale() {
        return new double[] {valueLo, valueHi};
    }

    /** The boundary line's segments at the last repaint, each {x1, y1, x2, y2} in the view's pixels. */
    public java.util.List<double[]> boundarySegments() {
        return java.util.List.copyOf(boundary);
    }

    /** Forgets the surface (a new run, a reset); the points stay until new ones are set. */
    public void clearSurface() {
        image = null;
        grid = new float[0];
        resolution = 0;
        iteration = -1;
        markDirty();
    }

    public boolean hasSurface() {
        return image != null;
    }

    public long surfaceIteration() {
        return iteration;
    }

    public int pointCount() {
        return px.length;
    }

    private int argb(float v) {
        if (Float.isNaN(v)) {
            return 0xFF808080;
        }
        return switch (mode) {
            case PROBABILITY -> TWO_CLASSES.argbAt(stretch(v));
            case VALUE -> DIVERGING.argbAt((v - valueLo) / (valueHi - valueLo));
            case CLASS -> argb(ClassStyles.tint((int) v));
        };
    }

    /**
     * Where probability {@code p} sits on the two-class map: away from 0.5 faster than linearly (a square
     * root), so a network that leans 60/40 already shows its side's tint beside the boundary instead of
     * near-white.
     */
    static double stretch(double p) {
        double d = Math.max(-0.5, Math.min(0.5, p - 0.5));
        return 0.5 + Math.signum(d) * Math.sqrt(Math.abs(d) * 2) / 2;
    }

    private static int argb(Color t) {
        return 0xFF000000 | ((int) Math.round(t.getRed() * 255) << 16) | ((int) Math.round(t.getGreen() * 255) << 8)
                | (int) Math.round(t.getBlue() * 255);
    }

    private Color valueColour(int i, double[] values) {
        return i < values.length ? DIVERGING.at((values[i] - valueLo) / (valueHi - valueLo)) : Color.GRAY;
    }

    /** The colour a point of class {@code k} is drawn in: the same as in the data preview. */
    public static Color pointColour(int k) {
        return ClassStyles.colour(k);
    }

    /** The caption under the plot as it is drawn at the view's width ("after iteration 1000"); empty before a surface. */
    public String caption() {
        return iteration < 0 ? "" : caption(getWidth());
    }

    /** Under the plot: the iteration and, with test points on, the key; shortened to fit a small surface. */
    private String caption(double w) {
        String key = showTest ? " · ● training ○ test" : "";
        String lo = dev.deepforward.ui.model.Numbers.compact(valueLo);
        String hi = dev.deepforward.ui.model.Numbers.compact(valueHi);
        // a scale whose ends read alike tells nothing: say the value is the same everywhere instead
        String scale = mode != Mode.VALUE || image == null ? ""
                : lo.equals(hi) ? " · " + lo + " everywhere" : " · blue " + lo + " … red " + hi;
        for (String c : new String[] {"after iteration " + iteration + scale + key, "iteration " + iteration + scale + key,
            "it. " + iteration + scale + key, "it. " + iteration + scale, "after iteration " + iteration + key,
            "iteration " + iteration + key, "it. " + iteration + key, "it. " + iteration}) {
            if (c.length() * 6.4 <= w - 8) {
                return c;
            }
        }
        return "it. " + iteration;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        ChartTheme th = theme();
        g.setFont(TITLE_FONT);
        g.setFill(th.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(fittedTitle(title, w - 16), 10, 7);
        g.setFont(LABEL_FONT);
        double top = TITLE_BAND;
        double side = side(w, h);
        double left = (w - side) / 2;
        if (iteration >= 0) {
            g.setTextAlign(TextAlignment.CENTER);
            g.setFill(th.mutedText());
            g.fillText(caption(w), w / 2, top + side + 6);
        }
        g.setFill(th.grid());
        g.fillRect(left, top, side, side);
        boundary.clear();
        if (image != null) {
            g.setImageSmoothing(true);
            g.drawImage(image, left, top, side, side);
            drawBoundary(g, left, top, side, th);
        } else if (px.length == 0) {
            // Before training the data points alone are the picture; words would only sit under them.
            g.setFill(th.mutedText());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("For 2-D datasets", left + side / 2, top + side / 2);
        }
        double r = side > 300 ? 3.4 : side > 160 ? 2.8 : 2.1; // a small surface: smaller markers, less crowding
        Color edge = th.dark() ? Color.WHITE : Color.rgb(20, 20, 20);
        drawnTraining = 0;
        for (int i = 0; i < px.length; i++) {
            double x = left + (px[i] - minX) / (maxX - minX) * side;
            double y = top + (1 - (py[i] - minY) / (maxY - minY)) * side;
            if (x < left || x > left + side || y < top || y > top + side) {
                continue;
            }
            if (i < pointClass.length) {
                ClassStyles.drawOutlined(g, pointClass[i], x, y, r, edge);
            } else {
                g.setFill(valueColour(i, pointValue));
                g.setStroke(edge);
                g.setLineWidth(0.8);
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            drawnTraining++;
        }
        drawnTest = 0;
        if (showTest) {
            // Hollow: the class's shape as an outline in its colour over a dark halo, so it reads on its own tint too.
            double rt = r + 0.8;
            for (int i = 0; i < tx.length; i++) {
                double x = left + (tx[i] - minX) / (maxX - minX) * side;
                double y = top + (1 - (ty[i] - minY) / (maxY - minY)) * side;
                if (x < left || x > left + side || y < top || y > top + side) {
                    continue;
                }
                if (i < testClass.length) {
                    ClassStyles.drawHollow(g, testClass[i], x, y, rt, edge);
                } else {
                    g.setStroke(edge);
                    g.setLineWidth(3.4);
                    g.strokeOval(x - rt, y - rt, 2 * rt, 2 * rt);
                    g.setStroke(valueColour(i, testValue));
                    g.setLineWidth(1.8);
                    g.strokeOval(x - rt, y - rt, 2 * rt, 2 * rt);
                }
                drawnTest++;
            }
        }
        g.setStroke(th.axis());
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, side - 1, side - 1);
    }

    /**
     * The decision boundary as a dark line over the surface, under the points: marching squares over the cell
     * centres, at 0.5 on a probability, or between cells of different classes. None for a regression.
     */
    private void drawBoundary(GraphicsContext g, double left, double top, double side, ChartTheme th) {
        int n = resolution;
        if (mode == Mode.VALUE || n < 2 || grid.length < n * n) {
            return;
        }
        double cell = side / n;
        for (int r = 0; r + 1 < n; r++) {
            for (int c = 0; c + 1 < n; c++) {
                // Corners counter-clockwise from the lower left: (c, r), (c+1, r), (c+1, r+1), (c, r+1).
                float[] v = {grid[r * n + c], grid[r * n + c + 1], grid[(r + 1) * n + c + 1], grid[(r + 1) * n + c]};
                double[][] at = {{c, r}, {c + 1, r}, {c + 1, r + 1}, {c, r + 1}};
                java.util.List<double[]> cross = new java.util.ArrayList<>(4);
                for (int e = 0; e < 4; e++) {
                    float a = v[e];
                    float b = v[(e + 1) % 4];
                    if (Float.isNaN(a) || Float.isNaN(b)) {
                        continue;
                    }
                    double t;
                    if (mode == Mode.PROBABILITY) {
                        if ((a >= 0.5f) == (b >= 0.5f)) {
                            continue;
                        }
                        t = (0.5 - a) / (b - a);
                    } else {
                        if (Math.round(a) == Math.round(b)) {
                            continue;
                        }
                        t = 0.5;
                    }
                    double gx = at[e][0] + t * (at[(e + 1) % 4][0] - at[e][0]);
                    double gy = at[e][1] + t * (at[(e + 1) % 4][1] - at[e][1]);
                    // Cell centres: column c at left + (c + ½)·cell; row r counted up from the bottom.
                    cross.add(new double[] {left + (gx + 0.5) * cell, top + side - (gy + 0.5) * cell});
                }
                if (cross.size() == 2) {
                    boundary.add(new double[] {cross.get(0)[0], cross.get(0)[1], cross.get(1)[0], cross.get(1)[1]});
                } else if (cross.size() > 2) {
                    // A saddle or a corner where three classes meet: every crossing to the square's middle.
                    double mx = left + (c + 1) * cell;
                    double my = top + side - (r + 1) * cell;
                    for (double[] p : cross) {
                        boundary.add(new double[] {p[0], p[1], mx, my});
                    }
                }
            }
        }
        if (boundary.isEmpty()) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(left, top, side, side);
        g.clip();
        g.setLineDashes();
        g.setLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
        // A light halo under the dark line, so it reads on the darkest tint and on a dark theme alike.
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? Color.rgb(255, 255, 255, 0.7) : BOUNDARY);
            g.setLineWidth(pass == 0 ? 4.2 : 2.2);
            for (double[] sgm : boundary) {
                g.strokeLine(sgm[0], sgm[1], sgm[2], sgm[3]);
            }
        }
        g.restore();
    }

    /** The boundary line's colour: near-black, darker than any tint or point colour. */
    public static final Color BOUNDARY = Color.rgb(25, 25, 25);

    /** The square's side in a view of {@code w} × {@code h} (drawing units). */
    private static double side(double w, double h) {
        return Math.max(10, Math.min(w - SIDE_MARGINS, h - TITLE_BAND - CAPTION_BAND));
    }

    /**
     * The side of the square the surface is drawn in, in the scene's pixels (the view's size less its
     * title and caption, at the presenter scale when it is on): what a person sees, not the view's box.
     */
    public double surfaceSide() {
        double s = drawScale();
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        return side(w / s, h / s) * s;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 260;
    }
}
