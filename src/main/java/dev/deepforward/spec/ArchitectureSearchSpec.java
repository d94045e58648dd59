package dev.deepforward.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a differentiable architecture search (first-order DARTS, made small) runs on top of a run spec: each
 * dense hidden layer's activation becomes softmax(α)-weighted mixture of the candidates, the weights train
 * on training batches and α on validation batches in alternation, then each layer keeps its strongest
 * candidate and that network is retrained from scratch with the run's seed.
 *
 * @param candidates        the activations mixed in every dense hidden layer, in α's order (2–8, distinct;
 *                          any element-wise activation except {@code prelu})
 * @param iterations        search iterations, each one weight step on a training batch and one α step on a
 *                          validation batch; 0 = the run spec's own training length
 * @param alphaOptimizer    {@code adam} (β₁ 0.5, β₂ 0.999, as DARTS) or {@code sgd}
 * @param alphaLearningRate the α optimizer's step size (DARTS: 3e-3)
 * @param alphaWeightDecay  λ of an L2 pull of α towards 0 (DARTS: 1e-3), added to dL_val/dα
 * @param alphaBatchSize    validation examples per α step; 0 = the run spec's batch size
 * @param publishEvery      publish the mixture weights every this many iterations (and at the first and last)
 * @param retrain           retrain the derived network from scratch after the search
 */
public record ArchitectureSearchSpec(List<Activation> candidates, int iterations, Optimizer alphaOptimizer,
                                     double alphaLearningRate, double alphaWeightDecay, int alphaBatchSize,
                                     int publishEvery, boolean retrain) implements Validated {

    public static final int MAX_CANDIDATES = 8;
    public static final int MAX_ITERATIONS = 10_000_000;

    public ArchitectureSearchSpec {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** The five candidates, Adam 3e-3 with weight decay 1e-3 as in DARTS, the run's own length. */
    public static ArchitectureSearchSpec defaults() {
        return new ArchitectureSearchSpec(List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU,
                Activation.ELU, Activation.IDENTITY), 0, Optimizer.ADAM, 3e-3, 1e-3, 0, 10, true);
    }

    public ArchitectureSearchSpec withIterations(int n) {
        return new ArchitectureSearchSpec(candidates, n, alphaOptimizer, alphaLearningRate, alphaWeightDecay,
                alphaBatchSize, publishEvery, retrain);
    }

    public ArchitectureSearchSpec withAlphaOptimizer(Optimizer kind, double learningRate) {
        return new ArchitectureSearchSpec(candidates, iterations, kind, learningRate, alphaWeightDecay,
                alphaBatchSize, publishEvery, retrain);
    }

    public ArchitectureSearchSpec withPublishEvery(int k) {
        return new ArchitectureSearchSpec(candidates, iterations, alphaOptimizer, alphaLearningRate,
                alphaWeightDecay, alphaBatchSize, k, retrain);
    }

    public ArchitectureSearchSpec withRetrain(boolean on) {
        return new ArchitectureSearchSpec(candidates, iterations, alphaOptimizer, alphaLearningRate,
                alphaWeightDecay, alphaBatchSize, publishEvery, on);
    }

    public ArchitectureSearchSpec withCandidates(List<Activation> list) {
        return new ArchitectureSearchSpec(list, iterations, alphaOptimizer, alphaLearningRate, alphaWeightDecay,
                alphaBatchSize, publishEvery, retrain);
    }

    /** Search iterations for a run spec whose training set has {@code trainSize} examples. */
    public long effectiveIterations(TrainingSpec training, int trainSize) {
        return iterations > 0 ? iterations : training.totalIterations(trainSize);
    }

    @Override
    public void validate(String path, Problems problems) {
        String at = Problems.at(path, "candidates");
        if (candidates.size() < 2 || candidates.size() > MAX_CANDIDATES) {
            problems.add(at, "name 2 to " + MAX_CANDIDATES + " activations (has " + candidates.size() + ")");
        }
        Set<Activation> seen = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Activation a = candidates.get(i);
            if (a == null) {
                problems.add(at + "[" + i + "]", "must be an activation");
            } else if (a == Activation.MAXOUT || a == Activation.PRELU) {
                problems.add(at + "[" + i + "]", "'" + a.id()
                        + "' cannot be mixed: candidates are element-wise activations without weights of their own");
            } else if (!seen.add(a)) {
                problems.add(at + "[" + i + "]", "'" + a.id() + "' is named twice");
            }
        }
        Problems.range(problems, Problems.at(path, "iterations"), iterations, 0, MAX_ITERATIONS);
        if (alphaOptimizer != Optimizer.ADAM && alphaOptimizer != Optimizer.SGD) {
            problems.add(Problems.at(path, "alphaOptimizer"), "must be 'adam' or 'sgd'");
        }
        if (!(alphaLearningRate > 0) || alphaLearningRate > 10) {
            problems.add(Problems.at(path, "alphaLearningRate"), "must be above 0 and at most 10 (is "
                    + alphaLearningRate + ")");
        }
        Problems.range(problems, Problems.at(path, "alphaWeightDecay"), alphaWeightDecay, 0, 1);
        Problems.range(problems, Problems.at(path, "alphaBatchSize"), alphaBatchSize, 0, 65536);
        Problems.range(problems, Problems.at(path, "publishEvery"), publishEvery, 1, 100_000);
    }
}
