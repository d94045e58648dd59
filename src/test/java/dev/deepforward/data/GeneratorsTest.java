package dev.deepforward.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorsTest {

    static Stream<Arguments> classificationSets() {
        return Stream.of(Arguments.of("circle", 2), Arguments.of("xor", 2), Arguments.of("gaussians", 2),
                Arguments.of("spiral", 2), Arguments.of("spiral3", 3));
    }

    @ParameterizedTest
    @MethodSource("classificationSets")
    void classificationSetsAreBalancedPointsInThePlane(String id, int classes) {
        Dataset d = Generators.generate(id, 301, 0.1, 5);
        assertThat(d.task()).isEqualTo(Task.CLASSIFICATION);
        assertThat(d.size()).isEqualTo(301);
        assertThat(d.featureCount()).isEqualTo(2);
        assertThat(d.classCount()).isEqualTo(classes);
        int[] counts = d.classCounts();
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int c : counts) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        assertThat(max - min).isLessThanOrEqualTo(1);
        assertThat(DatasetCatalog.entry(id).outputs()).isEqualTo(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor", "gaussians", "spiral", "spiral3", "plane", "bump"})
    void sameSeedGivesIdenticalArraysAndAnotherSeedDifferentOnes(String id) {
        Dataset a = Generators.generate(id, 200, 0.1, 11);
        Dataset b = Generators.generate(id, 200, 0.1, 11);
        Dataset c = Generators.generate(id, 200, 0.1, 12);
        assertThat(a.features()).isEqualTo(b.features());
        assertThat(a.labels()).isEqualTo(b.labels());
        assertThat(a.targets()).isEqualTo(b.targets());
        assertThat(a.features()).isNotEqualTo(c.features());
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor", "gaussians", "spiral", "spiral3", "plane", "bump"})
    void cleanPointsStayInsideTheUnitSquare(String id) {
        Dataset d = Generators.generate(id, 500, 0.0, 3);
        // the Gaussian clusters have unbounded tails, so they get some room
        float bound = id.equals("gaussians") ? 1.5f : 1.0f;
        for (float v : d.features()) {
            assertThat(Math.abs(v)).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void circleClassesAreTheDiscAndTheRing() {
        Dataset d = Generators.circle(400, 0.0, 1);
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.features()[2 * i], d.features()[2 * i + 1]);
            if (d.labels()[i] == 0) {
                assertThat(r).isLessThanOrEqualTo(Generators.INNER_RADIUS + 1e-6);
            } else {
                assertThat(r).isBetween(Generators.RING_FROM - 1e-6, Generators.RING_TO + 1e-6);
            }
        }
    }

    @Test
    void xorClassIsTheSignOfTheProduct() {
        Dataset d = Generators.xor(400, 0.0, 1);
        for (int i = 0; i < d.size(); i++) {
            float product = d.features()[2 * i] * d.features()[2 * i + 1];
            assertThat(d.labels()[i]).isEqualTo(product > 0 ? 0 : 1);
        }
    }

    @Test
    void regressionTargetsFollowTheirFormulas() {
        Dataset plane = Generators.plane(100, 0.0, 2);
        Dataset bump = Generators.bump(100, 0.0, 2);
        assertThat(plane.task()).isEqualTo(Task.REGRESSION);
        assertThat(plane.outputCount()).isEqualTo(1);
        for (int i = 0; i < 100; i++) {
            float x1 = plane.features()[2 * i];
            float x2 = plane.features()[2 * i + 1];
            assertThat(plane.targets()[i]).isCloseTo((float) (0.6 * x1 - 0.4 * x2), offset(1e-5f));
            float b1 = bump.features()[2 * i];
            float b2 = bump.features()[2 * i + 1];
            assertThat(bump.targets()[i]).isCloseTo((float) Math.exp(-(b1 * b1 + b2 * b2) / 0.5),
                    offset(1e-5f));
        }
    }

    @Test
    void noiseMovesEachPointByAboutSigmaAndKeepsTheUnderlyingPoints() {
        Dataset clean = Generators.spiral("spiral", 2, 2000, 0.0, 9);
        Dataset noisy = Generators.spiral("spiral", 2, 2000, 0.2, 9);
        assertThat(noisy.labels()).isEqualTo(clean.labels());
        double sumSq = 0;
        for (int i = 0; i < clean.features().length; i++) {
            double d = noisy.features()[i] - clean.features()[i];
            sumSq += d * d;
        }
        double rms = Math.sqrt(sumSq / clean.features().length);
        assertThat(rms).isBetween(0.18, 0.22);
    }

    @Test
    void regressionNoiseGoesIntoTheTarget() {
        Dataset clean = Generators.plane(2000, 0.0, 4);
        Dataset noisy = Generators.plane(2000, 0.1, 4);
        assertThat(noisy.features()).isEqualTo(clean.features());
        double sumSq = 0;
        for (int i = 0; i < 2000; i++) {
            double d = noisy.targets()[i] - clean.targets()[i];
            sumSq += d * d;
        }
        assertThat(Math.sqrt(sumSq / 2000)).isBetween(0.09, 0.11);
    }

    @Test
    void unknownGeneratorAndBadArgumentsAreRefused() {
        assertThat(Generators.isGenerator("mnist")).isFalse();
        assertThatThrownBy(() -> Generators.generate("moons", 10, 0, 1)).hasMessageContaining("moons");
        assertThatThrownBy(() -> Generators.generate("xor", 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Generators.generate("xor", 10, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
