package dev.deepforward.engine.nas;

/**
 * The derived network's retraining from scratch is under way.
 *
 * @param iteration       training iterations done
 * @param totalIterations iterations the retraining runs
 * @param loss            the last minibatch cost J
 */
public record RetrainProgress(long iteration, long totalIterations, double loss) implements ArchitectureEvent {
}
