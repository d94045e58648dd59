package dev.deepforward.engine;

/**
 * A copy of what a network computes with: its parameter vector and batch norm's running statistics
 * (early stopping keeps the best one; a snapshot can store it).
 *
 * @param parameters          the flat parameter vector ({@link Network#parameters()})
 * @param batchNormStatistics running means and variances ({@link Network#batchNormStatistics()})
 * @param iteration           the optimizer step at which it was taken
 */
public record NetworkState(float[] parameters, float[] batchNormStatistics, long iteration) {
}
