package dev.deepforward.data;

import java.util.Arrays;

/**
 * A per-feature affine map {@code x' = (x − mean) / std}, fitted on training data and applied to every part.
 *
 * <p>Fitting on the training part only is the point: statistics from validation or test data would leak
 * what the network is later judged on. Views keep the fitted map to send the points of a decision
 * surface through the same transformation as the data.
 *
 * <p>Images are not standardized (see {@link #forTraining}): their pixels are already in [0, 1].
 */
public final class Normalization {

    /** Below this, a feature counts as constant: it is centred but not divided by a near-zero deviation. */
    static final double MIN_STD = 1e-6;

    private final float[] mean;
    private final float[] std;
    private final boolean identity;

    private Normalization(float[] mean, float[] std, boolean identity) {
        this.mean = mean;
        this.std = std;
        this.identity = identity;
    }

    /** The map that changes nothing. */
    public static Normalization identity(int featureCount) {
        float[] ones = new float[featureCount];
        Arrays.fill(ones, 1f);
        return new Normalization(new float[featureCount], ones, true);
    }

    /**
     * The normalization a run uses for {@code train}: standardization fitted on it if {@code standardize}
     * and the data are not images; otherwise the identity.
     *
     * <p>Images keep their [0, 1] pixel scale because standardizing them helps little and costs much:
     * per-pixel statistics divide the always-black border by ~0 and blow up the few strokes that reach
     * it, and even one global mean/std would move the background away from 0, so that the zero fill of
     * shift augmentation would no longer mean "background" and drawn weights and images would need
     * converting back. [0, 1] inputs already keep a freshly initialized network in its useful range.
     */
    public static Normalization forTraining(Dataset train, boolean standardize) {
        return standardize && !train.isImage() ? fit(train) : identity(train.featureCount());
    }

    /** Mean and (population) standard deviation of each feature of {@code train}. */
    public static Normalization fit(Dataset train) {
        int f = train.featureCount();
        int n = train.size();
        if (n == 0) {
            throw new IllegalArgumentException("cannot fit a normalization on no samples");
        }
        double[] sum = new double[f];
        double[] sumSq = new double[f];
        float[] x = train.features();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < f; j++) {
                double v = x[i * f + j];
                sum[j] += v;
                sumSq[j] += v * v;
            }
        }
        float[] mean = new float[f];
        float[] std = new float[f];
        for (int j = 0; j < f; j++) {
            double m = sum[j] / n;
            double var = Math.max(0, sumSq[j] / n - m * m);
            double s = Math.sqrt(var);
            mean[j] = (float) m;
            std[j] = (float) (s < MIN_STD ? 1 : s);
        }
        return new Normalization(mean, std, false);
    }

    public boolean isIdentity() {
        return identity;
    }

    public int featureCount() {
        return mean.length;
    }

    /** The mean subtracted from each feature (a copy). */
    public float[] mean() {
        return mean.clone();
    }

    /** The deviation each feature is divided by (a copy); 1 for constant features. */
    public float[] std() {
        return std.clone();
    }

    /** {@code data} with every sample normalized; the same object if this is the identity. */
    public Dataset apply(Dataset data) {
        if (identity) {
            return data;
        }
        float[] out = data.features().clone();
        applyInPlace(out, 0, data.size());
        return data.withSamples(data.name(), out, data.labels(), data.targets());
    }

    /** Normalizes {@code rows} samples stored row-major in {@code values} from {@code offset}, in place. */
    public void applyInPlace(float[] values, int offset, int rows) {
        if (identity) {
            return;
        }
        int f = mean.length;
        for (int i = 0; i < rows; i++) {
            int at = offset + i * f;
            for (int j = 0; j < f; j++) {
                values[at + j] = (values[at + j] - mean[j]) / std[j];
            }
        }
    }

    /** The original value of a normalized feature {@code j}. */
    public float invert(int j, float normalized) {
        return normalized * std[j] + mean[j];
    }

    @Override
    public String toString() {
        return identity ? "identity" : "standardize(mean " + Arrays.toString(mean) + ", std " + Arrays.toString(std) + ")";
    }
}
