package dev.deepforward.engine.run;

import dev.deepforward.spec.RunSpec;

/**
 * How a run ended, with the spec and seed that made it (so any result can be remade). Losses are data
 * losses without regularization, measured in evaluation mode on whole sets; accuracies are NaN for
 * regression and values are NaN for sets the split left empty.
 *
 * @param variant            the variant's name
 * @param spec               the full spec the run trained (variant applied)
 * @param state              finished, stopped, diverged or failed
 * @param stoppedEarly       whether early stopping ended the run
 * @param iterations         training steps taken
 * @param epochs             epochs completed
 * @param bestEpoch          the epoch with the lowest validation loss (0 when none was evaluated)
 * @param trainLoss          on the training set
 * @param trainAccuracy      on the training set
 * @param validationLoss     on the validation set
 * @param validationAccuracy on the validation set
 * @param testLoss           on the test set
 * @param testAccuracy       on the test set
 * @param divergence         why it diverged, or {@code null}
 * @param message            a failure's message, or {@code null}
 * @param backend            the kernels the network computed with ({@code direct} or {@code nd4j})
 * @param trainSize          how many examples the training set held (0 when not known)
 * @param validationSize     how many the validation set held (0 when not known)
 * @param testSize           how many the test set held (0 when not known)
 */
public record RunSummary(String variant, RunSpec spec, RunState state, boolean stoppedEarly, long iterations,
                         int epochs, int bestEpoch, double trainLoss, double trainAccuracy, double validationLoss,
                         double validationAccuracy, double testLoss, double testAccuracy, Divergence divergence,
                         String message, String backend, int trainSize, int validationSize, int testSize) {

    /** A summary without the sets' sizes. */
    public RunSummary(String variant, RunSpec spec, RunState state, boolean stoppedEarly, long iterations,
                      int epochs, int bestEpoch, double trainLoss, double trainAccuracy, double validationLoss,
                      double validationAccuracy, double testLoss, double testAccuracy, Divergence divergence,
                      String message, String backend) {
        this(variant, spec, state, stoppedEarly, iterations, epochs, bestEpoch, trainLoss, trainAccuracy,
                validationLoss, validationAccuracy, testLoss, testAccuracy, divergence, message, backend, 0, 0, 0);
    }
}
