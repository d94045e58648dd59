package dev.deepforward.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The course's error ladder read rung by rung (all errors as fractions, 0.05 = 5 %):
 * <ul>
 *   <li>avoidable bias = training error − human-level error (the estimate of Bayes error);</li>
 *   <li>variance = train-dev error − training error, or development error − training error when there is no
 *       train-dev set (data from the training distribution the model did not train on);</li>
 *   <li>data mismatch = development error − train-dev error (only with a train-dev set): the development
 *       data come from another distribution than the training data;</li>
 *   <li>development-set overfitting = test error − development error.</li>
 * </ul>
 * The rule (documented in src/site/markdown/spec-format.md): a gap is <em>small</em> below {@value #SMALL_GAP}
 * (half a percentage point). When every gap is small the model is close to human level ({@link Focus#NEITHER});
 * otherwise a gap is worth working on unless the largest is at least {@value #DOMINANCE}× it: one such gap
 * names the focus, avoidable bias and variance together are {@link Focus#BOTH}, data mismatch with another
 * {@link Focus#SEVERAL}. A test error more than a small gap above the development error means the development
 * set may have been overfitted (or differs from the test data): get a bigger or fresher development set.
 *
 * <p>Errors measured on a few hundred examples are noisy: one example of 200 is half a point. When the sets'
 * sizes are known, each gap also has a <em>noise</em>: twice the binomial standard error of the difference of
 * its two rungs, 2·√(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂) (the human-level rung is taken as exact). A gap counts only
 * when it is at least its noise as well as small-gap sized; one below its noise is <em>within the noise</em>
 * and diagnoses nothing. When no gap counts but some are within the noise, the focus is
 * {@link Focus#WITHIN_NOISE}: the sets are too small to tell.
 *
 * @param humanError       human-level (Bayes) error estimate
 * @param trainError       training error
 * @param trainDevError    train-dev error, NaN when there is no train-dev set
 * @param devError         development error
 * @param testError        test error, NaN when unknown
 * @param avoidableBias    trainError − humanError
 * @param variance         trainDevError − trainError (devError − trainError without a train-dev set)
 * @param dataMismatch     devError − trainDevError (NaN without a train-dev set)
 * @param devOverfit       testError − devError (NaN when the test error is unknown)
 * @param focus            what to work on
 * @param gaps             the gaps worth working on, in the ladder's order (empty when every gap is small)
 * @param devSetProblem    whether the test error says the development set needs attention
 * @param remedies         the course's techniques for those gaps (and for the development set if needed)
 * @param sizes            the sets' sizes the errors were measured on ({@link Sizes#UNKNOWN} when not known)
 * @param noise            each gap's noise in the order avoidable bias, variance, data mismatch, dev → test
 *                         (0 when the sizes are not known; NaN for a gap the ladder does not have)
 */
public record Diagnosis(double humanError, double trainError, double trainDevError, double devError, double testError,
                        double avoidableBias, double variance, double dataMismatch, double devOverfit, Focus focus,
                        List<Gap> gaps, boolean devSetProblem, List<Remedy> remedies, Sizes sizes, double[] noise) {

    /**
     * How many examples each error was measured on; 0 for a set whose size is not known (its error then counts
     * as exact).
     */
    public record Sizes(int train, int trainDev, int dev, int test) {
        public static final Sizes UNKNOWN = new Sizes(0, 0, 0, 0);

        /**
         * The sizes of a run's training, validation and test parts on the ladder's rungs: validation as the dev set
         * and test as the test set; or, when {@code validationIsTrainDev} (the run's test part comes from another
         * source), validation as the train-dev set and test as the dev set, with no test rung.
         */
        public static Sizes ofRun(int train, int validation, int test, boolean validationIsTrainDev) {
            return validationIsTrainDev ? new Sizes(train, validation, test, 0) : new Sizes(train, 0, validation, test);
        }

        public boolean known() {
            return train > 0 || trainDev > 0 || dev > 0 || test > 0;
        }
    }

    /** Index of the dev → test gap in {@link #noise()}. */
    public static final int DEV_TEST = 3;

    /** Gaps below this (half a percentage point) are too small to act on. */
    public static final double SMALL_GAP = 0.005;

    /** How many times larger one gap must be to dominate another. */
    public static final double DOMINANCE = 2.0;

    public Diagnosis {
        gaps = List.copyOf(gaps);
        remedies = List.copyOf(remedies);
        noise = noise.clone();
    }

    /** Reads the errors without a train-dev set; {@code testError} may be NaN. */
    public static Diagnosis of(double humanError, double trainError, double devError, double testError) {
        return of(humanError, trainError, Double.NaN, devError, testError);
    }

    /** Reads the whole ladder; {@code trainDevError} and {@code testError} may be NaN (not measured). */
    public static Diagnosis of(double humanError, double trainError, double trainDevError, double devError,
                               double testError) {
        return of(humanError, trainError, trainDevError, devError, testError, Sizes.UNKNOWN);
    }

    /** Reads the whole ladder with the noise of the sets' sizes; see the class comment. */
    public static Diagnosis of(double humanError, double trainError, double trainDevError, double devError,
                               double testError, Sizes n) {
        for (double e : new double[] {humanError, trainError, devError}) {
            fraction(e);
        }
        boolean hasTrainDev = !Double.isNaN(trainDevError);
        if (hasTrainDev) {
            fraction(trainDevError);
        }
        double bias = trainError - humanError;
        double variance = (hasTrainDev ? trainDevError : devError) - trainError;
        double mismatch = hasTrainDev ? devError - trainDevError : Double.NaN;
        double devOverfit = Double.isNaN(testError) ? Double.NaN : testError - devError;
        double[] noise = {
                noise(trainError, n.train(), Double.NaN, 0),
                hasTrainDev ? noise(trainError, n.train(), trainDevError, n.trainDev())
                        : noise(trainError, n.train(), devError, n.dev()),
                hasTrainDev ? noise(trainDevError, n.trainDev(), devError, n.dev()) : Double.NaN,
                Double.isNaN(testError) ? Double.NaN : noise(devError, n.dev(), testError, n.test())};
        double[] raw = {bias, variance, hasTrainDev ? mismatch : 0};
        double[] sizes = new double[3];
        boolean withinNoise = false;
        for (int i = 0; i < 3; i++) {
            boolean counts = raw[i] >= SMALL_GAP && raw[i] >= noise[i];
            sizes[i] = counts ? raw[i] : 0;
            withinNoise |= raw[i] >= SMALL_GAP && !counts;
        }
        double largest = Math.max(sizes[0], Math.max(sizes[1], sizes[2]));
        List<Gap> gaps = new ArrayList<>();
        if (largest >= SMALL_GAP) {
            for (Gap g : Gap.values()) {
                double size = sizes[g.ordinal()];
                if (size > 0 && largest < DOMINANCE * size) {
                    gaps.add(g);
                }
            }
        }
        Focus focus;
        if (gaps.isEmpty()) {
            focus = withinNoise ? Focus.WITHIN_NOISE : Focus.NEITHER;
        } else if (gaps.size() == 1) {
            focus = switch (gaps.get(0)) {
                case AVOIDABLE_BIAS -> Focus.BIAS;
                case VARIANCE -> Focus.VARIANCE;
                case DATA_MISMATCH -> Focus.DATA_MISMATCH;
            };
        } else {
            focus = gaps.contains(Gap.DATA_MISMATCH) ? Focus.SEVERAL : Focus.BOTH;
        }
        boolean devSet = !Double.isNaN(devOverfit) && devOverfit >= SMALL_GAP && devOverfit >= noise[DEV_TEST];
        List<Remedy> remedies = Remedy.forGaps(gaps, devSet || focus == Focus.WITHIN_NOISE);
        return new Diagnosis(humanError, trainError, trainDevError, devError, testError, bias, variance, mismatch,
                devOverfit, focus, gaps, devSet, remedies, n, noise);
    }

    /**
     * Twice the standard error of the difference of two error rates measured on n₁ and n₂ examples (a term
     * whose size is 0 counts as exact; NaN rate as absent).
     */
    public static double noise(double p1, int n1, double p2, int n2) {
        double var = 0;
        if (n1 > 0 && !Double.isNaN(p1)) {
            var += p1 * (1 - p1) / n1;
        }
        if (n2 > 0 && !Double.isNaN(p2)) {
            var += p2 * (1 - p2) / n2;
        }
        return 2 * Math.sqrt(var);
    }

    /** The dev → test gap is at least half a point but within the noise: no sign of an overfitted dev set. */
    public boolean devTestWithinNoise() {
        return withinNoise(DEV_TEST);
    }

    /** A gap by its index as in {@link #noise()}: avoidable bias, variance, data mismatch, dev → test. */
    public double gap(int gap) {
        return switch (gap) {
            case 0 -> avoidableBias;
            case 1 -> variance;
            case 2 -> dataMismatch;
            default -> devOverfit;
        };
    }

    /** Whether a gap (index as in {@link #noise()}) is at least half a point but below its noise. */
    public boolean withinNoise(int gap) {
        double v = gap(gap);
        return !Double.isNaN(v) && v >= SMALL_GAP && v < noise[gap];
    }

    /** What the test error says about the development set, in a sentence; empty when it says nothing. */
    public String devTestSentence() {
        String dev = hasTrainDev() ? "dev" : "validation";
        if (devSetProblem) {
            return String.format("The test error is %.1f points above the %s error%s: the development set may have"
                    + " been overfitted by the choices made on it, or it differs from the test data.",
                    100 * devOverfit, dev, sizes.known()
                            ? String.format(", more than the noise of sets this size (±%.1f points)", 100 * noise[DEV_TEST])
                            : "");
        }
        if (devTestWithinNoise()) {
            return String.format("The test error is %.1f points above the %s error, within the noise of sets this"
                    + " size (±%.1f points): no sign that the development set has been overfitted.",
                    100 * devOverfit, dev, 100 * noise[DEV_TEST]);
        }
        return "";
    }

    private static void fraction(double e) {
        if (!(e >= 0 && e <= 1)) {
            throw new IllegalArgumentException("errors are fractions between 0 and 1 (got " + e + ")");
        }
    }

    /** Whether the ladder has a train-dev rung. */
    public boolean hasTrainDev() {
        return !Double.isNaN(trainDevError);
    }

    /** A few lines for a terminal or a handout. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("human-level error %s, training %s%s, development %s%s%n", pct(humanError),
                pct(trainError), hasTrainDev() ? ", train-dev " + pct(trainDevError) : "", pct(devError),
                Double.isNaN(testError) ? "" : ", test " + pct(testError)));
        sb.append(String.format("avoidable bias %s, variance %s%s%s%n", pp(avoidableBias), pp(variance),
                hasTrainDev() ? ", data mismatch " + pp(dataMismatch) : "",
                Double.isNaN(devOverfit) ? "" : ", development → test gap " + pp(devOverfit)));
        sb.append(focus.title()).append(": ").append(focus.explanation()).append('\n');
        String devTest = devTestSentence();
        if (!devTest.isEmpty()) {
            sb.append(devTest).append('\n');
        }
        for (Remedy r : remedies) {
            sb.append("  - ").append(r.title()).append(": ").append(r.explanation()).append('\n');
        }
        return sb.toString();
    }

    private static String pct(double v) {
        return String.format("%.2f %%", 100 * v);
    }

    private static String pp(double v) {
        return String.format("%.2f pp", 100 * v);
    }
}
