package dev.deepforward.ui.chart;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * How a class looks in every view that shows classes (the data preview, the decision surface and its
 * points): an Okabe–Ito colour AND a marker shape of its own, so classes are told apart without relying on
 * colour (colour-blind viewers, greyscale projectors, print). The one place that decides it: class 0 is
 * blue with a circle, class 1 orange with a cross, and so on.
 */
public final class ClassStyles {

    /** Shapes in an order where neighbouring classes differ most (filled vs open, round vs angular). */
    private static final SeriesStyle.Marker[] SHAPES = {SeriesStyle.Marker.CIRCLE, SeriesStyle.Marker.CROSS,
        SeriesStyle.Marker.TRIANGLE, SeriesStyle.Marker.SQUARE, SeriesStyle.Marker.PLUS, SeriesStyle.Marker.DIAMOND,
        SeriesStyle.Marker.TRIANGLE_DOWN};
    /**
     * Okabe–Ito without its yellow (too light on white) and its black (reserved for text): blue, orange,
     * bluish green, vermilion, reddish purple, sky blue. Blue and orange, the first two, lie on the
     * blue–yellow axis that the common colour-vision deficiencies keep.
     */
    private static final Color[] COLOURS = {SeriesStyle.OKABE_ITO[4], SeriesStyle.OKABE_ITO[0],
        SeriesStyle.OKABE_ITO[2], SeriesStyle.OKABE_ITO[5], SeriesStyle.OKABE_ITO[6], SeriesStyle.OKABE_ITO[1]};
    /** How far a surface's tint is washed towards white: the points, in full colour, stand out of it. */
    private static final double TINT = 0.62;

    private ClassStyles() {
    }

    public static SeriesStyle.Marker marker(int cls) {
        return SHAPES[Math.floorMod(cls, SHAPES.length)];
    }

    public static Color colour(int cls) {
        return COLOURS[Math.floorMod(cls, COLOURS.length)];
    }

    /** The pale version of class {@code cls}'s colour that an area predicted as that class is painted in. */
    public static Color tint(int cls) {
        return colour(cls).interpolate(Color.WHITE, TINT);
    }

    /**
     * The two-class probability map: class 0's tint at 0, white where the network is undecided, class 1's
     * tint at 1, so the boundary is where the colour fades out and each side is its class's colour.
     */
    public static ColorMap twoClassMap() {
        Color a = tint(0);
        Color b = tint(1);
        return new ColorMap(hex(a), hex(a.interpolate(Color.WHITE, 0.5)), "#F7F7F7",
                hex(b.interpolate(Color.WHITE, 0.5)), hex(b));
    }

    private static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static boolean open(int cls) {
        return marker(cls) == SeriesStyle.Marker.CROSS || marker(cls) == SeriesStyle.Marker.PLUS;
    }

    /** Draws class {@code cls}'s marker of radius {@code r} centred on (x, y). */
    public static void draw(GraphicsContext g, int cls, double x, double y, double r, ChartTheme theme) {
        Color c = colour(cls);
        g.setFill(c);
        g.setStroke(open(cls) ? c : theme.dark() ? c.brighter() : c.darker());
        g.setLineWidth(open(cls) ? 1.6 : 0.8);
        Markers.draw(g, marker(cls), x, y, r);
    }

    /**
     * Draws class {@code cls}'s marker with a contrasting outline all round (a dark edge on filled shapes, a
     * dark halo under the strokes of a cross or plus), for points on a painted surface: a correctly
     * classified point sits on its own class's tint and must not vanish into it.
     */
    public static void drawOutlined(GraphicsContext g, int cls, double x, double y, double r, Color edge) {
        Color c = colour(cls);
        if (open(cls)) {
            g.setStroke(edge);
            g.setLineWidth(3.6);
            Markers.draw(g, marker(cls), x, y, r);
            g.setStroke(c);
            g.setLineWidth(1.8);
            Markers.draw(g, marker(cls), x, y, r);
        } else {
            g.setFill(c);
            g.setStroke(edge);
            g.setLineWidth(1.1);
            Markers.draw(g, marker(cls), x, y, r);
        }
    }

    /** Draws class {@code cls}'s marker hollow (a held-out point): the shape's outline in its colour over a halo. */
    public static void drawHollow(GraphicsContext g, int cls, double x, double y, double r, Color edge) {
        g.setFill(Color.TRANSPARENT);
        g.setStroke(edge);
        g.setLineWidth(3.4);
        Markers.draw(g, marker(cls), x, y, r);
        g.setStroke(colour(cls));
        g.setLineWidth(1.8);
        Markers.draw(g, marker(cls), x, y, r);
    }
}
