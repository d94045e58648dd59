package dev.deepforward.spec;

/**
 * How the network is trained.
 *
 * <p>Regularization, with m the number of examples in the minibatch and the sums over every weight
 * (not biases, not batch-norm γ/β): J = loss + λ₁/m·Σ|W| + λ₂/(2m)·ΣW², the course's form.
 *
 * @param loss                the cost minimized
 * @param labelSmoothing      ε: one-hot targets y become (1 − ε)·y + ε/K (K classes), as Szegedy et al. (2016) define it
 * @param optimizer           the update rule
 * @param learningRate        the base learning rate η
 * @param schedule            how η changes over the run
 * @param batchSize           examples per minibatch
 * @param epochs              passes over the training set (used when {@code iterations} is 0)
 * @param iterations          minibatch steps to run; 0 means {@code epochs} full passes
 * @param l1                  λ₁
 * @param l2                  λ₂
 * @param clipping            gradient clipping
 * @param earlyStopping       early stopping on the validation loss
 * @param divergenceThreshold a minibatch loss above this (or NaN/∞) stops the run as diverged
 */
public record TrainingSpec(
        Loss loss,
        double labelSmoothing,
        OptimizerSpec optimizer,
        double learningRate,
        ScheduleSpec schedule,
        int batchSize,
        int epochs,
        int iterations,
        double l1,
        double l2,
        ClippingSpec clipping,
        EarlyStoppingSpec earlyStopping,
        double divergenceThreshold) implements Validated {

    // The validator's limits, the one source for the fields that edit these values too.
    public static final int MAX_BATCH = 65_536;
    public static final int MAX_EPOCHS = 1_000_000;
    public static final int MAX_ITERATIONS = 100_000_000;
    /** The learning rate lies above 0 and at most this. */
    public static final double MAX_LEARNING_RATE = 100;
    /** λ₁ and λ₂ lie from 0 to this. */
    public static final double MAX_PENALTY = 100;
    public static final double MAX_LABEL_SMOOTHING = 0.5;

    public static TrainingSpec defaults() {
        return new TrainingSpec(Loss.SOFTMAX_CROSS_ENTROPY, 0.0, OptimizerSpec.defaults(), 0.01,
                ScheduleSpec.defaults(), 16, 200, 0, 0.0, 0.0, ClippingSpec.defaults(), EarlyStoppingSpec.defaults(),
                1e4);
    }

    public TrainingSpec withLoss(Loss l) {
        return new TrainingSpec(l, labelSmoothing, optimizer, learningRate, schedule, batchSize, epochs, iterations,
                l1, l2, clipping, earlyStopping, divergenceThreshold);
    }

    public TrainingSpec withOptimizer(OptimizerSpec o) {
        return new TrainingSpec(loss, labelSmoothing, o, learningRate, schedule, batchSize, epochs, iterations,
                l1, l2, clipping, earlyStopping, divergenceThreshold);
    }

    public TrainingSpec withLearningRate(double eta) {
        return new TrainingSpec(loss, labelSmoothing, optimizer, eta, schedule, batchSize, epochs, iterations,
                l1, l2, clipping, earlyStopping, divergenceThreshold);
    }

    public TrainingSpec withSchedule(ScheduleSpec s) {
        return new TrainingSpec(loss, labelSmoothing, optimizer, learningRate, s, batchSize, epochs, iterations,
                l1, l2, clipping, earlyStopping, divergenceThreshold);
    }

    public TrainingSpec withBatchSize(int n) {
        return new TrainingSpec(loss, labelSmoothing, optimizer, learningRate, schedule, n, epochs, iterations,
                l1, l2, clipping, earlyStopping, divergenceThreshold);
    }

    /** Train for {@code n} epochs (clears any iteration count). */
    public TrainingSpec withEpochs(int n) {
        return new TrainingSpec(loss, labelSmoothing, optimizer, learningRate, schedule, batchSize, n, 0,
                l1, l2, clipping, earlyStopping, divergenceThreshold);
    }

    /** Train for {@code n} iterations. */
    public TrainingSpec withIterations(int n) {
        return new TrainingSpec(loss, labelSmoothing, optimizer, learningRate, schedule, batchSize, epochs, n,
                l1, l2, clipping, earlyStopping, divergenceThreshold);
    }

    public TrainingSpec withRegularization(double lambda1, double lambda2) {
        return new TrainingSpec(loss, labelSmoothing, optimizer, learningRate, schedule, batchSize, epochs,
                iterations, lambda1, lambda2, clipping, earlyStopping, divergenceThreshold);
    }

    public TrainingSpec withClipping(ClippingSpec c) {
        return new TrainingSpec(loss, labelSmoothing, optimizer, learningRate, schedule, batchSize, epochs,
                iterations, l1, l2, c, earlyStopping, divergenceThreshold);
    }

    public TrainingSpec withEarlyStopping(EarlyStoppingSpec e) {
        return new TrainingSpec(loss, labelSmoothing, optimizer, learningRate, schedule, batchSize, epochs,
                iterations, l1, l2, clipping, e, divergenceThreshold);
    }

    public TrainingSpec withLabelSmoothing(double epsilon) {
        return new TrainingSpec(loss, epsilon, optimizer, learningRate, schedule, batchSize, epochs, iterations,
                l1, l2, clipping, earlyStopping, divergenceThreshold);
    }

    /** The iterations a run lasts for a training set of {@code trainingSize} examples. */
    public long totalIterations(int trainingSize) {
        if (iterations > 0) {
            return iterations;
        }
        long perEpoch = Math.max(1, (trainingSize + batchSize - 1) / batchSize);
        return perEpoch * epochs;
    }

    @Override
    public void validate(String path, Problems problems) {
        if (loss == null) {
            problems.add(Problems.at(path, "loss"), "must be set");
        }
        Problems.range(problems, Problems.at(path, "labelSmoothing"), labelSmoothing, 0, MAX_LABEL_SMOOTHING);
        if (optimizer == null) {
            problems.add(Problems.at(path, "optimizer"), "must be set");
        } else {
            optimizer.validate(Problems.at(path, "optimizer"), problems);
        }
        if (!(learningRate > 0 && learningRate <= MAX_LEARNING_RATE)) {
            problems.add(Problems.at(path, "learningRate"), "must be above 0 and at most " + Problems.fmt(MAX_LEARNING_RATE) + " (is " + Problems.fmt(learningRate) + ")");
        }
        if (schedule == null) {
            problems.add(Problems.at(path, "schedule"), "must be set");
        } else {
            schedule.validate(Problems.at(path, "schedule"), problems);
        }
        Problems.range(problems, Problems.at(path, "batchSize"), batchSize, 1, MAX_BATCH);
        Problems.range(problems, Problems.at(path, "epochs"), epochs, 0, MAX_EPOCHS);
        Problems.range(problems, Problems.at(path, "iterations"), iterations, 0, MAX_ITERATIONS);
        if (epochs == 0 && iterations == 0) {
            problems.add(Problems.at(path, "epochs"), "set epochs or iterations above 0");
        }
        Problems.range(problems, Problems.at(path, "l1"), l1, 0, MAX_PENALTY);
        Problems.range(problems, Problems.at(path, "l2"), l2, 0, MAX_PENALTY);
        if (clipping == null) {
            problems.add(Problems.at(path, "clipping"), "must be set");
        } else {
            clipping.validate(Problems.at(path, "clipping"), problems);
        }
        if (earlyStopping == null) {
            problems.add(Problems.at(path, "earlyStopping"), "must be set");
        } else {
            earlyStopping.validate(Problems.at(path, "earlyStopping"), problems);
        }
        if (!(divergenceThreshold > 0)) {
            problems.add(Problems.at(path, "divergenceThreshold"), "must be above 0");
        }
    }
}
