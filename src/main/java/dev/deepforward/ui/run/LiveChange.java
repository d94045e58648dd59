package dev.deepforward.ui.run;

/**
 * A setting changed while a run trained, without a reset: {@code learningRate}, {@code l1} or {@code l2} set
 * to {@code value} after {@code iteration} (as the window showed it then). Saved with a workbench, because
 * the curves it shows cannot be remade from the design alone once η or λ moved mid-run.
 */
public record LiveChange(long iteration, String setting, double value) {
}
