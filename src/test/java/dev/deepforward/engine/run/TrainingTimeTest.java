package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrainingTimeTest {

    private static IterationMetrics step(long iteration, double seconds, long examples) {
        return new IterationMetrics("", iteration, 0, 1.0, 0.1, new double[0], null, seconds, examples);
    }

    private static EpochMetrics epoch(int epoch, double seconds, double evaluating) {
        return new EpochMetrics("", epoch, 0, 1.0, 0.5, 1.0, 0.5, new int[0][0], seconds, evaluating);
    }

    @Test
    void theSpeedCountsTheStepsAloneAndTheTimePerEpochHoldsItsEvaluation() {
        TrainingTime t = new TrainingTime();
        assertThat(t.seconds()).isZero();
        assertThat(t.examplesPerSecond()).isNaN();
        assertThat(t.secondsPerEpoch()).isNaN();

        t.step(step(1, 1.0, 100));
        t.step(step(2, 2.0, 200));
        t.epochEnded(epoch(1, 3.0, 1.0)); // 1 s of evaluation
        assertThat(t.seconds()).isEqualTo(3.0);
        assertThat(t.examplesPerSecond()).isCloseTo(100.0, within(1e-12)); // 200 examples in 2 s of steps
        assertThat(t.secondsPerEpoch()).isEqualTo(3.0);

        t.step(step(3, 4.0, 300)); // 3 s of steps by now
        assertThat(t.examplesPerSecond()).isCloseTo(100.0, within(1e-12));
        t.step(step(4, 5.0, 400));
        t.epochEnded(epoch(2, 7.0, 2.0));
        assertThat(t.seconds()).isEqualTo(7.0);
        assertThat(t.secondsPerEpoch()).isEqualTo(3.5);
    }
}
