package dev.deepforward.ui.chart;

import java.util.ArrayList;
import java.util.List;

/** Axis ticks at round numbers: 1, 2 or 5 times a power of ten (linear), whole decades (log). */
public final class NiceTicks {

    private NiceTicks() {
    }

    /** The round step that puts about {@code target} ticks over [lo, hi]. */
    public static double step(double lo, double hi, int target) {
        double range = hi - lo;
        if (!(range > 0)) {
            return 1;
        }
        double raw = range / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double nice = norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10;
        return nice * mag;
    }

    /** Tick values inside [lo, hi] on multiples of {@link #step}. */
    public static double[] linear(double lo, double hi, int target) {
        double step = step(lo, hi, target);
        double first = Math.ceil(lo / step - 1e-9) * step;
        List<Double> out = new ArrayList<>();
        for (double v = first; v <= hi + step * 1e-9 && out.size() < 100; v += step) {
            // Snap away accumulated error so labels read 0.3, not 0.30000000000000004.
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : clean(Math.round(v / step) * step));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double clean(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", v));
    }

    /**
     * Log-axis ticks in [lo, hi] (both positive): every decade; when the range spans less than two
     * decades, 2× and 5× of each decade as well, so a short axis still has labels.
     */
    public static double[] log(double lo, double hi) {
        if (!(lo > 0) || !(hi > lo)) {
            return new double[0];
        }
        int d0 = (int) Math.floor(Math.log10(lo));
        int d1 = (int) Math.ceil(Math.log10(hi));
        boolean fine = d1 - d0 <= 2;
        int stride = Math.max(1, (d1 - d0) / 8); // very wide axes label every other (or third) decade
        List<Double> out = new ArrayList<>();
        for (int d = d0; d <= d1; d++) {
            double base = Math.pow(10, d);
            double[] mult = fine ? new double[] {1, 2, 5} : new double[] {1};
            for (double m : mult) {
                double v = m * base;
                if (m == 1 && (d - d0) % stride != 0) {
                    continue;
                }
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                    out.add(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v)));
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
