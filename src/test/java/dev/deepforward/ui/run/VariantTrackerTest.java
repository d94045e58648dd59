package dev.deepforward.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.engine.run.RunState;
import dev.deepforward.ui.model.Numbers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the status bar and the figures line read from the variants' events, without a window. */
class VariantTrackerTest {

    private static VariantTracker batches() {
        return new VariantTracker(List.of("batch 4", "batch 64", "batch 1024"),
                List.of("A: batch 4", "B: batch 64", "C: batch 1024"));
    }

    @Test
    void theStatusFollowsTheVariantStillTrainingInTheEarliestEpochAndOnceAllEndedTheLongest() {
        VariantTracker t = batches();
        for (int i = 0; i < 3; i++) {
            t.state(i, RunState.RUNNING);
        }
        t.iteration(0, 30, 1, 0.1, 120);
        t.iteration(1, 30, 1, 0.1, 1920);
        t.iteration(2, 24, 4, 0.1, 24000);
        t.state(2, RunState.FINISHED);
        assertThat(t.slowest()).isZero();
        t.iteration(1, 376, 4, 0.5, 24000);
        t.state(1, RunState.FINISHED);
        t.iteration(0, 1295, 1, 0.9, 5180);
        assertThat(t.slowest()).isZero();
        assertThat(t.iteration(t.slowest())).isEqualTo(1295);
        assertThat(t.epoch(t.slowest())).isEqualTo(1);
        assertThat(t.letter(t.slowest())).isEqualTo("A");
        t.iteration(0, 6000, 4, 3.0, 24000);
        t.state(0, RunState.FINISHED);
        assertThat(t.slowest()).isZero();
        assertThat(t.epoch(0)).isEqualTo(4);
    }

    @Test
    void theFiguresGiveTheTimeTheStepsSpeedAndTheTimePerEpochWithItsEvaluation() {
        VariantTracker t = batches();
        assertThat(t.figures(0)).isEmpty();
        t.iteration(0, 1500, 1, 2.0, 6000);
        assertThat(t.figures(0)).isEqualTo("A: 2.0 s computing  ·  3,000 examples/s");
        t.epochEnded(0, 1, 2.5, 0.5);
        t.iteration(0, 1501, 2, 2.504, 6004);
        // 6,004 examples over 2.004 s of steps (the evaluation's 0.5 s left out); 2.5 s for the first epoch.
        assertThat(t.figures(0)).isEqualTo("A: 2.5 s computing  ·  2,996 examples/s  ·  2.5 s/epoch");
        t.clear();
        assertThat(t.figures(0)).isEmpty();

        VariantTracker single = VariantTracker.single();
        single.iteration(0, 10, 1, 0.5, 640);
        assertThat(single.figures(0)).startsWith("500 ms computing");
    }

    @Test
    void underHalfASecondOfComputingTheFiguresSaySoAndLeaveOutTheSpeedsANoisyClockWouldGive() {
        VariantTracker single = VariantTracker.single();
        single.iteration(0, 10, 1, 0.0042, 640);
        assertThat(single.figures(0)).isEqualTo("< 0.5 s computing");
        single.epochEnded(0, 1, 0.0051, 0.0009);
        single.iteration(0, 11, 2, 0.0052, 704);
        assertThat(single.figures(0)).isEqualTo("< 0.5 s computing");

        VariantTracker t = batches();
        t.iteration(0, 1500, 1, 0.499, 6000);
        assertThat(t.figures(0)).isEqualTo("A: < 0.5 s computing");
        t.iteration(0, 1600, 1, 0.6, 6400);
        assertThat(t.figures(0)).isEqualTo("A: 600 ms computing  ·  10,667 examples/s");
    }

    @Test
    void durationsReadInMillisecondsSecondsAndMinutes() {
        assertThat(Numbers.duration(0.0063)).isEqualTo("6.3 ms");
        assertThat(Numbers.duration(0.42)).isEqualTo("420 ms");
        assertThat(Numbers.duration(4.2)).isEqualTo("4.2 s");
        assertThat(Numbers.duration(38.4)).isEqualTo("38 s");
        assertThat(Numbers.duration(125)).isEqualTo("2 min 05 s");
    }

    @Test
    void itSaysWhetherAnythingTheTextsReadChangedSinceItWasLastAsked() {
        VariantTracker t = batches();
        assertThat(t.takeChanged()).as("a new tracker").isTrue();
        assertThat(t.takeChanged()).isFalse();
        t.updateRates(1_000_000_000L); // a frame's rate reading changes nothing the texts read
        assertThat(t.takeChanged()).isFalse();
        t.iteration(0, 5, 1, 0.01, 20);
        assertThat(t.takeChanged()).isTrue();
        assertThat(t.takeChanged()).isFalse();
        t.state(1, dev.deepforward.engine.run.RunState.PAUSED);
        assertThat(t.takeChanged()).isTrue();
        t.epochEnded(0, 1, 0.02, 0.001);
        assertThat(t.takeChanged()).isTrue();
        t.clear();
        assertThat(t.takeChanged()).isTrue();
        assertThat(t.takeChanged()).isFalse();
    }
}
