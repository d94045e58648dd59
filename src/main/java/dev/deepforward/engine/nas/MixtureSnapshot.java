package dev.deepforward.engine.nas;

import java.util.List;

import dev.deepforward.spec.Activation;

/**
 * The mixture weights of every hidden layer at one point of the search: one column of the stacked-area
 * view "how much of each activation does layer l use, over time".
 *
 * @param iteration       search iterations done (0 = before the first; each is a weight step and an α step)
 * @param totalIterations iterations the search will run
 * @param trainingLoss    cost J of the last weight step's training minibatch (NaN at iteration 0)
 * @param validationLoss  mean data loss of the last α step's validation minibatch (NaN at iteration 0)
 * @param weights         per hidden layer, softmax(α) over {@code candidates} (they sum to 1); an empty
 *                        array for a layer that does not mix (maxout)
 * @param candidates      the activations, in the order of each layer's weights
 */
public record MixtureSnapshot(long iteration, long totalIterations, double trainingLoss, double validationLoss,
                              double[][] weights, List<Activation> candidates) implements ArchitectureEvent {

    /** The weight of {@code activation} in hidden layer {@code layer} (NaN when the layer does not mix it). */
    public double weight(int layer, Activation activation) {
        int k = candidates.indexOf(activation);
        return k < 0 || weights[layer].length == 0 ? Double.NaN : weights[layer][k];
    }
}
