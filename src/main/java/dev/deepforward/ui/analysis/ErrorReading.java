package dev.deepforward.ui.analysis;

import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.RunSummary;

/**
 * One run's (or variant's) errors as the bias/variance panel reads them: 1 − accuracy. The test error is
 * NaN until a run ends (epochs report no test accuracy), so mid-run the ladder stops at validation.
 *
 * @param source where the numbers came from, shown under the ladder
 */
public record ErrorReading(String source, double train, double dev, double test) {

    static ErrorReading of(RunSummary s) {
        return new ErrorReading("run '" + s.variant() + "' ended (" + s.state().name().toLowerCase() + ")",
                1 - s.trainAccuracy(), 1 - s.validationAccuracy(), 1 - s.testAccuracy());
    }

    static ErrorReading of(EpochMetrics m) {
        return new ErrorReading("run '" + m.variant() + "', epoch " + m.epoch(),
                1 - m.trainAccuracy(), 1 - m.validationAccuracy(), Double.NaN);
    }

    /** Whether the panel can diagnose it: a classification run with a validation set. */
    boolean usable() {
        return train >= 0 && train <= 1 && dev >= 0 && dev <= 1;
    }
}
