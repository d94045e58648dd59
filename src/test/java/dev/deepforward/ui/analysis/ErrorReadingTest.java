package dev.deepforward.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.deepforward.engine.run.RunState;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.RunSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the diagnosis panel reads a finished run: with a mismatched test part, as train-dev and dev. */
class ErrorReadingTest {

    private static RunSummary ended(double testNoise) {
        RunSpec spec = RunSpec.defaults().withData(new DataSpec("circle", null, null, null, 1500, 0.05, 0.33, 0.33,
                true, 0.0, 0, List.of(), testNoise));
        return new RunSummary("mismatch", spec, RunState.FINISHED, false, 1500, 10, 10, 0.01, 1.0, 0.02, 0.995, 0.5,
                0.80, null, "", "direct");
    }

    @Test
    void aRunWithTestNoiseReadsItsValidationAsTrainDevAndItsTestAsDev() {
        ErrorReading r = ErrorReading.of(ended(0.5));
        assertThat(r.trainDev()).isCloseTo(0.005, within(1e-9));
        assertThat(r.dev()).isCloseTo(0.20, within(1e-9));
        assertThat(r.test()).isNaN();
        assertThat(r.usable()).isTrue();
        assertThat(r.source()).contains("validation read as train-dev");
    }

    @Test
    void aRunWithoutTestNoiseKeepsTheUsualLadder() {
        ErrorReading r = ErrorReading.of(ended(0.0));
        assertThat(r.trainDev()).isNaN();
        assertThat(r.dev()).isCloseTo(0.005, within(1e-9));
        assertThat(r.test()).isCloseTo(0.20, within(1e-9));
    }
}
