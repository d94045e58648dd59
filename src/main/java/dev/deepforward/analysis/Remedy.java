package dev.deepforward.analysis;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.EarlyStoppingSpec;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.RunSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One of the course's techniques against avoidable bias, variance or data mismatch, with a sensible change of a run spec that tries
 * it (a button in the diagnosis panel applies it as one undoable edit).
 *
 * @param title       a short name
 * @param explanation why it helps, in a sentence
 * @param change      the change it makes to a spec
 */
public record Remedy(String title, String explanation, UnaryOperator<RunSpec> change) {

    public RunSpec applyTo(RunSpec spec) {
        return change.apply(spec);
    }

    /** The course's techniques for each gap worth working on, in the ladder's order, without repeats. */
    static List<Remedy> forGaps(List<Gap> gaps, boolean devSet) {
        List<Remedy> out = new ArrayList<>();
        for (Gap g : gaps) {
            out.addAll(switch (g) {
                case AVOIDABLE_BIAS -> List.of(WIDER, DEEPER, LONGER, BETTER_OPTIMIZER, TUNE, LESS_REGULARIZATION);
                case VARIANCE -> List.of(MORE_DATA, L2, DROPOUT, EARLY_STOPPING, TUNE);
                case DATA_MISMATCH -> List.of(SYNTHESIZE);
            });
        }
        if (devSet) {
            out.add(BIGGER_DEV_SET);
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    public static final Remedy WIDER = new Remedy("Bigger model",
            "More units per layer give the model the capacity to fit the training data.",
            s -> s.network().hidden().isEmpty()
                    // a linear model has no layer to widen: give it one
                    ? s.withNetwork(s.network().withHidden(List.of(LayerSpec.dense(16, Activation.RELU))))
                    : s.withNetwork(s.network().mapHidden(l -> l.withUnits(Math.min(LayerSpec.MAX_UNITS, l.units() * 2)))));

    public static final Remedy DEEPER = new Remedy("Deeper model",
            "Another hidden layer lets the network compose more levels of features.",
            s -> {
                List<LayerSpec> hidden = new ArrayList<>(s.network().hidden());
                hidden.add(hidden.isEmpty() ? LayerSpec.dense(16, Activation.RELU) : hidden.get(hidden.size() - 1));
                return s.withNetwork(s.network().withHidden(hidden));
            });

    public static final Remedy LONGER = new Remedy("Train longer",
            "More iterations let the optimizer get further down the training loss.",
            s -> s.training().iterations() > 0
                    ? s.withTraining(s.training().withIterations(s.training().iterations() * 2))
                    : s.withTraining(s.training().withEpochs(s.training().epochs() * 2)));

    public static final Remedy BETTER_OPTIMIZER = new Remedy("Better optimizer",
            "Adam adapts each parameter's step and usually fits faster than plain gradient descent.",
            s -> s.withTraining(s.training().withOptimizer(OptimizerSpec.of(Optimizer.ADAM))
                    .withLearningRate(s.training().optimizer().kind() == Optimizer.ADAM
                            ? s.training().learningRate() : 0.001)));

    public static final Remedy TUNE = new Remedy("Tune hyperparameters",
            "A random search over learning rate, width and regularization finds better settings than guessing.",
            UnaryOperator.identity());

    public static final Remedy LESS_REGULARIZATION = new Remedy("Less regularization",
            "L2 and dropout trade training fit for generalization; with high bias, ease them off.",
            s -> s.withTraining(s.training().withRegularization(s.training().l1() / 10, s.training().l2() / 10))
                    .withNetwork(s.network().mapHidden(l -> l.withDropout(l.dropout() / 2))));

    public static final Remedy MORE_DATA = new Remedy("More data or augmentation",
            "More (or augmented) training examples make memorizing harder and generalizing easier.",
            s -> {
                var d = s.data();
                boolean real = List.of("mnist", "digits", "iris", "csv", "idx").contains(d.dataset());
                if (!real) {
                    // generated data: simply make more of it
                    return s.withData(d.withSamples(Math.max(1000, d.samples() * 2)));
                }
                // real data cannot grow, so augment it: shifted images, or jittered tabular rows
                boolean images = List.of("mnist", "digits", "idx").contains(d.dataset());
                return s.withData(d.withAugmentation(images ? d.jitter() : Math.max(0.05, d.jitter()),
                        images ? Math.max(1, d.shift()) : d.shift()));
            });

    public static final Remedy L2 = new Remedy("L2 regularization",
            "Penalizing large weights (λ/2m·ΣW²) keeps the model smoother.",
            s -> s.withTraining(s.training().withRegularization(s.training().l1(),
                    Math.max(0.001, s.training().l2() * 10))));

    public static final Remedy DROPOUT = new Remedy("Dropout",
            "Dropping units at random in training keeps the network from relying on any one of them.",
            s -> s.withNetwork(s.network().mapHidden(l -> l.withDropout(Math.max(0.2, l.dropout())))));

    public static final Remedy EARLY_STOPPING = new Remedy("Early stopping",
            "Stop when the development loss stops falling, before the model memorizes the training set.",
            s -> s.withTraining(s.training().withEarlyStopping(EarlyStoppingSpec.after(5))));

    public static final Remedy SYNTHESIZE = new Remedy("Synthesize dev-like data",
            "Artificial data synthesis: give the training inputs what sets the dev data apart (here the test part's "
                    + "noise, as jitter), so training covers the dev data's distribution.",
            s -> s.withData(s.data().withAugmentation(s.data().testNoise() > 0
                    ? Math.max(s.data().jitter(), s.data().testNoise()) : Math.max(0.1, s.data().jitter()),
                    s.data().shift())));

    public static final Remedy BIGGER_DEV_SET = new Remedy("Bigger development set",
            "A larger (or fresh) development set gives a less noisy estimate, and one the model has not been tuned to.",
            s -> s.withData(s.data().withSplit(Math.min(0.4, s.data().validationFraction() * 1.5),
                    s.data().testFraction())));
}
