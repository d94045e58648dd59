package dev.deepforward.ui.chart;

import javafx.scene.paint.Color;

/**
 * How a series is drawn. Colour is never the only difference: each style also has its own dash
 * pattern and marker shape, so lines stay apart on a washed-out projector, in greyscale print and for
 * colour-blind viewers.
 *
 * @param colour line and marker colour
 * @param dash   dash lengths in pixels; empty for a solid line
 * @param marker marker drawn along the line every so often
 * @param width  line width in pixels
 */
public record SeriesStyle(Color colour, double[] dash, Marker marker, double width) {

    public enum Marker { CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS, PLUS, TRIANGLE_DOWN, NONE }

    /** The Okabe–Ito palette, whose eight colours stay distinguishable under the common colour-vision deficiencies. */
    public static final Color[] OKABE_ITO = {
        Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#009E73"), Color.web("#F0E442"),
        Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#CC79A7"), Color.web("#000000")};

    private static final double[][] DASHES = {{}, {10, 5}, {3, 4}, {12, 4, 3, 4}, {6, 6}, {2, 3, 8, 3}, {14, 6}, {4, 2}};
    private static final Marker[] MARKERS = {Marker.CIRCLE, Marker.SQUARE, Marker.TRIANGLE, Marker.DIAMOND,
        Marker.CROSS, Marker.PLUS, Marker.TRIANGLE_DOWN, Marker.CIRCLE};

    /** The style of variant {@code i} of a comparison: its own colour, dash and marker. */
    public static SeriesStyle variant(int i) {
        int k = Math.floorMod(i, OKABE_ITO.length);
        return new SeriesStyle(OKABE_ITO[k], DASHES[k], MARKERS[k], 2.2);
    }

    /**
     * The colours of a comparison's variants A–D, in this fixed order so variant A always looks the same.
     * Okabe–Ito's orange, blue, bluish green and reddish purple: the four of its eight that read well on
     * both the light and the dark background (its yellow and sky blue fade on white, its black on dark).
     */
    private static final Color[] COMPARE = {OKABE_ITO[0], OKABE_ITO[4], OKABE_ITO[2], OKABE_ITO[6]};
    private static final double[][] COMPARE_DASHES = {{}, {11, 5}, {2.5, 4}, {12, 4, 3, 4}};
    private static final Marker[] COMPARE_MARKERS = {Marker.CIRCLE, Marker.SQUARE, Marker.TRIANGLE, Marker.DIAMOND};

    /**
     * The style of variant {@code i} (0 = A) of a side-by-side run, in every chart: its own colour, dash
     * and marker, so the variants stay apart in greyscale and for colour-blind viewers too.
     */
    public static SeriesStyle compare(int i) {
        int k = Math.floorMod(i, COMPARE.length);
        return new SeriesStyle(COMPARE[k], COMPARE_DASHES[k], COMPARE_MARKERS[k], 2.4);
    }

    /** A faint, thin, unmarked solid line in the same colour: the noisy context behind a variant's main curve. */
    public SeriesStyle faint() {
        return new SeriesStyle(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.35), new double[0],
                Marker.NONE, 1.0);
    }

    public SeriesStyle withDash(double... pattern) {
        return new SeriesStyle(colour, pattern, marker, width);
    }

    public SeriesStyle withMarker(Marker m) {
        return new SeriesStyle(colour, dash, m, width);
    }

    public SeriesStyle withWidth(double w) {
        return new SeriesStyle(colour, dash, marker, w);
    }

    /** The colour to draw on a background: the palette's black turns white on a dark theme. */
    public Color colourOn(ChartTheme theme) {
        if (theme.dark() && colour.getBrightness() < 0.15) {
            return Color.web("#f0f0f0");
        }
        return colour;
    }
}
