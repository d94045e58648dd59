package dev.deepforward.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScheduleSpecTest {

    private static ScheduleSpec of(ScheduleKind kind, double gamma, int step, int warmup, double min) {
        return new ScheduleSpec(kind, gamma, step, warmup, min);
    }

    @Test
    void constantNeverChanges() {
        ScheduleSpec s = ScheduleSpec.constant();
        assertThat(s.rate(0.1, 0, 100)).isEqualTo(0.1);
        assertThat(s.rate(0.1, 99, 100)).isEqualTo(0.1);
    }

    @Test
    void stepDecayHalvesEveryStep() {
        ScheduleSpec s = of(ScheduleKind.STEP, 0.5, 10, 0, 0);
        assertThat(s.rate(0.1, 9, 100)).isEqualTo(0.1);
        assertThat(s.rate(0.1, 10, 100)).isCloseTo(0.05, within(1e-12));
        assertThat(s.rate(0.1, 25, 100)).isCloseTo(0.025, within(1e-12));
    }

    @Test
    void exponentialAndInverseTimeDecaySmoothly() {
        assertThat(of(ScheduleKind.EXPONENTIAL, 0.5, 10, 0, 0).rate(0.1, 5, 100))
                .isCloseTo(0.1 * Math.sqrt(0.5), within(1e-12));
        assertThat(of(ScheduleKind.INVERSE_TIME, 1.0, 10, 0, 0).rate(0.1, 10, 100)).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void cosineGoesFromTheRateToTheFloor() {
        ScheduleSpec s = of(ScheduleKind.COSINE, 0.5, 10, 0, 0.001);
        assertThat(s.rate(0.1, 0, 101)).isCloseTo(0.1, within(1e-12));
        assertThat(s.rate(0.1, 50, 101)).isCloseTo(0.0505, within(1e-12));
        assertThat(s.rate(0.1, 100, 101)).isCloseTo(0.001, within(1e-12));
    }

    @Test
    void warmUpRisesLinearlyThenHolds() {
        ScheduleSpec s = of(ScheduleKind.WARMUP, 0.5, 10, 4, 0);
        assertThat(s.rate(0.2, 0, 100)).isCloseTo(0.05, within(1e-12));
        assertThat(s.rate(0.2, 3, 100)).isCloseTo(0.2, within(1e-12));
        assertThat(s.rate(0.2, 50, 100)).isCloseTo(0.2, within(1e-12));
        // warm-up in front of a step schedule
        assertThat(of(ScheduleKind.STEP, 0.5, 10, 4, 0).rate(0.2, 1, 100)).isCloseTo(0.1, within(1e-12));
    }
}
