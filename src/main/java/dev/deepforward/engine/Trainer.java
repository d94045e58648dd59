package dev.deepforward.engine;

import java.util.SplittableRandom;

import dev.deepforward.data.Dataset;

/**
 * Feeds a network minibatches of a training set, epoch after epoch.
 *
 * <p>Each epoch visits every example once, in an order shuffled by a {@link SplittableRandom} seeded once
 * from {@code seed} (so two trainers of the same seed see the same batches). The last batch of an epoch
 * holds the remaining examples and may be shorter; it is trained on as it is (the network's buffers are
 * sized for the full batch and a shorter one uses their first rows). Nothing is allocated per step.
 */
public final class Trainer {

    private final Network network;
    private final Dataset data;
    private final int batchSize;
    private final SplittableRandom random;
    private final int[] order;
    private int position;
    private int epoch;
    private long steps;
    private int lastBatchSize;

    public Trainer(Network network, Dataset data, int batchSize, long seed) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("no training data");
        }
        this.network = network;
        this.data = data;
        this.batchSize = Math.min(batchSize, data.size());
        this.random = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        network.ensureBatchCapacity(this.batchSize);
        shuffle();
    }

    /** Minibatches per epoch (the last may be short). */
    public int batchesPerEpoch() {
        return (data.size() + batchSize - 1) / batchSize;
    }

    /**
     * Trains on the next minibatch.
     *
     * @return its cost J (NaN or ∞ when training has diverged: the caller decides to stop)
     */
    public double step() {
        if (position >= order.length) {
            position = 0;
            epoch++;
            shuffle();
        }
        int count = Math.min(batchSize, order.length - position);
        double j = network.trainStep(data, order, position, count);
        position += count;
        lastBatchSize = count;
        steps++;
        return j;
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
    }

    /** Completed passes over the data (the epoch of the next step, 0-based, until it starts a new one). */
    public int epoch() { return epoch; }

    /** Whether the last step finished an epoch. */
    public boolean epochEnded() { return position >= order.length; }

    public long steps() { return steps; }

    public int lastBatchSize() { return lastBatchSize; }

    public int batchSize() { return batchSize; }

    public Network network() { return network; }

    public Dataset data() { return data; }
}
