package dev.deepforward.data;

import dev.deepforward.spec.DataSpec;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Random changes to training inputs, made afresh every epoch so the network never sees exactly the same
 * sample twice: Gaussian jitter for points and tables, random shifts for images.
 *
 * <p>The engine calls {@link #augment} once per epoch (or per batch) into a buffer it owns, so
 * augmentation allocates nothing while training. An augmenter holds no random state; the caller passes
 * a generator (from {@code Seeds.random(seed, "augment")}) so runs stay reproducible.
 */
public final class Augmenter {

    private final int featureCount;
    /** Per-feature jitter σ in normalized units, or null for images. */
    private final float[] sigma;
    private final int width;
    private final int height;
    private final int maxShift;

    private Augmenter(int featureCount, float[] sigma, int width, int height, int maxShift) {
        this.featureCount = featureCount;
        this.sigma = sigma;
        this.width = width;
        this.height = height;
        this.maxShift = maxShift;
    }

    /** Leaves samples of {@code featureCount} inputs as they are. */
    public static Augmenter none(int featureCount) {
        return new Augmenter(featureCount, null, 0, 0, 0);
    }

    /** Adds N(0, σ_j²) to feature j. */
    public static Augmenter jitter(float[] sigmaPerFeature) {
        return new Augmenter(sigmaPerFeature.length, sigmaPerFeature.clone(), 0, 0, 0);
    }

    /** Moves each image by a random whole number of pixels from −maxShift to maxShift in x and in y, filling with 0. */
    public static Augmenter shift(int width, int height, int maxShift) {
        if (maxShift < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("shift " + maxShift + " of " + width + "×" + height + " images");
        }
        return new Augmenter(width * height, null, width, height, maxShift);
    }

    /**
     * The augmentation {@code spec} asks for, for training data normalized by {@code normalization}:
     * shifts for images ({@code spec.shift}), jitter for everything else ({@code spec.jitter}).
     *
     * <p>The jitter σ is meant in the data's own units (those of the plot), so it is divided by each
     * feature's deviation: the training data it is applied to are already normalized.
     */
    public static Augmenter forSpec(DataSpec spec, Dataset train, Normalization normalization) {
        if (train.isImage()) {
            return shift(train.imageWidth(), train.imageHeight(), spec.shift());
        }
        if (spec.jitter() <= 0) {
            return none(train.featureCount());
        }
        float[] std = normalization.std();
        float[] sigma = new float[train.featureCount()];
        for (int j = 0; j < sigma.length; j++) {
            sigma[j] = (float) (spec.jitter() / std[j]);
        }
        return jitter(sigma);
    }

    /** How many inputs a sample has. */
    public int featureCount() {
        return featureCount;
    }

    /** Whether this changes anything; the engine can skip the copy if not. */
    public boolean isActive() {
        return sigma != null || maxShift > 0;
    }

    /**
     * Writes augmented copies of {@code rows} samples from {@code src} (row-major, from {@code srcOffset})
     * into {@code dst} from {@code dstOffset}. {@code src} and {@code dst} must not overlap.
     */
    public void augment(float[] src, int srcOffset, float[] dst, int dstOffset, int rows, SplittableRandom random) {
        if (sigma != null) {
            int f = sigma.length;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < f; j++) {
                    int k = i * f + j;
                    dst[dstOffset + k] = src[srcOffset + k] + (float) (sigma[j] * Seeds.gaussian(random));
                }
            }
        } else if (maxShift > 0) {
            int size = width * height;
            for (int i = 0; i < rows; i++) {
                int dx = random.nextInt(2 * maxShift + 1) - maxShift;
                int dy = random.nextInt(2 * maxShift + 1) - maxShift;
                shiftImage(src, srcOffset + i * size, width, height, dx, dy, dst, dstOffset + i * size);
            }
        } else {
            System.arraycopy(src, srcOffset, dst, dstOffset, rows * featureCount);
        }
    }

    /** A new training set with every sample augmented once: convenient, but allocates; the engine uses {@link #augment}. */
    public Dataset apply(Dataset train, SplittableRandom random) {
        float[] out = new float[train.features().length];
        augment(train.features(), 0, out, 0, train.size(), random);
        return train.withSamples(train.name(), out, train.labels(), train.targets());
    }

    /**
     * Copies one {@code width × height} image moved {@code dx} pixels right and {@code dy} down; pixels
     * moved in from outside are 0 (the background of [0, 1] images).
     */
    public static void shiftImage(float[] src, int srcOffset, int width, int height, int dx, int dy,
                                  float[] dst, int dstOffset) {
        Arrays.fill(dst, dstOffset, dstOffset + width * height, 0f);
        int fromX = Math.max(0, dx);
        int toX = Math.min(width, width + dx);
        if (fromX >= toX) {
            return;
        }
        for (int y = Math.max(0, dy); y < Math.min(height, height + dy); y++) {
            System.arraycopy(src, srcOffset + (y - dy) * width + (fromX - dx), dst, dstOffset + y * width + fromX,
                    toX - fromX);
        }
    }

    @Override
    public String toString() {
        return sigma != null ? "jitter " + Arrays.toString(sigma) : maxShift > 0 ? "shift ±" + maxShift : "none";
    }
}
