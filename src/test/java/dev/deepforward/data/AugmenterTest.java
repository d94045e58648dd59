package dev.deepforward.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.DataSpec;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AugmenterTest {

    /** A 4×3 image whose pixel at (x, y) is 1 + x + 10·y. */
    private static float[] image() {
        float[] img = new float[12];
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                img[y * 4 + x] = 1 + x + 10 * y;
            }
        }
        return img;
    }

    @Test
    void shiftMovesTheImageByExactlyThePixelsAskedAndFillsWithZero() {
        float[] out = new float[14];
        Augmenter.shiftImage(image(), 0, 4, 3, 1, -1, out, 1);
        assertThat(out).containsExactly(0,
                0, 11, 12, 13,
                0, 21, 22, 23,
                0, 0, 0, 0,
                0);
        Augmenter.shiftImage(image(), 0, 4, 3, -2, 2, out, 0);
        assertThat(Arrays.copyOf(out, 12)).containsExactly(
                0, 0, 0, 0,
                0, 0, 0, 0,
                3, 4, 0, 0);
        Augmenter.shiftImage(image(), 0, 4, 3, 0, 0, out, 0);
        assertThat(Arrays.copyOf(out, 12)).containsExactly(image());
        Augmenter.shiftImage(image(), 0, 4, 3, 4, 0, out, 0);
        assertThat(Arrays.copyOf(out, 12)).containsOnly(0f);
    }

    @Test
    void randomShiftsStayWithinTheLimitAndVary() {
        Augmenter shift = Augmenter.shift(4, 3, 1);
        float[] src = new float[12 * 200];
        for (int i = 0; i < 200; i++) {
            System.arraycopy(image(), 0, src, i * 12, 12);
        }
        float[] dst = new float[src.length];
        shift.augment(src, 0, dst, 0, 200, new SplittableRandom(1));
        int[] seenDx = new int[3];
        for (int i = 0; i < 200; i++) {
            int dx = findShift(dst, i * 12);
            assertThat(dx).isBetween(-1, 1);
            seenDx[dx + 1]++;
        }
        assertThat(Arrays.stream(seenDx).min().getAsInt()).isGreaterThan(30);
    }

    /** The x shift of one augmented copy, read from the column its first non-zero pixel came from. */
    private static int findShift(float[] img, int offset) {
        for (int k = 0; k < 12; k++) {
            float v = img[offset + k];
            if (v != 0) {
                int x0 = (int) (v - 1) % 10;
                return k % 4 - x0;
            }
        }
        throw new AssertionError("empty image");
    }

    @Test
    void jitterMovesPointsByAboutSigmaInTheDataUnits() {
        Dataset train = Generators.gaussians(4000, 0, 1);
        Normalization normalization = Normalization.fit(train);
        Dataset normalized = normalization.apply(train);
        DataSpec spec = new DataSpec("gaussians", null, null, null, 0, 0, 0.2, 0.2, true, 0.05, 0, List.of());
        Augmenter jitter = Augmenter.forSpec(spec, train, normalization);
        assertThat(jitter.isActive()).isTrue();
        Dataset moved = jitter.apply(normalized, new SplittableRandom(2));
        for (int j = 0; j < 2; j++) {
            double sumSq = 0;
            for (int i = 0; i < 4000; i++) {
                // back in the data's units, the displacement should have σ = 0.05
                double d = normalization.invert(j, moved.features()[2 * i + j])
                        - normalization.invert(j, normalized.features()[2 * i + j]);
                sumSq += d * d;
            }
            assertThat(Math.sqrt(sumSq / 4000)).isBetween(0.047, 0.053);
        }
        assertThat(moved.labels()).isEqualTo(normalized.labels());
    }

    @Test
    void theSpecChoosesShiftForImagesAndNothingWhenOff() {
        Dataset images = Dataset.images("i", 4, 3, image(), new int[] {0}, List.of("a"));
        DataSpec spec = DataSpec.of("mnist");
        Augmenter off = Augmenter.forSpec(spec, images, Normalization.identity(12));
        assertThat(off.isActive()).isFalse();
        float[] copy = new float[12];
        off.augment(image(), 0, copy, 0, 1, new SplittableRandom(1));
        assertThat(copy).containsExactly(image());
        DataSpec shifted = new DataSpec("mnist", null, null, null, 0, 0, 0.2, 0.2, true, 0.3, 2, List.of());
        assertThat(Augmenter.forSpec(shifted, images, Normalization.identity(12)).toString()).isEqualTo("shift ±2");
    }

    @Test
    void augmentationIsReproducibleFromItsGenerator() {
        Augmenter shift = Augmenter.shift(4, 3, 2);
        float[] src = new float[12 * 50];
        for (int i = 0; i < 50; i++) {
            System.arraycopy(image(), 0, src, i * 12, 12);
        }
        float[] a = new float[src.length];
        float[] b = new float[src.length];
        shift.augment(src, 0, a, 0, 50, Seeds.random(9, "augment"));
        shift.augment(src, 0, b, 0, 50, Seeds.random(9, "augment"));
        assertThat(a).isEqualTo(b);
    }
}
