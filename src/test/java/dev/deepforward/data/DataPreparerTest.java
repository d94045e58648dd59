package dev.deepforward.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.deepforward.spec.DataSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPreparerTest {

    private static final DatasetLoader LOADER = new DatasetLoader(Assets.in(ShippedAssetsTest.ASSETS));

    @TempDir
    Path dir;

    @Test
    void testNoiseMovesOnlyTheTestPartsInputsTheSameWayForTheSameSeed() throws Exception {
        DataSpec plain = DataSpec.of("circle");
        DataSpec mismatched = new DataSpec("circle", null, null, null, 0, 0.05, 0.2, 0.2, true, 0, 0, List.of(), 0.5);
        PreparedData a = DataPreparer.prepare(plain, 7, LOADER);
        PreparedData b = DataPreparer.prepare(mismatched, 7, LOADER);

        assertThat(b.train().features()).containsExactly(a.train().features());
        assertThat(b.validation().features()).containsExactly(a.validation().features());
        assertThat(b.test().labels()).containsExactly(a.test().labels());
        float[] x = a.test().features();
        float[] y = b.test().features();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (y[i] - x[i]) * (y[i] - x[i]);
        }
        assertThat(Math.sqrt(sum / x.length)).isCloseTo(0.5, offset(0.05));
        assertThat(DataPreparer.prepare(mismatched, 7, LOADER).test().features()).containsExactly(y);
        assertThat(mismatched.problems("data").isEmpty()).isTrue();
        assertThat(mismatched.withSamples(100).testNoise()).isEqualTo(0.5);
    }

    @Test
    void aGeneratedSetIsSplitByTheSpecsFractions() throws Exception {
        PreparedData p = DataPreparer.prepare(DataSpec.of("spiral"), 1, LOADER);
        assertThat(p.train().size() + p.validation().size() + p.test().size()).isEqualTo(Generators.DEFAULT_SAMPLES);
        assertThat(p.validation().size()).isEqualTo(100);
        assertThat(p.test().size()).isEqualTo(100);
        assertThat(p.inputCount()).isEqualTo(2);
        assertThat(p.outputCount()).isEqualTo(2);
        assertThat(p.source().id()).isEqualTo("spiral");
        assertThat(p.augmenter().isActive()).isFalse();
    }

    @Test
    void theNormalizationIsFittedOnTheTrainingPartOnly() throws Exception {
        PreparedData p = DataPreparer.prepare(DataSpec.of("iris"), 3, LOADER);
        for (int j = 0; j < 4; j++) {
            assertThat(mean(p.train(), j)).isCloseTo(0, offset(1e-5));
            assertThat(deviation(p.train(), j)).isCloseTo(1, offset(1e-4));
        }
        // the held-out parts went through the training statistics, so their means are off zero
        double offZero = 0;
        for (int j = 0; j < 4; j++) {
            offZero += Math.abs(mean(p.validation(), j)) + Math.abs(mean(p.test(), j));
        }
        assertThat(offZero).isGreaterThan(0.05);
        // and the fitted statistics are the raw training part's
        assertThat(p.normalization().mean()[0]).isBetween(5.6f, 6.1f);
    }

    @Test
    void imagesKeepTheirPixelScale() throws Exception {
        PreparedData p = DataPreparer.prepare(DataSpec.of("digits"), 1, LOADER);
        assertThat(p.normalization().isIdentity()).isTrue();
        for (float v : p.train().features()) {
            assertThat(v).isBetween(0f, 1f);
        }
        assertThat(p.train().size() + p.validation().size() + p.test().size()).isEqualTo(1797);
    }

    @Test
    void theSameSpecAndSeedGiveTheSameArraysAndAnotherSeedOthers() throws Exception {
        DataSpec spec = DataSpec.of("circle").withSamples(300);
        PreparedData a = DataPreparer.prepare(spec, 8, LOADER);
        PreparedData b = DataPreparer.prepare(spec, 8, LOADER);
        PreparedData c = DataPreparer.prepare(spec, 9, LOADER);
        assertThat(a.train().features()).isEqualTo(b.train().features());
        assertThat(a.test().labels()).isEqualTo(b.test().labels());
        assertThat(a.train().features()).isNotEqualTo(c.train().features());
    }

    @Test
    void classFilteringKeepsTheChosenClassesRelabelledInOrder() throws Exception {
        DataSpec spec = DataSpec.of("mnist").withClasses(List.of(7, 3)).withSplit(0.1, 0.1);
        PreparedData p = DataPreparer.prepare(spec, 1, LOADER);
        assertThat(p.outputCount()).isEqualTo(2);
        assertThat(p.train().classNames()).containsExactly("3", "7");
        int total = p.train().size() + p.validation().size() + p.test().size();
        assertThat(total).isEqualTo(1032 + 1070);
        int threes = p.train().classCounts()[0] + p.validation().classCounts()[0] + p.test().classCounts()[0];
        assertThat(threes).isEqualTo(1032);
        assertThat(p.train().imageWidth()).isEqualTo(28);
    }

    @Test
    void samplesCapsARealSet() throws Exception {
        PreparedData p = DataPreparer.prepare(DataSpec.of("mnist").withSamples(1000), 2, LOADER);
        assertThat(p.train().size() + p.validation().size() + p.test().size()).isEqualTo(1000);
        assertThat(p.train().size()).isEqualTo(600);
    }

    @Test
    void badSpecsAndImpossibleClassesAreDataExceptions() {
        assertThatThrownBy(() -> DataPreparer.prepare(DataSpec.of("iris").withSplit(0.6, 0.6), 1, LOADER))
                .isInstanceOf(DataException.class).hasMessageStartingWith("data spec: ")
                .hasMessageContaining("data.testFraction");
        assertThatThrownBy(() -> DataPreparer.prepare(DataSpec.of("iris").withClasses(List.of(0, 5)), 1, LOADER))
                .isInstanceOf(DataException.class).hasMessage("iris: has classes 0..2; there is no class 5");
        assertThatThrownBy(() -> DataPreparer.prepare(DataSpec.of("plane").withClasses(List.of(0)), 1, LOADER))
                .isInstanceOf(DataException.class).hasMessageContaining("regression");
    }

    @Test
    void aUsersCsvFileIsImported() throws Exception {
        Path csv = dir.resolve("points.csv");
        StringBuilder sb = new StringBuilder("x,y,colour\n");
        for (int i = 0; i < 40; i++) {
            sb.append(i).append(',').append(i % 7).append(',').append(i % 2 == 0 ? "red" : "blue").append('\n');
        }
        Files.writeString(csv, sb.toString());
        DataSpec spec = new DataSpec("csv", csv.toString(), null, null, 0, 0, 0.25, 0.25, true, 0, 0, List.of());
        PreparedData p = DataPreparer.prepare(spec, 1, LOADER);
        assertThat(p.source().id()).isEqualTo("csv");
        assertThat(p.source().title()).isEqualTo("points");
        assertThat(p.source().inputShape()).containsExactly(2);
        assertThat(p.train().classNames()).containsExactly("red", "blue");
        assertThat(p.train().size()).isEqualTo(20);
    }

    @Test
    void aUsersIdxPairIsImported() throws Exception {
        Path images = dir.resolve("im.idx");
        Path labels = dir.resolve("lb.idx.gz");
        IdxWriter.writeImages(images, 2, 2, new byte[4 * 20], false);
        byte[] l = new byte[20];
        for (int i = 0; i < 20; i++) {
            l[i] = (byte) (i % 4);
        }
        IdxWriter.writeLabels(labels, l, true);
        DataSpec spec = new DataSpec("idx", images.toString(), labels.toString(), null, 0, 0, 0.25, 0.25, true, 0, 1,
                List.of());
        PreparedData p = DataPreparer.prepare(spec, 1, LOADER);
        assertThat(p.source().inputShape()).containsExactly(2, 2);
        assertThat(p.outputCount()).isEqualTo(4);
        // 20 samples, 5 per class: the extra validation and test samples come from different classes
        assertThat(p.train().classCounts()).containsExactly(2, 2, 3, 3);
        assertThat(p.augmenter().isActive()).isTrue();
    }

    @Test
    void aMissingImportFileIsOneClearError() {
        DataSpec spec = new DataSpec("csv", dir.resolve("nope.csv").toString(), null, null, 0, 0, 0.2, 0.2, true, 0, 0,
                List.of());
        assertThatThrownBy(() -> DataPreparer.prepare(spec, 1, LOADER)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("nope.csv: file not found");
    }

    private static double mean(Dataset d, int j) {
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            sum += d.features()[i * d.featureCount() + j];
        }
        return sum / d.size();
    }

    private static double deviation(Dataset d, int j) {
        double m = mean(d, j);
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            double v = d.features()[i * d.featureCount() + j] - m;
            sum += v * v;
        }
        return Math.sqrt(sum / d.size());
    }
}
