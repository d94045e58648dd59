package dev.deepforward.engine.run;

import dev.deepforward.engine.Network;

/**
 * A frozen copy of a trained network's parameters and batch-norm statistics, taken from a settled run, to
 * start other runs from (transfer learning). It is a private copy: the source run may go on training or be
 * closed without affecting it.
 */
public final class TrainedWeights {

    private final Network copy;

    TrainedWeights(Network source) {
        copy = Network.create(source.networkSpec(), source.trainingSpec(), source.inputCount(), source.outputCount(),
                source.task(), source.seed(), source.precision());
        copy.setParameters(source.parameters());
        copy.setBatchNormStatistics(source.batchNormStatistics());
    }

    /** Hidden layers available to transfer. */
    public int hiddenLayerCount() {
        return copy.hiddenLayerCount();
    }

    /** A layer's name, e.g. "layer 1 (relu 64)". */
    public String layerName(int layer) {
        return copy.layerName(layer);
    }

    /** Weights of a layer as [fanIn + 1][columns] (last row: biases). */
    public double[][] layerWeights(int layer) {
        return copy.layerWeights(layer);
    }

    /** Copies hidden layers 0 … {@code layers}−1 into {@code target}; the output layer is never copied. */
    void copyInto(Network target, int layers) {
        if (layers > copy.hiddenLayerCount() || layers > target.hiddenLayerCount()) {
            throw new IllegalArgumentException("cannot transfer " + layers + " hidden layers: the source has "
                    + copy.hiddenLayerCount() + " and the target " + target.hiddenLayerCount());
        }
        if (target.inputCount() != copy.inputCount()) {
            throw new IllegalArgumentException("the source network takes " + copy.inputCount()
                    + " inputs, the target " + target.inputCount());
        }
        for (int l = 0; l < layers; l++) {
            target.copyLayerFrom(copy, l);
        }
    }
}
