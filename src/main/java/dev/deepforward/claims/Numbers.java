package dev.deepforward.claims;

import java.util.Locale;

/** How measured numbers are printed: short, exact for whole numbers, scientific when tiny or huge. */
final class Numbers {

    private Numbers() {
    }

    static String format(double v) {
        return format(v, 4);
    }

    /**
     * As {@link #format(double)} with {@code digits} significant digits: a value beside its bound is printed
     * with as many as it takes to tell them apart ("1.2181 vs [1.2176, 1.2186]", not "1.218 vs [1.218, 1.219]").
     */
    static String format(double v, int digits) {
        if (Double.isNaN(v)) {
            return "undefined";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            String s = String.format(Locale.ROOT, "%." + digits + "g", v);
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
    }

    /**
     * The fewest significant digits (4 to 9) at which every two different numbers among {@code values} print
     * differently, so a reader sees why a claim passes or fails.
     */
    static int digitsToTell(double... values) {
        for (int digits = 4; digits < 9; digits++) {
            if (allTold(values, digits)) {
                return digits;
            }
        }
        return 9;
    }

    private static boolean allTold(double[] values, int digits) {
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                if (values[i] != values[j] && format(values[i], digits).equals(format(values[j], digits))) {
                    return false;
                }
            }
        }
        return true;
    }
}
