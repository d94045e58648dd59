package dev.deepforward.ui.chart;

import javafx.scene.canvas.GraphicsContext;

/** Draws the series markers, so a line is told apart by shape as well as colour. */
public final class Markers {

    private Markers() {
    }

    /** Draws marker {@code m} of radius {@code r} centred on (x, y) with the context's fill and stroke. */
    public static void draw(GraphicsContext g, SeriesStyle.Marker m, double x, double y, double r) {
        switch (m) {
            case CIRCLE -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case SQUARE -> {
                g.fillRect(x - r, y - r, 2 * r, 2 * r);
                g.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
            case TRIANGLE -> poly(g, new double[] {x, x + r * 1.15, x - r * 1.15}, new double[] {y - r * 1.2, y + r, y + r});
            case TRIANGLE_DOWN -> poly(g, new double[] {x, x + r * 1.15, x - r * 1.15}, new double[] {y + r * 1.2, y - r, y - r});
            case DIAMOND -> poly(g, new double[] {x, x + r * 1.2, x, x - r * 1.2}, new double[] {y - r * 1.2, y, y + r * 1.2, y});
            case CROSS -> {
                g.strokeLine(x - r, y - r, x + r, y + r);
                g.strokeLine(x - r, y + r, x + r, y - r);
            }
            case PLUS -> {
                g.strokeLine(x - r * 1.2, y, x + r * 1.2, y);
                g.strokeLine(x, y - r * 1.2, x, y + r * 1.2);
            }
            case NONE -> { }
        }
    }

    private static void poly(GraphicsContext g, double[] xs, double[] ys) {
        g.fillPolygon(xs, ys, xs.length);
        g.strokePolygon(xs, ys, xs.length);
    }
}
