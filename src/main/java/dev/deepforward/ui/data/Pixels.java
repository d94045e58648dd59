package dev.deepforward.ui.data;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Greyscale images from row-major pixel values, drawn as dark ink on light paper (how digits are read). */
public final class Pixels {

    private Pixels() {
    }

    /**
     * The image at {@code offset} of {@code values}, {@code width × height}, with {@code lo} as paper and
     * {@code hi} as full ink.
     */
    public static WritableImage ink(float[] values, int offset, int width, int height, double lo, double hi) {
        WritableImage img = new WritableImage(width, height);
        int[] argb = new int[width * height];
        double span = hi - lo <= 0 ? 1 : hi - lo;
        for (int i = 0; i < argb.length; i++) {
            double t = Math.max(0, Math.min(1, (values[offset + i] - lo) / span));
            int v = (int) Math.round(255 * (1 - t));
            argb[i] = 0xFF000000 | (v << 16) | (v << 8) | v;
        }
        img.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return img;
    }

    /** The smallest and largest finite value of {@code values}. */
    public static double[] range(float[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            if (Float.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
    }
}
