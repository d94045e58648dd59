package dev.deepforward.ui.views;

import dev.deepforward.engine.run.UnitOutputs;
import dev.deepforward.ui.chart.CanvasChart;
import dev.deepforward.ui.chart.ColorMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Every hidden unit's output over the input plane as a small viridis heatmap, one row per layer: what each
 * unit responds to. Each thumbnail spans its own unit's range (low dark, high yellow), so a unit that barely
 * varies still shows its shape; a unit with the same output everywhere is drawn flat and marked "flat".
 */
public final class UnitThumbnails extends CanvasChart {

    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 12.5);
    private static final int MAX_PER_LAYER = 32;
    private UnitOutputs outputs;
    private WritableImage[][] images = new WritableImage[0][];
    private boolean[][] flat = new boolean[0][];

    public UnitThumbnails() {
        setId("unit-thumbnails");
    }

    public void setOutputs(UnitOutputs u) {
        outputs = u;
        int n = u.resolution();
        images = new WritableImage[u.outputs().length][];
        flat = new boolean[u.outputs().length][];
        int[] argb = new int[n * n];
        for (int l = 0; l < u.outputs().length; l++) {
            int units = Math.min(MAX_PER_LAYER, u.outputs()[l].length);
            images[l] = new WritableImage[units];
            flat[l] = new boolean[units];
            for (int j = 0; j < units; j++) {
                float[] v = u.outputs()[l][j];
                float lo = Float.POSITIVE_INFINITY;
                float hi = Float.NEGATIVE_INFINITY;
                for (float x : v) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
                flat[l][j] = !(hi - lo > 1e-6f);
                for (int r = 0; r < n; r++) {
                    for (int c = 0; c < n; c++) {
                        // row 0 of the grid is the lowest y: flip so up is up
                        double t = flat[l][j] ? 0 : (v[r * n + c] - lo) / (hi - lo);
                        argb[(n - 1 - r) * n + c] = ColorMap.VIRIDIS.argbAt(t);
                    }
                }
                WritableImage img = new WritableImage(n, n);
                img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), argb, 0, n);
                images[l][j] = img;
            }
        }
        markDirty();
    }

    public UnitOutputs outputs() {
        return outputs;
    }

    public void clear() {
        outputs = null;
        markDirty();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(TITLE);
        g.setFill(theme().text());
        if (outputs == null) {
            g.fillText("Hidden units over the input plane: appear while the run trains or steps", 8, 6);
            return;
        }
        g.fillText("What each hidden unit responds to (its output over the input plane; dark low, yellow high) · iteration "
                + outputs.iteration(), 8, 6);
        int layers = images.length;
        int most = 1;
        for (WritableImage[] row : images) {
            most = Math.max(most, row.length);
        }
        double top = 26;
        double label = 18;
        double rowH = (h - top - 4) / Math.max(1, layers);
        double side = Math.min(rowH - label - 6, (w - 16) / most - 4);
        // Wide layers wrap onto two lines of thumbnails when one line would make them tiny.
        int perLine = most;
        if (side < 26 && most > 8) {
            perLine = (most + 1) / 2;
            side = Math.min((rowH - label - 10) / 2, (w - 16) / perLine - 4);
        }
        if (side < 6) {
            return;
        }
        g.setImageSmoothing(false);
        for (int l = 0; l < layers; l++) {
            double y0 = top + l * rowH;
            g.setFont(Font.font(11.5));
            g.setFill(theme().mutedText());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(outputs.layerNames()[l], 8, y0 + 2);
            for (int j = 0; j < images[l].length; j++) {
                double x = 8 + (j % perLine) * (side + 4);
                double y = y0 + label + (j / perLine) * (side + 4);
                g.drawImage(images[l][j], x, y, side, side);
                if (flat[l][j]) {
                    g.setFill(theme().background().deriveColor(0, 1, 1, 0.6));
                    g.fillRect(x, y, side, side);
                    g.setFill(theme().text());
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setFont(Font.font(Math.max(8, Math.min(11, side / 4))));
                    g.fillText("flat", x + side / 2, y + side / 2 - 6);
                }
            }
        }
    }
}
