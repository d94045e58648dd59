package dev.deepforward.ui.run;

import dev.deepforward.engine.run.Divergence;

/**
 * Something about the run the user must see at once, in words: why it diverged and where, why it failed,
 * or why it could not be set up. Shown in a banner above the charts, never as a chart of NaNs.
 *
 * @param kind   what happened
 * @param title  one short line ("Diverged at iteration 2 — in layer 2 (relu 16)")
 * @param detail the engine's sentence with the cause and what to try
 */
public record RunAlert(Kind kind, String title, String detail) {

    /** DEAD: units of a layer died; CHANCE: nothing learned anything. Both say why, neither stopped the run. */
    public enum Kind { DIVERGED, FAILED, SETUP, DEAD, CHANCE }

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

    /** Units of a layer died: {@code detail} names the layer and how many ("layer 2 (relu 16): 12 of 16 …"). */
    public static RunAlert deadUnits(String detail) {
        int colon = detail.indexOf(':');
        return new RunAlert(Kind.DEAD, "Units died" + (colon > 0 ? " in " + detail.substring(0, colon) : ""),
                capitalized(detail));
    }

    /** Nothing learned: every variant (or configuration) ended at chance; {@code detail} gives the likely cause. */
    public static RunAlert atChance(String title, String detail) {
        return new RunAlert(Kind.CHANCE, title, capitalized(detail));
    }

    private static String capitalized(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
