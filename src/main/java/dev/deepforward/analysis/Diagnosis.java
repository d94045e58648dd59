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
 * set has been overfitted (or differs from the test data): get a bigger or fresher development set.
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
 */
public record Diagnosis(double humanError, double trainError, double trainDevError, double devError, double testError,
                        double avoidableBias, double variance, double dataMismatch, double devOverfit, Focus focus,
                        List<Gap> gaps, boolean devSetProblem, List<Remedy> remedies) {

    /** Gaps below this (half a percentage point) are too small to act on. */
    public static final double SMALL_GAP = 0.005;

    /** How many times larger one gap must be to dominate another. */
    public static final double DOMINANCE = 2.0;

    public Diagnosis {
        gaps = List.copyOf(gaps);
        remedies = List.copyOf(remedies);
    }

    /** Reads the errors without a train-dev set; {@code testError} may be NaN. */
    public static Diagnosis of(double humanError, double trainError, double devError, double testError) {
        return of(humanError, trainError, Double.NaN, devError, testError);
    }

    /** Reads the whole ladder; {@code trainDevError} and {@code testError} may be NaN (not measured). */
    public static Diagnosis of(double humanError, double trainError, double trainDevError, double devError,
                               double testError) {
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
        double[] sizes = {Math.max(0, bias), Math.max(0, variance), hasTrainDev ? Math.max(0, mismatch) : 0};
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
            focus = Focus.NEITHER;
        } else if (gaps.size() == 1) {
            focus = switch (gaps.get(0)) {
                case AVOIDABLE_BIAS -> Focus.BIAS;
                case VARIANCE -> Focus.VARIANCE;
                case DATA_MISMATCH -> Focus.DATA_MISMATCH;
            };
        } else {
            focus = gaps.contains(Gap.DATA_MISMATCH) ? Focus.SEVERAL : Focus.BOTH;
        }
        boolean devSet = !Double.isNaN(devOverfit) && devOverfit >= SMALL_GAP;
        return new Diagnosis(humanError, trainError, trainDevError, devError, testError, bias, variance, mismatch,
                devOverfit, focus, gaps, devSet, Remedy.forGaps(gaps, devSet));
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
        if (devSetProblem) {
            sb.append("The test error is well above the development error: the development set has been "
                    + "overfitted or differs from the test data.\n");
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
