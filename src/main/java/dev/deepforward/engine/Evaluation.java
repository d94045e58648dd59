package dev.deepforward.engine;

/**
 * A network's performance on a whole dataset, in evaluation mode.
 *
 * @param loss      the mean data loss per example (no regularization term)
 * @param accuracy  the fraction of examples whose largest output is their label (NaN for regression)
 * @param confusion counts [true label][predicted label] (empty for regression)
 * @param count     examples evaluated
 */
public record Evaluation(double loss, double accuracy, int[][] confusion, int count) {
}
