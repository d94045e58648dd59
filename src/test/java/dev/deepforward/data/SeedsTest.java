package dev.deepforward.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void sameSeedAndPurposeGiveTheSameSeed() {
        assertThat(Seeds.derive(42, "data")).isEqualTo(Seeds.derive(42, "data"));
    }

    @Test
    void purposesAndSeedsGiveDistinctSeeds() {
        Set<Long> seen = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            for (String purpose : new String[] {"data", "split", "shuffle", "init", "dropout", "augment"}) {
                seen.add(Seeds.derive(seed, purpose));
            }
        }
        assertThat(seen).hasSize(50 * 6);
    }

    @Test
    void derivedSeedsArePinnedBecauseSavedRunsDependOnThem() {
        // Values computed once from this implementation; a change here changes every saved run's data.
        assertThat(Seeds.derive(0, "data")).isEqualTo(PINNED_0_DATA);
        assertThat(Seeds.derive(1234, "split")).isEqualTo(PINNED_1234_SPLIT);
    }

    @Test
    void gaussianHasMeanZeroAndUnitDeviation() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double g = Seeds.gaussian(random);
            sum += g;
            sumSq += g * g;
        }
        double mean = sum / n;
        assertThat(mean).isBetween(-0.01, 0.01);
        assertThat(Math.sqrt(sumSq / n - mean * mean)).isBetween(0.99, 1.01);
    }

    @Test
    void shuffleIsAPermutationThatDependsOnTheSeed() {
        int[] a = Splitter.range(100);
        int[] b = Splitter.range(100);
        Seeds.shuffle(a, new SplittableRandom(1));
        Seeds.shuffle(b, new SplittableRandom(2));
        assertThat(a).isNotEqualTo(Splitter.range(100)).isNotEqualTo(b);
        Arrays.sort(a);
        assertThat(a).isEqualTo(Splitter.range(100));
    }

    private static final long PINNED_0_DATA = -3691269157848681932L;
    private static final long PINNED_1234_SPLIT = 716449439679032382L;
}
