package dev.deepforward.analysis;

import java.util.List;

/**
 * The course's bias/variance reading of a model's errors (all as fractions, 0.05 = 5 %):
 * <ul>
 *   <li>avoidable bias = training error − human-level error (the estimate of Bayes error);</li>
 *   <li>variance = development error − training error;</li>
 *   <li>development-set overfitting = test error − development error.</li>
 * </ul>
 * The rule (documented in src/site/markdown/spec-format.md): a gap is <em>small</em> below {@value #SMALL_GAP} (half a percentage
 * point). When both gaps are small the model is close to human level ({@link Focus#NEITHER}); otherwise
 * the larger gap dominates when it is at least {@value #DOMINANCE}× the smaller, else both matter. A
 * test error more than a small gap above the development error means the development set has been
 * overfitted (or differs from the test data): get a bigger or fresher development set.
 *
 * @param humanError       human-level (Bayes) error estimate
 * @param trainError       training error
 * @param devError         development (validation) error
 * @param testError        test error, NaN when unknown
 * @param avoidableBias    trainError − humanError
 * @param variance         devError − trainError
 * @param devOverfit       testError − devError (NaN when the test error is unknown)
 * @param focus            what to work on
 * @param devSetProblem    whether the test error says the development set needs attention
 * @param remedies         the course's techniques for the focus (and for the development set if needed)
 */
public record Diagnosis(double humanError, double trainError, double devError, double testError,
                        double avoidableBias, double variance, double devOverfit, Focus focus, boolean devSetProblem,
                        List<Remedy> remedies) {

    /** Gaps below this (half a percentage point) are too small to act on. */
    public static final double SMALL_GAP = 0.005;

    /** How many times larger one gap must be to dominate the other. */
    public static final double DOMINANCE = 2.0;

    /** Reads the errors; {@code testError} may be NaN. */
    public static Diagnosis of(double humanError, double trainError, double devError, double testError) {
        for (double e : new double[] {humanError, trainError, devError}) {
            if (!(e >= 0 && e <= 1)) {
                throw new IllegalArgumentException("errors are fractions between 0 and 1 (got " + e + ")");
            }
        }
        double bias = trainError - humanError;
        double variance = devError - trainError;
        double devOverfit = Double.isNaN(testError) ? Double.NaN : testError - devError;
        double b = Math.max(0, bias);
        double v = Math.max(0, variance);
        Focus focus;
        if (b < SMALL_GAP && v < SMALL_GAP) {
            focus = Focus.NEITHER;
        } else if (b >= DOMINANCE * v) {
            focus = Focus.BIAS;
        } else if (v >= DOMINANCE * b) {
            focus = Focus.VARIANCE;
        } else {
            focus = Focus.BOTH;
        }
        boolean devSet = !Double.isNaN(devOverfit) && devOverfit >= SMALL_GAP;
        return new Diagnosis(humanError, trainError, devError, testError, bias, variance, devOverfit, focus, devSet,
                Remedy.forFocus(focus, devSet));
    }

    /** A few lines for a terminal or a handout. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("human-level error %s, training %s, development %s%s%n", pct(humanError),
                pct(trainError), pct(devError), Double.isNaN(testError) ? "" : ", test " + pct(testError)));
        sb.append(String.format("avoidable bias %s, variance %s%s%n", pp(avoidableBias), pp(variance),
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
