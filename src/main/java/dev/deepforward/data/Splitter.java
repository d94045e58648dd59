package dev.deepforward.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Splits a dataset into train, validation and test parts with a seed.
 *
 * <p>Classification splits are stratified: each class is shuffled and cut on its own, so each part's
 * share of a class is the class's share of the whole, give or take one sample (rounding), while the
 * part sizes are the requested fractions of the whole, rounded. Without that,
 * a small validation set of a 10-class problem can miss a class by bad luck. Every class keeps at least
 * one training sample. Regression sets are shuffled and cut as a whole. Each part is shuffled once more
 * so that its samples are not grouped by class.
 */
public final class Splitter {

    private Splitter() {
    }

    /** The three parts of a split. */
    public record Parts(Dataset train, Dataset validation, Dataset test) {
    }

    /** Splits {@code data}; {@code random} should come from {@code Seeds.random(seed, "split")}. */
    public static Parts split(Dataset data, double validationFraction, double testFraction, SplittableRandom random) {
        if (!(validationFraction >= 0 && testFraction >= 0 && validationFraction + testFraction < 1)) {
            throw new IllegalArgumentException("fractions " + validationFraction + " and " + testFraction
                    + " must be >= 0 and leave samples for training");
        }
        int n = data.size();
        int[][] groups = data.task() == Task.CLASSIFICATION ? indicesByClass(data) : new int[][] {range(n)};
        int[] train = new int[n];
        int[] validation = new int[n];
        int[] test = new int[n];
        int nTrain = 0;
        int nValidation = 0;
        int nTest = 0;
        int[] sizes = new int[groups.length];
        for (int g = 0; g < groups.length; g++) {
            sizes[g] = groups[g].length;
        }
        int[] validationQuota = quota(sizes, validationFraction, new int[sizes.length]);
        int[] testQuota = quota(sizes, testFraction, validationQuota);
        for (int g = 0; g < groups.length; g++) {
            int[] group = groups[g];
            Seeds.shuffle(group, random);
            int size = group.length;
            int v = validationQuota[g];
            int t = testQuota[g];
            // Both quotas rounded up can take every sample of a small class; give training one back.
            while (size > 0 && v + t >= size) {
                if (t > 0) {
                    t--;
                } else {
                    v--;
                }
            }
            System.arraycopy(group, 0, validation, nValidation, v);
            System.arraycopy(group, v, test, nTest, t);
            System.arraycopy(group, v + t, train, nTrain, size - v - t);
            nValidation += v;
            nTest += t;
            nTrain += size - v - t;
        }
        return new Parts(part(data, "train", train, nTrain, random),
                part(data, "validation", validation, nValidation, random),
                part(data, "test", test, nTest, random));
    }

    /**
     * How many samples of each group a part of {@code fraction} takes: each group's exact share rounded
     * down or up, the ups going to the largest remainders, so that the total is the whole set's share
     * rounded (largest-remainder apportionment). Rounding each class on its own would be within one
     * sample too, but the part sizes would drift by up to half the number of classes. Among equal
     * remainders, the groups of which {@code taken} holds the smaller share go first, so that the extra samples of
     * validation and test do not all come out of the same class's training share.
     */
    static int[] quota(int[] sizes, double fraction, int[] taken) {
        int total = 0;
        int[] quota = new int[sizes.length];
        double[] remainder = new double[sizes.length];
        int assigned = 0;
        for (int g = 0; g < sizes.length; g++) {
            total += sizes[g];
            double exact = sizes[g] * fraction;
            quota[g] = (int) Math.floor(exact);
            remainder[g] = exact - quota[g];
            assigned += quota[g];
        }
        int left = (int) Math.round(total * fraction) - assigned;
        while (left-- > 0) {
            int best = 0;
            for (int g = 1; g < sizes.length; g++) {
                boolean tie = Math.abs(remainder[g] - remainder[best]) < 1e-9;
                if (tie ? share(g, sizes, taken) < share(best, sizes, taken) : remainder[g] > remainder[best]) {
                    best = g;
                }
            }
            quota[best]++;
            remainder[best] = -1;
        }
        return quota;
    }

    /** The share of group {@code g} that {@code taken} already holds. */
    private static double share(int g, int[] sizes, int[] taken) {
        return sizes[g] == 0 ? 1 : (double) taken[g] / sizes[g];
    }

    private static Dataset part(Dataset data, String part, int[] indices, int count, SplittableRandom random) {
        int[] chosen = Arrays.copyOf(indices, count);
        Seeds.shuffle(chosen, random);
        return data.subset(data.name() + " (" + part + ")", chosen);
    }

    private static int[][] indicesByClass(Dataset data) {
        int[] counts = data.classCounts();
        int[][] groups = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            groups[c] = new int[counts[c]];
        }
        int[] filled = new int[counts.length];
        int[] labels = data.labels();
        for (int i = 0; i < labels.length; i++) {
            groups[labels[i]][filled[labels[i]]++] = i;
        }
        return groups;
    }

    static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
