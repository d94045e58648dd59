package dev.deepforward.engine.run;

import dev.deepforward.data.MemoryBudget;
import dev.deepforward.data.PreparedData;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.RunSpec;
import java.util.Locale;

/**
 * What a run will take before it takes it: the network's parameters, gradients and optimizer state,
 * the activations of one batch, and the data. A run whose estimate exceeds {@link MemoryBudget} is
 * refused up front with the figures in the message, instead of growing until the process dies (the
 * largest network the spec allows — 32 × 4096 units, batch 65,536 — would need hundreds of GB).
 *
 * <p>The figures are upper bounds of what {@code engine.Network} allocates, kept simple on purpose:
 * the point is to refuse what cannot work and say why, not to account for every buffer.
 */
public record MemoryEstimate(long network, long activations, long data) {

    /** Buffers a layer keeps per example: pre-activation, activation, delta, dropout mask, batch norm's two. */
    static final int BUFFERS_PER_UNIT = 6;

    /** The estimate for {@code spec} on {@code data}. */
    public static MemoryEstimate of(RunSpec spec, PreparedData data) {
        long samples = (long) data.train().size() + data.validation().size() + data.test().size();
        return ofSizes(spec, data.inputCount(), data.train().outputCount(), samples, data.train().size());
    }

    /**
     * The estimate for {@code spec} on data of these sizes, known before the data are prepared (the
     * window's check before Play, once the data panel has read the set): {@code samples} in all, of which
     * {@code trainSamples} train and cap the batch.
     */
    public static MemoryEstimate ofSizes(RunSpec spec, int inputs, int outputs, long samples, long trainSamples) {
        MemoryEstimate net = ofNetwork(spec, inputs, outputs, trainSamples);
        // the prepared sets on the heap, and the training set once more as native arrays
        long dataBytes = (samples + trainSamples) * (inputs + outputs) * (long) Float.BYTES;
        return new MemoryEstimate(net.network(), net.activations(), dataBytes);
    }

    /**
     * The network and batch part alone, before the data are loaded (the window's check before Play):
     * {@code trainSamples} caps the batch, as the engine does.
     */
    public static MemoryEstimate ofNetwork(RunSpec spec, int inputs, int outputs, long trainSamples) {
        long params = spec.network().parameterCount(inputs, outputs);
        long network = params * Float.BYTES * (2 + optimizerSlots(spec.training().optimizer().kind()));
        long units = inputs + outputs;
        for (LayerSpec layer : spec.network().hidden()) {
            units += (long) layer.units() * Math.max(1, layer.pieces());
        }
        long batch = Math.min(spec.training().batchSize(), Math.max(1, trainSamples));
        long activations = batch * units * BUFFERS_PER_UNIT * Float.BYTES;
        return new MemoryEstimate(network, activations, 0);
    }

    /** Optimizer state per parameter. */
    static int optimizerSlots(Optimizer kind) {
        return switch (kind) {
            case SGD -> 0;
            case MOMENTUM, NESTEROV, RMSPROP, ADAGRAD -> 1;
            case ADAM -> 2;
        };
    }

    public long total() {
        return network + activations + data;
    }

    /** Null when the run fits, else why not, with the figures. */
    public String refusal(long batchSize) {
        String shortfall = MemoryBudget.shortfall(total());
        if (shortfall == null) {
            return null;
        }
        return String.format(Locale.ROOT, "the run %s — the network's parameters, gradients and optimizer state "
                        + "%s, the activations of a batch of %,d %s%s", shortfall,
                MemoryBudget.describe(network), batchSize, MemoryBudget.describe(activations),
                data > 0 ? ", the data " + MemoryBudget.describe(data) : "");
    }
}
