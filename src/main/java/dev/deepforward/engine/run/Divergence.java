package dev.deepforward.engine.run;

/**
 * Why and where a run diverged.
 *
 * @param iteration the iteration whose loss or gradient was no longer finite or too large
 * @param layer     0-based index of the layer whose gradient blew up first (the last index is the output
 *                  layer), or -1 when no gradient grew before the loss did
 * @param layerName that layer's name, e.g. "layer 1 (sigmoid 16)"
 * @param cause     a sentence for the user, e.g. "loss became NaN at iteration 412; the gradient of hidden 1 …"
 */
public record Divergence(long iteration, int layer, String layerName, String cause) {
}
