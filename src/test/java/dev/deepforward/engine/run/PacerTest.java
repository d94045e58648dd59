package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The speed limit's schedule, counted against a clock of the test's own: no real time is read. */
class PacerTest {

    private static final long MS = 1_000_000;
    /** 200 rounds a second. */
    private static final long SLOT = 5 * MS;

    /** Runs rounds of the given durations on a fake clock, waiting as the pacer says; each round's start. */
    private static List<Long> starts(Pacer pacer, long clock, long... durations) {
        List<Long> starts = new ArrayList<>();
        for (long d : durations) {
            starts.add(clock);
            clock += d;
            long wait = pacer.waitAfterRound(clock, SLOT);
            assertThat(wait).isBetween(0L, SLOT);
            clock += wait;
        }
        return starts;
    }

    private static long[] times(int n, long each) {
        long[] out = new long[n];
        java.util.Arrays.fill(out, each);
        return out;
    }

    private static List<Long> gaps(List<Long> starts) {
        List<Long> out = new ArrayList<>();
        for (int i = 1; i < starts.size(); i++) {
            out.add(starts.get(i) - starts.get(i - 1));
        }
        return out;
    }

    @Test
    void shortRoundsStartOneSlotApartAfterMakingUpOneSlotAtTheStart() {
        List<Long> gaps = gaps(starts(new Pacer(), 7_000 * MS, times(12, MS)));
        // the first round finds the schedule behind (nothing ran yet): it makes up one slot, the next two
        // rounds starting at once, then every round starts one slot after the one before
        assertThat(gaps.subList(0, 3)).containsExactly(MS, MS, SLOT - MS);
        assertThat(gaps.subList(3, gaps.size())).containsOnly(SLOT);
    }

    @Test
    void overOneSimulatedSecondTheLimitHoldsWithinTheTwoRoundCatchUp() {
        List<Long> starts = starts(new Pacer(), 0, times(400, 2 * MS));
        long inFirstSecond = starts.stream().filter(t -> t < 1_000 * MS).count();
        assertThat(inFirstSecond).isBetween(200L, 202L);
    }

    @Test
    void aSlowRoundMakesUpOneSlotAtMostAndThenTheCadenceResumes() {
        long[] durations = times(20, MS);
        durations[8] = 40 * MS; // the machine was busy: this round took eight slots
        List<Long> gaps = gaps(starts(new Pacer(), 0, durations));
        assertThat(gaps.subList(0, 8)).containsOnly(SLOT);
        // the two rounds after the slow one start at once, the third in the rest of the slot made up ...
        assertThat(gaps.subList(8, 11)).containsExactly(40 * MS, MS, SLOT - MS);
        // ... and from then on one slot apart: the seven slots lost are not made up
        assertThat(gaps.subList(11, gaps.size())).containsOnly(SLOT);
    }

    @Test
    void withoutALimitNothingWaits() {
        Pacer pacer = new Pacer();
        assertThat(pacer.waitAfterRound(123 * MS, 0)).isZero();
        assertThat(pacer.waitAfterRound(124 * MS, 0)).isZero();
    }
}
