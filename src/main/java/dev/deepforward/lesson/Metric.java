package dev.deepforward.lesson;

import dev.deepforward.spec.Choice;

/**
 * The measurable quantities a {@link Claim} can talk about. Each constant's explanation is its exact
 * definition, which the engine's probes must follow so a claim means the same thing in the lesson text,
 * in the checker and on screen.
 *
 * <p>Terms used in the definitions:
 * <ul>
 *   <li><b>iteration t</b>: the t-th parameter update, counted from 1. A per-iteration value of iteration t is
 *       measured on the parameters update t starts from (so iteration 1 sees the untrained network), on
 *       that iteration's minibatch.</li>
 *   <li><b>evaluation point</b>: iteration 0 (before any update), every evaluation interval the engine uses
 *       (at least once an epoch) and the end of the run. Data-set metrics are recorded there, in evaluation
 *       mode: dropout off, batch norm using its running averages. At the end of a run whose early stopping
 *       restores the best parameters, the final evaluation is of the restored parameters.</li>
 *   <li><b>probe batch</b>: up to 256 training examples drawn once per run with the run's seed; the
 *       activation metrics are measured on it in evaluation mode.</li>
 *   <li><b>J</b>: the minibatch objective the optimizer minimizes: the mean data loss over the minibatch plus
 *       the L1/L2 penalty. Gradients are of J, so they are averages over the batch, and are taken before
 *       clipping.</li>
 *   <li><b>W</b>: a layer's weight matrix only: biases, batch-norm γ and β and PReLU α are excluded.</li>
 *   <li><b>layer</b>: 1 is the first hidden layer, H the last hidden layer, {@code "last"} the output layer.</li>
 * </ul>
 * Every metric is a series of (iteration, value) records; a {@link Moment} picks one value from it.
 */
public enum Metric implements Choice {
    TRAIN_LOSS("Training loss", Scope.EVALUATION, Better.LOWER, Range.NON_NEGATIVE, Layers.NONE, Split.NONE,
            "Mean data loss (the spec's loss without the L1/L2 penalty) over the training part, at an evaluation point (at epoch ends over the engine's fixed sample of 2,000 training examples when the part is larger)."),
    VALIDATION_LOSS("Validation loss", Scope.EVALUATION, Better.LOWER, Range.NON_NEGATIVE, Layers.NONE, Split.VALIDATION,
            "Mean data loss (without the penalty) over the validation part, at an evaluation point."),
    TEST_LOSS("Test loss", Scope.EVALUATION, Better.LOWER, Range.NON_NEGATIVE, Layers.NONE, Split.TEST,
            "Mean data loss (without the penalty) over the test part, at iteration 0 and at the end of the run (the engine evaluates the test part at no other point)."),
    TRAIN_ACCURACY("Training accuracy", Scope.EVALUATION, Better.HIGHER, Range.FRACTION, Layers.NONE, Split.NONE,
            "Share (0 to 1) of the training part whose highest output is the true class, at an evaluation point (at epoch ends over the same sample as the training loss); classification only."),
    VALIDATION_ACCURACY("Validation accuracy", Scope.EVALUATION, Better.HIGHER, Range.FRACTION, Layers.NONE, Split.VALIDATION,
            "Share (0 to 1) of the validation part classified correctly, at an evaluation point; classification only."),
    TEST_ACCURACY("Test accuracy", Scope.EVALUATION, Better.HIGHER, Range.FRACTION, Layers.NONE, Split.TEST,
            "Share (0 to 1) of the test part classified correctly, at iteration 0 and at the end of the run; classification only."),
    BATCH_LOSS("Minibatch loss", Scope.ITERATION, Better.LOWER, Range.NON_NEGATIVE, Layers.NONE, Split.NONE,
            "J of iteration t as the optimizer saw it: mean data loss over the minibatch in training mode (dropout on) plus the L1/L2 penalty, before the update."),
    LEARNING_RATE("Learning rate", Scope.ITERATION, Better.NONE, Range.NON_NEGATIVE, Layers.NONE, Split.NONE,
            "The learning rate η used by update t, after the schedule and any warm-up."),
    GRADIENT_NORM("Gradient norm", Scope.ITERATION, Better.NONE, Range.NON_NEGATIVE, Layers.ANY, Split.NONE,
            "L2 norm √Σg² of ∂J/∂(W, b), the gradient of the layer's weights and biases, at iteration t, before clipping; J averages over the minibatch, so this is the batch-averaged gradient. It is the value the gradient charts show."),
    GLOBAL_GRADIENT_NORM("Global gradient norm", Scope.ITERATION, Better.NONE, Range.NON_NEGATIVE, Layers.NONE, Split.NONE,
            "L2 norm of the gradient of J with respect to all weights and biases together at iteration t, before clipping: √Σ of every layer's gradient norm squared. Batch-norm γ, β and PReLU α are left out, so it equals what global-norm clipping compares with its threshold when no layer has batch norm or PReLU."),
    MEAN_ABS_GRADIENT("Mean |gradient|", Scope.ITERATION, Better.NONE, Range.NON_NEGATIVE, Layers.ANY, Split.NONE,
            "Mean of |∂J/∂θ| over the layer's weights and biases at iteration t, before clipping; recorded at the engine's probe interval (every iteration on all but the tiniest networks, at most every 16th)."),
    WEIGHT_NORM("Weight norm", Scope.ITERATION, Better.NONE, Range.NON_NEGATIVE, Layers.ANY, Split.NONE,
            "L2 (Frobenius) norm of the layer's weight matrix W at the start of iteration t."),
    UPDATE_RATIO("Update/weight ratio", Scope.ITERATION, Better.NONE, Range.NON_NEGATIVE, Layers.ANY, Split.NONE,
            "‖ΔW‖/‖W‖ of update t: the L2 norm of the change actually applied to the layer's weights (after clipping, schedule and optimizer) divided by the norm of W before it; about 0.001 is healthy, far less means the layer hardly learns."),
    ACTIVATION_MEAN("Activation mean", Scope.ITERATION, Better.NONE, Range.REAL, Layers.ANY, Split.NONE,
            "Mean of the layer's outputs g(z) (after batch norm and activation, before dropout) over every unit and every example of the probe batch."),
    ACTIVATION_STD("Activation deviation", Scope.ITERATION, Better.NONE, Range.NON_NEGATIVE, Layers.ANY, Split.NONE,
            "Population standard deviation of the same values as the activation mean."),
    SATURATED_FRACTION("Saturated units", Scope.ITERATION, Better.NONE, Range.FRACTION, Layers.SATURATING, Split.NONE,
            "Share of (unit, example) pairs of the probe batch whose output lies within 0.01 of an asymptote (sigmoid below 0.01 or above 0.99, tanh beyond ±0.99), where the slope is under 0.01 (sigmoid) or 0.02 (tanh); sigmoid and tanh hidden layers only."),
    DEAD_FRACTION("Dead units", Scope.ITERATION, Better.NONE, Range.FRACTION, Layers.RECTIFIED, Split.NONE,
            "Share of the layer's units whose output is exactly 0 on every example of the probe batch, so no gradient reaches their weights from any of them; ReLU hidden layers only."),
    WEIGHT_SPREAD("Weight spread", Scope.ITERATION, Better.NONE, Range.NON_NEGATIVE, Layers.ANY, Split.NONE,
            "The largest L2 distance between any unit's incoming weight vector (bias included) and that of the layer's first unit; 0 means all units still compute the same function, so symmetry never broke."),
    BATCH_NORM_GAMMA_MEAN("Batch-norm γ mean", Scope.ITERATION, Better.NONE, Range.REAL, Layers.BATCH_NORM, Split.NONE,
            "Mean of the layer's learned batch-norm scales γ (which start at 1); hidden layers with batch norm only."),
    WEIGHT_GRADIENT_NORM("Weight gradient norm", Scope.ITERATION, Better.NONE, Range.NON_NEGATIVE, Layers.ANY, Split.NONE,
            "L2 norm of ∂J/∂W, the gradient of the layer's weights only (no biases), at iteration t, before clipping."),
    CLIPPED_GRADIENT_NORM("Clipped gradient norm", Scope.ITERATION, Better.NONE, Range.NON_NEGATIVE, Layers.ANY, Split.NONE,
            "L2 norm of the layer's gradient ∂J/∂(W, b) after clipping, the one the optimizer used at iteration t (equal to the gradient norm when nothing was clipped); recorded at the engine's probe interval, like the mean |gradient|."),
    NEAR_ZERO_FRACTION("Near-zero weights", Scope.ITERATION, Better.NONE, Range.FRACTION, Layers.ANY, Split.NONE,
            "Share of the layer's weights W (no biases) with |w| below 0.01 at the start of iteration t: the sparsity an L1 penalty brings."),
    TRAIN_CONFIDENCE("Training confidence", Scope.EVALUATION, Better.NONE, Range.FRACTION, Layers.NONE, Split.NONE,
            "Mean over the training part of the largest output probability (max softmax), at iteration 0, at every evaluation interval a claim asks for, and at the end; classification only."),
    VALIDATION_CONFIDENCE("Validation confidence", Scope.EVALUATION, Better.NONE, Range.FRACTION, Layers.NONE, Split.VALIDATION,
            "Mean over the validation part of the largest output probability (max softmax), recorded as the training confidence is."),
    TEST_CONFIDENCE("Test confidence", Scope.EVALUATION, Better.NONE, Range.FRACTION, Layers.NONE, Split.TEST,
            "Mean over the test part of the largest output probability (max softmax), at iteration 0 and at the end."),
    BEST_EPOCH("Best epoch", Scope.RUN, Better.NONE, Range.NON_NEGATIVE, Layers.NONE, Split.VALIDATION,
            "The epoch (from 1) whose end had the lowest validation loss (the first one, on a tie; with early stopping, an improvement must exceed its minDelta); 0 when no epoch ended."),
    FINAL_STATE("Final state", Scope.RUN, Better.NONE, Range.STATE, Layers.NONE, Split.NONE,
            "How the run ended: finished, diverged or stopped_early."),
    DIVERGED_AT("Divergence iteration", Scope.RUN, Better.NONE, Range.NON_NEGATIVE, Layers.NONE, Split.NONE,
            "The iteration whose minibatch loss was NaN, infinite or above the divergence threshold; undefined (the claim fails) when the run did not diverge."),
    ITERATIONS_RUN("Iterations run", Scope.RUN, Better.NONE, Range.NON_NEGATIVE, Layers.NONE, Split.NONE,
            "How many updates the run made before it ended; fewer than planned when it diverged or stopped early."),
    EPOCHS_RUN("Epochs run", Scope.RUN, Better.NONE, Range.NON_NEGATIVE, Layers.NONE, Split.NONE,
            "How many full passes over the training part the run completed before it ended."),
    PARAMETER_COUNT("Parameter count", Scope.RUN, Better.NONE, Range.NON_NEGATIVE, Layers.NONE, Split.NONE,
            "Trainable parameters of the network (weights, biases, batch-norm γ and β, PReLU α), as NetworkSpec.parameterCount counts them.");

    /** When a metric is recorded, which decides the moments it can be read at. */
    public enum Scope {
        /** One value for the whole run: read without a moment. */
        RUN,
        /** Recorded at evaluation points. */
        EVALUATION,
        /** Recorded every iteration (or at the engine's probe interval). */
        ITERATION
    }

    /** Which way is better, which gives the moment {@code best} its meaning. */
    public enum Better { LOWER, HIGHER, NONE }

    /** The values a metric can take, for checking the constants a claim compares with. */
    public enum Range { FRACTION, NON_NEGATIVE, REAL, STATE }

    /** Which layers a per-layer metric may be read on. */
    public enum Layers {
        /** Not per layer. */
        NONE,
        /** Any hidden layer or the output layer. */
        ANY,
        /** Hidden layers with a saturating activation (sigmoid, tanh). */
        SATURATING,
        /** Hidden layers whose units can die (ReLU). */
        RECTIFIED,
        /** Hidden layers with batch norm. */
        BATCH_NORM
    }

    /** The held-out part of the data a metric needs. */
    public enum Split { NONE, VALIDATION, TEST }

    private final String displayName;
    private final Scope scope;
    private final Better better;
    private final Range range;
    private final Layers layers;
    private final Split split;
    private final String explanation;

    Metric(String displayName, Scope scope, Better better, Range range, Layers layers, Split split,
           String explanation) {
        this.displayName = displayName;
        this.scope = scope;
        this.better = better;
        this.range = range;
        this.layers = layers;
        this.split = split;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }

    public Scope scope() { return scope; }
    public Better better() { return better; }
    public Range range() { return range; }
    public Layers layers() { return layers; }
    public Split split() { return split; }

    /** Whether the metric is measured per layer and so needs a {@link LayerRef}. */
    public boolean perLayer() {
        return layers != Layers.NONE;
    }

    /** Whether the output layer ({@code "last"}) has this metric. */
    public boolean outputLayerAllowed() {
        return layers == Layers.ANY;
    }

    /** Whether the metric's value is a {@link RunState} rather than a number. */
    public boolean isState() {
        return range == Range.STATE;
    }
}
