package dev.deepforward.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizationTest {

    @Test
    void standardizesEachFeatureToMeanZeroAndUnitDeviation() {
        Dataset d = Dataset.regression("r", 2, new float[] {1, 10, 2, 10, 3, 10, 6, 10}, 1, new float[] {0, 1, 2, 3});
        Normalization n = Normalization.fit(d);
        assertThat(n.mean()).containsExactly(3f, 10f);
        assertThat(n.std()[0]).isCloseTo((float) Math.sqrt(3.5), offset(1e-6f));
        // a constant feature is centred, not divided by zero
        assertThat(n.std()[1]).isEqualTo(1f);
        Dataset out = n.apply(d);
        assertThat(out.features()[0]).isCloseTo((float) (-2 / Math.sqrt(3.5)), offset(1e-6f));
        assertThat(out.features()[1]).isZero();
        assertThat(out.targets()).isSameAs(d.targets());
        assertThat(d.features()[0]).isEqualTo(1f);
        assertThat(n.invert(0, out.features()[6])).isCloseTo(6f, offset(1e-6f));
    }

    @Test
    void imagesAndSwitchedOffNormalizationKeepTheData() {
        Dataset image = Dataset.images("i", 2, 1, new float[] {0, 1, 0.5f, 0.25f}, new int[] {0, 1}, List.of("a", "b"));
        assertThat(Normalization.forTraining(image, true).isIdentity()).isTrue();
        assertThat(Normalization.forTraining(image, true).apply(image)).isSameAs(image);
        Dataset points = Generators.xor(20, 0, 1);
        assertThat(Normalization.forTraining(points, false).isIdentity()).isTrue();
        assertThat(Normalization.forTraining(points, true).isIdentity()).isFalse();
    }

    @Test
    void applyInPlaceNormalizesRowsOfAGrid() {
        Dataset d = Dataset.regression("r", 1, new float[] {0, 2}, 1, new float[] {0, 0});
        float[] grid = {9, 0, 2, 1};
        Normalization.fit(d).applyInPlace(grid, 1, 3);
        assertThat(grid).containsExactly(9, -1, 1, 0);
    }
}
