package dev.deepforward.ui.run;

import dev.deepforward.engine.run.Divergence;

/**
 * Something about the run the user must see at once, in words: why it diverged and where, why it failed,
 * or why it could not be set up. Shown in a banner above the charts, never as a chart of NaNs.
 *
 * @param kind   what happened
 * @param title  one short line ("Diverged at iteration 2 — in hidden 2 (relu 16)")
 * @param detail the engine's sentence with the cause and what to try
 */
public record RunAlert(Kind kind, String title, String detail) {

    public enum Kind { DIVERGED, FAILED, SETUP }

    public static RunAlert diverged(Divergence d) {
        String where = d.layer() >= 0 ? " — in " + d.layerName() : "";
        return new RunAlert(Kind.DIVERGED, "Diverged at iteration " + d.iteration() + where, capitalized(d.cause()));
    }

    public static RunAlert failed(String message) {
        return new RunAlert(Kind.FAILED, "Training failed", capitalized(message));
    }

    public static RunAlert setup(String message) {
        return new RunAlert(Kind.SETUP, "This design cannot be trained yet", capitalized(message));
    }

    private static String capitalized(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
