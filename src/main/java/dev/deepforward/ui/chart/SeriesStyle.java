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
