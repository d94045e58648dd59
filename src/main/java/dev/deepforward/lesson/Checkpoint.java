package dev.deepforward.lesson;

import java.util.Locale;

/**
 * A point the reader should train to before reading on, e.g. {@code {"kind": "iterations", "value": 300}}.
 * Which fields apply depends on the kind; the others must be left out.
 *
 * @param kind      what to train until
 * @param value     iterations or epochs (kinds {@code iterations}, {@code epochs})
 * @param patience  evaluations without a new lowest validation loss (kind
 *                  {@code validation_loss_stops_falling}; default {@value #DEFAULT_PATIENCE})
 * @param threshold the validation accuracy to exceed, 0 to 1 (kind {@code accuracy_above})
 * @param variant   the run meant (for the last two kinds, on a step with variants); left out means every run
 */
public record Checkpoint(CheckpointKind kind, Integer value, Integer patience, Double threshold, String variant) {

    public static final int DEFAULT_PATIENCE = 5;

    public static Checkpoint defaults() {
        return new Checkpoint(null, null, null, null, null);
    }

    public static Checkpoint iterations(int n) {
        return new Checkpoint(CheckpointKind.ITERATIONS, n, null, null, null);
    }

    public int effectivePatience() {
        return patience != null ? patience : DEFAULT_PATIENCE;
    }

    /** The instruction shown to the reader, such as "Train for 300 iterations." */
    public String describe() {
        if (kind == null) {
            return "";
        }
        String whose = variant == null ? "" : " of run '" + variant + "'";
        return switch (kind) {
            case ITERATIONS -> "Train for " + count(value, "iteration") + ".";
            case EPOCHS -> "Train for " + count(value, "epoch") + ".";
            case VALIDATION_LOSS_STOPS_FALLING -> "Train until the validation loss" + whose
                    + " has not reached a new low for " + count(effectivePatience(), "evaluation") + " in a row.";
            case ACCURACY_ABOVE -> "Train until the validation accuracy" + whose + " is above "
                    + percent(threshold) + ".";
        };
    }

    private static String count(Integer n, String noun) {
        int v = n == null ? 0 : n;
        return v + " " + noun + (v == 1 ? "" : "s");
    }

    private static String percent(Double share) {
        double p = share == null ? 0 : share * 100;
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f%%", p) : String.format(Locale.ROOT, "%.1f%%", p);
    }
}
