package dev.deepforward.engine.run;

/**
 * A copy of every layer's weights (biases left out), for drawing links in the network diagram. Taken on
 * the training thread when a view asks, so the copy is consistent; the UI asks only for small networks.
 *
 * @param variant   the variant's name
 * @param iteration iterations taken when it was copied
 * @param weights   {@code weights[layer][i][j]}: from unit i of the layer's input (the network's inputs
 *                  for layer 0) to unit j of the layer; layers are hidden 1…L, then the output layer
 */
public record LayerWeights(String variant, long iteration, float[][][] weights) implements RunEvent {
}
