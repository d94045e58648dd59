package dev.deepforward.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitterTest {

    /** 1,000 samples of 4 unequal classes; feature 0 is the sample's index, so parts can be traced back. */
    private static Dataset tagged() {
        int[] sizes = {500, 300, 150, 50};
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < sizes.length; c++) {
            for (int i = 0; i < sizes[c]; i++) {
                labels.add(c);
            }
        }
        float[] features = new float[labels.size()];
        int[] l = new int[labels.size()];
        for (int i = 0; i < l.length; i++) {
            features[i] = i;
            l[i] = labels.get(i);
        }
        return Dataset.classification("tagged", 1, features, l, List.of("a", "b", "c", "d"));
    }

    @Test
    void partsHaveTheRequestedSizesAndTogetherHoldEverySampleOnce() {
        Splitter.Parts p = Splitter.split(tagged(), 0.2, 0.1, new SplittableRandom(1));
        assertThat(p.validation().size()).isEqualTo(200);
        assertThat(p.test().size()).isEqualTo(100);
        assertThat(p.train().size()).isEqualTo(700);
        boolean[] seen = new boolean[1000];
        for (Dataset part : List.of(p.train(), p.validation(), p.test())) {
            for (float f : part.features()) {
                assertThat(seen[(int) f]).isFalse();
                seen[(int) f] = true;
            }
        }
        assertThat(p.train().name()).isEqualTo("tagged (train)");
    }

    @Test
    void classProportionsArePreservedWithinOneSamplePerClass() {
        Dataset data = tagged();
        for (long seed = 0; seed < 5; seed++) {
            Splitter.Parts p = Splitter.split(data, 0.15, 0.25, new SplittableRandom(seed));
            for (int c = 0; c < 4; c++) {
                int total = data.classCounts()[c];
                assertThat((double) p.validation().classCounts()[c]).isCloseTo(total * 0.15, offset(1.0));
                assertThat((double) p.test().classCounts()[c]).isCloseTo(total * 0.25, offset(1.0));
            }
        }
    }

    @Test
    void partSizesAreTheWholeSetsShareEvenWithManySmallClasses() {
        int[] labels = new int[70];
        for (int i = 0; i < 70; i++) {
            labels[i] = i % 10;
        }
        List<String> names = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        Dataset d = Dataset.classification("small", 1, new float[70], labels, names);
        Splitter.Parts p = Splitter.split(d, 0.2, 0.2, new SplittableRandom(4));
        // 7 per class × 0.2 = 1.4: rounding each class alone would give 10, not 14
        assertThat(p.validation().size()).isEqualTo(14);
        assertThat(p.test().size()).isEqualTo(14);
        assertThat(p.train().size()).isEqualTo(42);
        for (int c = 0; c < 10; c++) {
            assertThat(p.validation().classCounts()[c]).isBetween(1, 2);
            assertThat(p.test().classCounts()[c]).isBetween(1, 2);
            assertThat(p.train().classCounts()[c]).isBetween(4, 5);
        }
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        Dataset data = tagged();
        Splitter.Parts a = Splitter.split(data, 0.2, 0.2, Seeds.random(5, "split"));
        Splitter.Parts b = Splitter.split(data, 0.2, 0.2, Seeds.random(5, "split"));
        Splitter.Parts c = Splitter.split(data, 0.2, 0.2, Seeds.random(6, "split"));
        assertThat(a.train().features()).isEqualTo(b.train().features());
        assertThat(a.test().features()).isEqualTo(b.test().features());
        assertThat(a.test().features()).isNotEqualTo(c.test().features());
    }

    @Test
    void partsAreNotGroupedByClass() {
        Splitter.Parts p = Splitter.split(tagged(), 0.2, 0.2, new SplittableRandom(3));
        int[] labels = p.train().labels();
        int changes = 0;
        for (int i = 1; i < labels.length; i++) {
            if (labels[i] != labels[i - 1]) {
                changes++;
            }
        }
        assertThat(changes).isGreaterThan(100);
    }

    @Test
    void regressionSetsAreCutAsAWhole() {
        Dataset plane = Generators.plane(101, 0, 1);
        Splitter.Parts p = Splitter.split(plane, 0.3, 0.0, new SplittableRandom(1));
        assertThat(p.validation().size()).isEqualTo(30);
        assertThat(p.test().size()).isZero();
        assertThat(p.train().size()).isEqualTo(71);
        assertThat(p.train().targets()).hasSize(71);
    }

    @Test
    void everyClassKeepsATrainingSample() {
        Dataset two = Dataset.classification("two", 1, new float[] {0, 1, 2, 3}, new int[] {0, 0, 1, 1}, List.of("a", "b"));
        Splitter.Parts p = Splitter.split(two, 0.45, 0.45, new SplittableRandom(1));
        assertThat(p.train().classCounts()).containsExactly(1, 1);
    }

    @Test
    void fractionsThatLeaveNothingToTrainOnAreRefused() {
        assertThatThrownBy(() -> Splitter.split(tagged(), 0.5, 0.5, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
