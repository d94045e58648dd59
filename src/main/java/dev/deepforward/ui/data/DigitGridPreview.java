package dev.deepforward.ui.data;

import dev.deepforward.data.Dataset;
import dev.deepforward.ui.chart.CanvasChart;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A grid of sample images with their labels: the first samples of each class in turn (0, 1, 2, …, 0, 1, …),
 * so every class is on show even in a small grid.
 */
public final class DigitGridPreview extends CanvasChart {

    static final int SAMPLES = 20;
    private Dataset data;
    private int[] shown = new int[0];
    private WritableImage[] images = new WritableImage[0];

    public DigitGridPreview() {
        setId("preview-digits");
    }

    public void setData(Dataset d) {
        data = d;
        shown = pick(d, SAMPLES);
        double[] r = Pixels.range(d.features());
        images = new WritableImage[shown.length];
        int f = d.featureCount();
        for (int i = 0; i < shown.length; i++) {
            images[i] = Pixels.ink(d.features(), shown[i] * f, d.imageWidth(), d.imageHeight(), r[0], r[1]);
        }
        markDirty();
    }

    /** The indices shown, for tests. */
    public int[] shown() {
        return shown.clone();
    }

    /** Up to {@code n} samples, taking classes in turn. */
    static int[] pick(Dataset d, int n) {
        int k = Math.max(1, d.classCount());
        int[] next = new int[k];
        int[] out = new int[Math.min(n, d.size())];
        int filled = 0;
        int cls = 0;
        int misses = 0;
        while (filled < out.length && misses < k) {
            int i = next[cls];
            while (i < d.size() && d.labels()[i] != cls) {
                i++;
            }
            if (i < d.size()) {
                out[filled++] = i;
                next[cls] = i + 1;
                misses = 0;
            } else {
                next[cls] = d.size();
                misses++;
            }
            cls = (cls + 1) % k;
        }
        return java.util.Arrays.copyOf(out, filled);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 170;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (data == null || shown.length == 0) {
            return;
        }
        int cols = 5;
        int rows = (shown.length + cols - 1) / cols;
        double label = 12;
        double cell = Math.min((w - 4) / cols, (h - 4) / rows);
        double side = cell - label - 2;
        if (side < 6) {
            return;
        }
        g.setImageSmoothing(false);
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < shown.length; i++) {
            double x = 2 + (i % cols) * cell + (cell - side) / 2;
            double y = 2 + (i / cols) * cell;
            g.drawImage(images[i], x, y, side, side);
            g.setStroke(theme().grid());
            g.setLineWidth(1);
            g.strokeRect(x, y, side, side);
            g.setFill(theme().text());
            g.fillText(data.classNames().get(data.labels()[shown[i]]), x + side / 2, y + side + 1);
        }
    }
}
