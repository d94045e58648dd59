package dev.deepforward.ui.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Short number formats for labels, axes and read-outs; one place so the whole UI reads alike. */
public final class Numbers {

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private Numbers() {
    }

    /** 0.01, 3e-4, 1.25, 12.5k: at most 3 significant digits, scientific outside [1e-3, 1e5). */
    public static String compact(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 1e5 || a < 1e-3) {
            String s = new DecimalFormat("0.##E0", US).format(v);
            return s.replace("E", "e");
        }
        if (a >= 1000) {
            return new DecimalFormat("#,##0", US).format(v);
        }
        return new DecimalFormat(a >= 100 ? "0.#" : a >= 10 ? "0.##" : "0.###", US).format(v);
    }

    /** 12,345 with thousands separators (parameter counts). */
    public static String grouped(long n) {
        return new DecimalFormat("#,##0", US).format(n);
    }

    /**
     * Below this much training a run's time is not worth its digits: a few milliseconds of wall clock jump from
     * one run of the same spec to the next, and a speed computed from them jumps more (the {@code run} command's
     * {@code summary.json} keeps the exact figures).
     */
    public static final double SHORTEST_TIMED_SECONDS = 0.5; // "< 0.5 s" in trainingTime

    /** Whether {@code seconds} of training are too few to read a time or a speed from ({@link #SHORTEST_TIMED_SECONDS}). */
    public static boolean tooShortToTime(double seconds) {
        return seconds < SHORTEST_TIMED_SECONDS;
    }

    /** A run's training time for a read-out: "< 0.5 s" when too short to time, else as {@link #duration}. */
    public static String trainingTime(double seconds) {
        return seconds >= 0 && tooShortToTime(seconds) ? "< 0.5 s" : duration(seconds);
    }

    /** A duration for a read-out: "6.3 ms", "420 ms", "4.2 s", "38 s", "2 min 05 s". */
    public static String duration(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            return "–";
        }
        if (seconds < 1) {
            double ms = seconds * 1000;
            return (ms < 10 ? String.format(Locale.ROOT, "%.1f", ms) : Long.toString(Math.round(ms))) + " ms";
        }
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        if (whole < 60) {
            return whole + " s";
        }
        return whole / 60 + " min " + String.format(Locale.ROOT, "%02d s", whole % 60);
    }
}
