package dev.deepforward.ui.chart;

import javafx.scene.paint.Color;

/**
 * The line style of each layer in the gradient-norm lines: colours sampled evenly from viridis, so the
 * layers' order reads as an order (first layer dark purple … output layer green-yellow), the same map as
 * the heatmap beside it; plus a dash and a marker of their own, so neighbouring layers stay apart where
 * their colours are close, in greyscale and for colour-blind viewers.
 */
final class LayerStyles {

    private static final double[][] DASHES = {{}, {9, 4}, {2.5, 3.5}, {12, 4, 3, 4}, {6, 5}, {2, 3, 8, 3}};
    private static final SeriesStyle.Marker[] MARKERS = {SeriesStyle.Marker.CIRCLE, SeriesStyle.Marker.SQUARE,
        SeriesStyle.Marker.TRIANGLE, SeriesStyle.Marker.DIAMOND, SeriesStyle.Marker.TRIANGLE_DOWN,
        SeriesStyle.Marker.CROSS, SeriesStyle.Marker.PLUS};
    /** Viridis' last tenth (bright yellow) vanishes on a white background; stop short of it. */
    private static final double LAST = 0.86;

    private LayerStyles() {
    }

    /** The style of layer {@code i} of {@code n} (0 = first hidden layer, n − 1 = output). */
    static SeriesStyle of(int i, int n) {
        double t = n <= 1 ? 0 : i * LAST / (n - 1);
        Color c = ColorMap.VIRIDIS.at(t);
        return new SeriesStyle(c, DASHES[i % DASHES.length], MARKERS[i % MARKERS.length], 1.8);
    }
}
