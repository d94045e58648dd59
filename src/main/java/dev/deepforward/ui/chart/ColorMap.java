package dev.deepforward.ui.chart;

import javafx.scene.paint.Color;

/**
 * A perceptually uniform sequential colour map built from a few anchor colours. The anchors are ten
 * evenly spaced samples of matplotlib's viridis (dark purple → blue → green → yellow): lightness rises
 * steadily, so equal steps of value read as equal steps of colour, also in greyscale and for
 * colour-blind viewers. Between anchors we interpolate in linear light; with anchors this close the
 * result stays within a just-noticeable difference of the original map.
 */
public final class ColorMap {

    public static final ColorMap VIRIDIS = new ColorMap(
            "#440154", "#482878", "#3E4A89", "#31688E", "#26828E",
            "#1F9E89", "#35B779", "#6DCD59", "#B4DE2C", "#FDE725");

    private static final int LUT_SIZE = 256;

    private final Color[] anchors;
    private final int[] argb = new int[LUT_SIZE];

    public ColorMap(String... hexAnchors) {
        if (hexAnchors.length < 2) {
            throw new IllegalArgumentException("a colour map needs at least two anchors");
        }
        anchors = new Color[hexAnchors.length];
        for (int i = 0; i < hexAnchors.length; i++) {
            anchors[i] = Color.web(hexAnchors[i]);
        }
        for (int i = 0; i < LUT_SIZE; i++) {
            Color c = interpolate(i / (LUT_SIZE - 1.0));
            argb[i] = 0xFF000000 | ((int) Math.round(c.getRed() * 255) << 16)
                    | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
        }
    }

    /** The colour at {@code t} in [0, 1] (clamped). */
    public Color at(double t) {
        int v = argbAt(t);
        return Color.rgb((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
    }

    /** The colour at {@code t} as packed ARGB, from a lookup table (for writing many pixels). */
    public int argbAt(double t) {
        if (Double.isNaN(t)) {
            t = 0;
        }
        int i = (int) Math.round(Math.max(0, Math.min(1, t)) * (LUT_SIZE - 1));
        return argb[i];
    }

    private Color interpolate(double t) {
        double pos = t * (anchors.length - 1);
        int i = Math.min(anchors.length - 2, (int) Math.floor(pos));
        double f = pos - i;
        Color a = anchors[i];
        Color b = anchors[i + 1];
        return Color.color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    /** Mixes two sRGB components in linear light, so the midpoint is not muddier than its ends. */
    private static double mix(double a, double b, double f) {
        double la = toLinear(a);
        double lb = toLinear(b);
        return toSrgb(la + (lb - la) * f);
    }

    private static double toLinear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double toSrgb(double c) {
        double v = c <= 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return Math.max(0, Math.min(1, v));
    }
}
