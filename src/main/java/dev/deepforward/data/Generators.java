package dev.deepforward.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The 2-D toy datasets of the workbench, made from a seed.
 *
 * <p><b>Coordinates:</b> every set lives in roughly [-1, 1]² (noise can push points a little outside),
 * and regression targets lie roughly in [-1, 1] too. That is the range a freshly initialized network
 * handles well even without normalization, and the noise σ of a {@link dev.deepforward.spec.DataSpec}
 * is in the same units, so σ = 0.1 means "a tenth of the half-width of the plot".
 *
 * <p><b>Randomness:</b> the clean points come from one stream and the noise from another (derived with
 * {@link Seeds}), so changing σ moves each point along its own noise direction but never picks other
 * points; two runs that differ only in noise really differ only in noise. Classification sets are
 * balanced: class sizes differ by at most one. The samples are returned in a shuffled order so that a
 * view drawing them in order does not paint one class on top of the other.
 *
 * <p>For classification the noise is added to the inputs (the class is decided by construction);
 * for regression it is added to the target, as measurement error.
 */
public final class Generators {

    /** Points made when a spec asks for the default ({@code samples = 0}). */
    public static final int DEFAULT_SAMPLES = 500;

    /** Inner disc of the circle set, and the ring around it. */
    static final double INNER_RADIUS = 0.5;
    static final double RING_FROM = 0.7;
    static final double RING_TO = 1.0;
    /** Keeps XOR points off the axes, so the quadrant of a clean point is never ambiguous. */
    static final double XOR_GAP = 0.05;
    static final double GAUSSIAN_CENTER = 0.45;
    static final double GAUSSIAN_SPREAD = 0.2;
    static final double SPIRAL_TURNS = 1.75;
    static final double PLANE_A = 0.6;
    static final double PLANE_B = -0.4;
    /** y = exp(-|x|² / BUMP_DENOMINATOR): a bump of standard deviation 0.5, ~0.02 at the corners. */
    static final double BUMP_DENOMINATOR = 0.5;

    private static final List<String> IDS = List.of("circle", "xor", "gaussians", "spiral", "spiral3", "plane", "bump");

    private Generators() {
    }

    /** Whether {@code id} names a generated set. */
    public static boolean isGenerator(String id) {
        return IDS.contains(id);
    }

    /**
     * Makes {@code samples} points of the set {@code id} with Gaussian noise {@code noise} from {@code seed}
     * (a seed already derived for data, see {@link Seeds#derive}).
     */
    public static Dataset generate(String id, int samples, double noise, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be positive, is " + samples);
        }
        if (!(noise >= 0)) {
            throw new IllegalArgumentException("noise must be >= 0, is " + noise);
        }
        return switch (id) {
            case "circle" -> circle(samples, noise, seed);
            case "xor" -> xor(samples, noise, seed);
            case "gaussians" -> gaussians(samples, noise, seed);
            case "spiral" -> spiral("spiral", 2, samples, noise, seed);
            case "spiral3" -> spiral("spiral3", 3, samples, noise, seed);
            case "plane" -> plane(samples, noise, seed);
            case "bump" -> bump(samples, noise, seed);
            default -> throw new IllegalArgumentException("no generator named '" + id + "'; known: " + IDS);
        };
    }

    /** Class 0: a disc of radius 0.5; class 1: a ring from 0.7 to 1.0. */
    public static Dataset circle(int samples, double noise, long seed) {
        Builder b = new Builder(samples, 2, noise, seed);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < b.classSize(c); i++) {
                // sqrt of a uniform radius² spreads the points evenly over the area, not bunched at the centre
                double r = c == 0
                        ? INNER_RADIUS * Math.sqrt(b.uniform())
                        : Math.sqrt(RING_FROM * RING_FROM + b.uniform() * (RING_TO * RING_TO - RING_FROM * RING_FROM));
                double angle = 2 * Math.PI * b.uniform();
                b.add(r * Math.cos(angle), r * Math.sin(angle), c);
            }
        }
        return b.classification("circle", List.of("inner disc", "ring"));
    }

    /** Class 0: the quadrants where x·y > 0; class 1: where x·y < 0. */
    public static Dataset xor(int samples, double noise, long seed) {
        Builder b = new Builder(samples, 2, noise, seed);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < b.classSize(c); i++) {
                double sx = b.uniform() < 0.5 ? -1 : 1;
                double sy = c == 0 ? sx : -sx;
                b.add(sx * (XOR_GAP + (1 - XOR_GAP) * b.uniform()), sy * (XOR_GAP + (1 - XOR_GAP) * b.uniform()), c);
            }
        }
        return b.classification("xor", List.of("x·y > 0", "x·y < 0"));
    }

    /** Two round clusters around (-0.45, -0.45) and (0.45, 0.45). */
    public static Dataset gaussians(int samples, double noise, long seed) {
        Builder b = new Builder(samples, 2, noise, seed);
        for (int c = 0; c < 2; c++) {
            double centre = c == 0 ? -GAUSSIAN_CENTER : GAUSSIAN_CENTER;
            for (int i = 0; i < b.classSize(c); i++) {
                b.add(centre + GAUSSIAN_SPREAD * b.gaussianPosition(), centre + GAUSSIAN_SPREAD * b.gaussianPosition(), c);
            }
        }
        return b.classification("gaussians", List.of("cluster A", "cluster B"));
    }

    /** {@code arms} interleaved spiral arms of 1.75 turns each, one class per arm. */
    public static Dataset spiral(String name, int arms, int samples, double noise, long seed) {
        Builder b = new Builder(samples, arms, noise, seed);
        String[] names = new String[arms];
        for (int c = 0; c < arms; c++) {
            names[c] = "arm " + (c + 1);
            int n = b.classSize(c);
            for (int i = 0; i < n; i++) {
                double t = (double) i / n;
                double r = 0.05 + 0.9 * t;
                double angle = SPIRAL_TURNS * 2 * Math.PI * t + 2 * Math.PI * c / arms;
                b.add(r * Math.sin(angle), r * Math.cos(angle), c);
            }
        }
        return b.classification(name, List.of(names));
    }

    /** y = 0.6·x1 − 0.4·x2 over the square, noise on y. */
    public static Dataset plane(int samples, double noise, long seed) {
        Builder b = new Builder(samples, 0, noise, seed);
        for (int i = 0; i < samples; i++) {
            double x1 = 2 * b.uniform() - 1;
            double x2 = 2 * b.uniform() - 1;
            b.addTarget(x1, x2, PLANE_A * x1 + PLANE_B * x2);
        }
        return b.regression("plane");
    }

    /** y = exp(-|x|² / 0.5) over the square, noise on y. */
    public static Dataset bump(int samples, double noise, long seed) {
        Builder b = new Builder(samples, 0, noise, seed);
        for (int i = 0; i < samples; i++) {
            double x1 = 2 * b.uniform() - 1;
            double x2 = 2 * b.uniform() - 1;
            b.addTarget(x1, x2, Math.exp(-(x1 * x1 + x2 * x2) / BUMP_DENOMINATOR));
        }
        return b.regression("bump");
    }

    /** Collects points from the clean stream, adds noise from its own stream, then shuffles the order. */
    private static final class Builder {
        private final int samples;
        private final int classes;
        private final double noise;
        private final long seed;
        private final SplittableRandom positions;
        private final SplittableRandom noiseStream;
        private final float[] features;
        private final int[] labels;
        private final float[] targets;
        private int count;

        Builder(int samples, int classes, double noise, long seed) {
            this.samples = samples;
            this.classes = classes;
            this.noise = noise;
            this.seed = seed;
            this.positions = new SplittableRandom(seed);
            this.noiseStream = Seeds.random(seed, "noise");
            this.features = new float[2 * samples];
            this.labels = new int[classes > 0 ? samples : 0];
            this.targets = new float[classes > 0 ? 0 : samples];
        }

        /** Balanced sizes: the first {@code samples % classes} classes get one point more. */
        int classSize(int c) {
            return samples / classes + (c < samples % classes ? 1 : 0);
        }

        double uniform() {
            return positions.nextDouble();
        }

        double gaussianPosition() {
            return Seeds.gaussian(positions);
        }

        void add(double x, double y, int label) {
            features[2 * count] = (float) (x + noise * Seeds.gaussian(noiseStream));
            features[2 * count + 1] = (float) (y + noise * Seeds.gaussian(noiseStream));
            labels[count++] = label;
        }

        void addTarget(double x, double y, double target) {
            features[2 * count] = (float) x;
            features[2 * count + 1] = (float) y;
            targets[count++] = (float) (target + noise * Seeds.gaussian(noiseStream));
        }

        Dataset classification(String name, List<String> classNames) {
            return Dataset.classification(name, 2, features, labels, classNames).subset(name, shuffledOrder());
        }

        Dataset regression(String name) {
            return Dataset.regression(name, 2, features, 1, targets).subset(name, shuffledOrder());
        }

        private int[] shuffledOrder() {
            if (count != samples) {
                throw new IllegalStateException("made " + count + " of " + samples + " points");
            }
            int[] order = new int[samples];
            for (int i = 0; i < samples; i++) {
                order[i] = i;
            }
            Seeds.shuffle(order, Seeds.random(seed, "order"));
            return order;
        }
    }
}
