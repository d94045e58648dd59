package dev.deepforward.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The files under assets/ are what the NOTICE and src/site/markdown/data-and-licences.md say they are. */
class ShippedAssetsTest {

    static final Path ASSETS = Path.of(System.getProperty("basedir", "."), "assets");
    static final int[] MNIST_PER_CLASS = {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978};

    private static DatasetLoader loader;

    @BeforeAll
    static void loader() {
        loader = new DatasetLoader(Assets.in(ASSETS));
    }

    @Test
    void mnistTrainAndTestFilesHold8000And2000DigitsOf28x28() throws Exception {
        Dataset train = IdxReader.readDataset("train", ASSETS.resolve(DatasetLoader.MNIST_TRAIN_IMAGES),
                ASSETS.resolve(DatasetLoader.MNIST_TRAIN_LABELS), 10);
        Dataset test = IdxReader.readDataset("test", ASSETS.resolve(DatasetLoader.MNIST_TEST_IMAGES),
                ASSETS.resolve(DatasetLoader.MNIST_TEST_LABELS), 10);
        assertThat(train.size()).isEqualTo(8000);
        assertThat(test.size()).isEqualTo(2000);
        assertThat(train.imageWidth()).isEqualTo(28);
        assertThat(train.imageHeight()).isEqualTo(28);
        int[] sum = new int[10];
        for (int c = 0; c < 10; c++) {
            sum[c] = train.classCounts()[c] + test.classCounts()[c];
        }
        assertThat(sum).containsExactly(MNIST_PER_CLASS);
    }

    @Test
    void mnistAsOneDatasetHoldsAll10000WithWholeGreyLevels() throws Exception {
        Dataset mnist = loader.shipped("mnist");
        assertThat(mnist.size()).isEqualTo(10_000);
        assertThat(mnist.featureCount()).isEqualTo(784);
        assertThat(mnist.classCounts()).containsExactly(MNIST_PER_CLASS);
        assertThat(mnist.classNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        Set<Integer> levels = new HashSet<>();
        for (float p : mnist.features()) {
            int level = Math.round(p * 255);
            assertThat(p).isEqualTo(level / 255f);
            levels.add(level);
        }
        // real scans use the whole grey scale; a rounding mistake would merge levels
        assertThat(levels).hasSize(256);
        // no two images are the same: the subset is 10,000 distinct digits
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < mnist.size(); i++) {
            hashes.add(Arrays.hashCode(Arrays.copyOfRange(mnist.features(), i * 784, (i + 1) * 784)));
        }
        assertThat(hashes).hasSizeGreaterThan(9990);
    }

    @Test
    void digitsAre1797ImagesOf8x8ScaledToTheUnitInterval() throws Exception {
        Dataset digits = loader.shipped("digits");
        assertThat(digits.size()).isEqualTo(1797);
        assertThat(digits.featureCount()).isEqualTo(64);
        assertThat(digits.imageWidth()).isEqualTo(8);
        assertThat(digits.classCount()).isEqualTo(10);
        assertThat(Arrays.stream(digits.classCounts()).min().getAsInt()).isGreaterThan(170);
        float max = 0;
        for (float p : digits.features()) {
            assertThat(p * 16).isEqualTo(Math.round(p * 16));
            max = Math.max(max, p);
        }
        assertThat(max).isEqualTo(1f);
    }

    @Test
    void irisIs150FlowersOf4MeasurementsAnd3Species() throws Exception {
        Dataset iris = loader.shipped("iris");
        assertThat(iris.size()).isEqualTo(150);
        assertThat(iris.featureCount()).isEqualTo(4);
        assertThat(iris.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(iris.classCounts()).containsExactly(50, 50, 50);
        assertThat(Arrays.copyOf(iris.features(), 4)).containsExactly(5.1f, 3.5f, 1.4f, 0.2f);
    }

    @Test
    void shippedSetsAreReadOnceAndShared() throws Exception {
        assertThat(loader.shipped("iris")).isSameAs(loader.shipped("iris"));
    }

    @Test
    void theStandardLocatorFindsTheRepositorysAssets() throws Exception {
        assertThat(Assets.standard().file(DatasetLoader.IRIS)).isNotNull();
        assertThat(DatasetLoader.standard().shipped("iris").size()).isEqualTo(150);
    }
}
