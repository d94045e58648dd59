package dev.deepforward.data;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Turns one run seed into independent seeds for each purpose ("data", "split", "shuffle", "init",
 * "dropout", …).
 *
 * <p>Why not one shared random stream: if the split drew from the same stream as generation, making
 * 600 points instead of 500 would also change the split and the initial weights, and two side-by-side
 * runs that differ in one toggle would differ in everything. Deriving a seed per purpose keeps each
 * consumer's randomness fixed no matter what the others do.
 *
 * <p>The mix is SplitMix64's finalizer over the seed and a 64-bit FNV-1a hash of the purpose's UTF-8
 * bytes; both are fixed algorithms, so a saved run re-creates the same data on any JVM. The values are
 * pinned by a test: changing this class changes every saved run's data.
 */
public final class Seeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private Seeds() {
    }

    /** A seed for {@code purpose} derived from the run's {@code seed}; stable across JVMs and versions. */
    public static long derive(long seed, String purpose) {
        long h = FNV_OFFSET;
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= FNV_PRIME;
        }
        // Mixing the seed first, and again after combining, keeps nearby seeds (1, 2, 3 …) and similar
        // purpose names from giving correlated streams.
        return mix64(mix64(seed + GOLDEN_GAMMA) ^ h);
    }

    /** A generator seeded for {@code purpose}; {@link SplittableRandom}'s algorithm is specified, so it is stable. */
    public static SplittableRandom random(long seed, String purpose) {
        return new SplittableRandom(derive(seed, purpose));
    }

    /**
     * A standard normal value drawn from {@code random} by the Box–Muller transform. Written out rather
     * than using {@code nextGaussian()} because the JDK's algorithm for that is not specified and has
     * changed between releases; generated data must not.
     */
    public static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble(); // in (0, 1], so the log is finite
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** Shuffles {@code values} in place (Fisher–Yates). */
    public static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
