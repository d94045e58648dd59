package dev.deepforward.engine.run;

/**
 * Evaluation at the end of an epoch, in evaluation mode (no dropout, batch norm with running statistics).
 * Accuracies are NaN for regression; validation values are NaN when the spec holds out no validation data.
 *
 * @param variant            the variant's name
 * @param epoch              1-based number of completed epochs
 * @param iteration          iterations taken so far
 * @param trainLoss          mean data loss (no regularization) on the training evaluation sample: the whole
 *                           training set, or a fixed seeded sample of {@value RunCore#TRAIN_EVAL_CAP}
 *                           examples when it is larger
 * @param trainAccuracy      accuracy on the same examples
 * @param validationLoss     mean data loss on the validation set
 * @param validationAccuracy accuracy on the validation set
 * @param confusion          validation confusion matrix [true class][predicted class] (empty for regression)
 * @param trainingSeconds    the network's training time so far, this epoch's evaluation included (see
 *                           {@link IterationMetrics#trainingSeconds()})
 * @param evaluationSeconds  the part of it the per-epoch evaluations took, this one included: the training time
 *                           less this is the steps' own, what examples per second are counted over
 * @param trainEvaluated     how many training examples the training loss and accuracy were measured on (0 when
 *                           not known); the validation set's size is the sum of {@code confusion}
 */
public record EpochMetrics(String variant, int epoch, long iteration, double trainLoss, double trainAccuracy,
                           double validationLoss, double validationAccuracy, int[][] confusion,
                           double trainingSeconds, double evaluationSeconds, int trainEvaluated)
        implements RunEvent {

    /** Metrics without the training sample's size. */
    public EpochMetrics(String variant, int epoch, long iteration, double trainLoss, double trainAccuracy,
                        double validationLoss, double validationAccuracy, int[][] confusion,
                        double trainingSeconds, double evaluationSeconds) {
        this(variant, epoch, iteration, trainLoss, trainAccuracy, validationLoss, validationAccuracy, confusion,
                trainingSeconds, evaluationSeconds, 0);
    }

    /** Metrics without the clock (tests and tools that make events by hand). */
    public EpochMetrics(String variant, int epoch, long iteration, double trainLoss, double trainAccuracy,
                        double validationLoss, double validationAccuracy, int[][] confusion) {
        this(variant, epoch, iteration, trainLoss, trainAccuracy, validationLoss, validationAccuracy, confusion, 0, 0, 0);
    }

    /** How many validation examples the validation figures were measured on: the confusion matrix's total. */
    public int validationSize() {
        int n = 0;
        for (int[] row : confusion) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }
}
