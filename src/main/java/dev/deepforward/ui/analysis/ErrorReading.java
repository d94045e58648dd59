package dev.deepforward.ui.analysis;

import dev.deepforward.analysis.Diagnosis;
import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.RunSummary;

/**
 * One run's (or variant's) errors as the bias/variance panel reads them: 1 − accuracy. The test error is
 * NaN until a run ends (epochs report no test accuracy), so mid-run the ladder stops at validation. A run
 * whose test part comes from another source ({@code data.testNoise} above 0) is read as the bias-and-variance
 * lesson reads it once it ends: its validation part is the train-dev set and its test part the development
 * data, so the ladder shows the data-mismatch rung.
 *
 * @param source   where the numbers came from, shown under the ladder
 * @param trainDev the train-dev error, NaN when the run has no train-dev set
 * @param sizes    how many examples each error was measured on, for the noise of each gap
 */
public record ErrorReading(String source, double train, double trainDev, double dev, double test,
                           Diagnosis.Sizes sizes) {

    public ErrorReading(String source, double train, double trainDev, double dev, double test) {
        this(source, train, trainDev, dev, test, Diagnosis.Sizes.UNKNOWN);
    }

    static ErrorReading of(RunSummary s) {
        String source = name(s.variant()) + " ended (" + s.state().name().toLowerCase() + ")";
        boolean mismatch = s.spec() != null && s.spec().data().testNoise() > 0 && !Double.isNaN(s.testAccuracy());
        if (mismatch) {
            return new ErrorReading(source + ": validation read as train-dev, the noisier test part as dev",
                    1 - s.trainAccuracy(), 1 - s.validationAccuracy(), 1 - s.testAccuracy(), Double.NaN,
                    Diagnosis.Sizes.ofRun(s.trainSize(), s.validationSize(), s.testSize(), true));
        }
        return new ErrorReading(source, 1 - s.trainAccuracy(), Double.NaN, 1 - s.validationAccuracy(),
                1 - s.testAccuracy(), Diagnosis.Sizes.ofRun(s.trainSize(), s.validationSize(), s.testSize(), false));
    }

    static ErrorReading of(EpochMetrics m) {
        return new ErrorReading(name(m.variant()) + ", epoch " + m.epoch(),
                1 - m.trainAccuracy(), Double.NaN, 1 - m.validationAccuracy(), Double.NaN,
                new Diagnosis.Sizes(m.trainEvaluated(), 0, m.validationSize(), 0));
    }

    /** "run 'B'" for a variant, "the run" for a single run (whose variant has no name). */
    private static String name(String variant) {
        return variant == null || variant.isBlank() ? "the run" : "run '" + variant + "'";
    }

    /** Whether the panel can diagnose it: a classification run with a validation set. */
    boolean usable() {
        return train >= 0 && train <= 1 && dev >= 0 && dev <= 1 && (Double.isNaN(trainDev) || trainDev >= 0 && trainDev <= 1);
    }
}
