package dev.deepforward.ui.data;

import dev.deepforward.ui.chart.ChartTheme;
import dev.deepforward.ui.chart.Markers;
import dev.deepforward.ui.chart.SeriesStyle;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * How a class is drawn in point plots: an Okabe–Ito colour AND a marker shape of its own, so classes are
 * told apart without relying on colour (colour-blind viewers, greyscale projectors, print).
 */
public final class ClassStyles {

    /** Shapes in an order where neighbouring classes differ most (filled vs open, round vs angular). */
    private static final SeriesStyle.Marker[] SHAPES = {SeriesStyle.Marker.CIRCLE, SeriesStyle.Marker.CROSS,
        SeriesStyle.Marker.TRIANGLE, SeriesStyle.Marker.SQUARE, SeriesStyle.Marker.PLUS, SeriesStyle.Marker.DIAMOND,
        SeriesStyle.Marker.TRIANGLE_DOWN};
    /** Okabe–Ito without its yellow (too light on white) and its black (reserved for text). */
    private static final Color[] COLOURS = {SeriesStyle.OKABE_ITO[4], SeriesStyle.OKABE_ITO[0],
        SeriesStyle.OKABE_ITO[2], SeriesStyle.OKABE_ITO[5], SeriesStyle.OKABE_ITO[6], SeriesStyle.OKABE_ITO[1]};

    private ClassStyles() {
    }

    public static SeriesStyle.Marker marker(int cls) {
        return SHAPES[Math.floorMod(cls, SHAPES.length)];
    }

    public static Color colour(int cls) {
        return COLOURS[Math.floorMod(cls, COLOURS.length)];
    }

    /** Draws class {@code cls}'s marker of radius {@code r} centred on (x, y). */
    public static void draw(GraphicsContext g, int cls, double x, double y, double r, ChartTheme theme) {
        Color c = colour(cls);
        g.setFill(c);
        g.setStroke(marker(cls) == SeriesStyle.Marker.CROSS || marker(cls) == SeriesStyle.Marker.PLUS ? c
                : theme.dark() ? c.brighter() : c.darker());
        g.setLineWidth(marker(cls) == SeriesStyle.Marker.CROSS || marker(cls) == SeriesStyle.Marker.PLUS ? 1.6 : 0.8);
        Markers.draw(g, marker(cls), x, y, r);
    }
}
