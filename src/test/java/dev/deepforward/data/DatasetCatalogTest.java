package dev.deepforward.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deepforward.spec.DataSpec;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatasetCatalogTest {

    @Test
    void listsTheBuiltInDatasetsInPickerOrder() {
        assertThat(DatasetCatalog.entries()).extracting(CatalogEntry::id).containsExactly(
                "circle", "xor", "gaussians", "spiral", "spiral3", "plane", "bump", "mnist", "digits", "iris");
        assertThat(DatasetCatalog.contains("mnist")).isTrue();
        assertThat(DatasetCatalog.contains("csv")).isFalse();
        assertThat(DatasetCatalog.isImport("csv")).isTrue();
        assertThat(DatasetCatalog.isImport("idx")).isTrue();
        assertThat(DatasetCatalog.contains("cifar")).isFalse();
        assertThatThrownBy(() -> DatasetCatalog.entry("cifar")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cifar").hasMessageContaining("spiral3");
    }

    @Test
    void entriesDescribeTheirShape() {
        CatalogEntry mnist = DatasetCatalog.entry("mnist");
        assertThat(mnist.isImage()).isTrue();
        assertThat(mnist.featureCount()).isEqualTo(784);
        assertThat(mnist.outputs()).isEqualTo(10);
        assertThat(DatasetCatalog.entry("plane").task()).isEqualTo(Task.REGRESSION);
        assertThat(DatasetCatalog.entries()).allSatisfy(e -> assertThat(e.description()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor", "gaussians", "spiral", "spiral3", "plane", "bump", "mnist", "digits", "iris"})
    void everyEntryLoadsToTheShapeItAnnounces(String id) throws Exception {
        DatasetLoader loader = new DatasetLoader(Assets.in(ShippedAssetsTest.ASSETS));
        DatasetLoader.Loaded loaded = loader.load(DataSpec.of(id), 1);
        CatalogEntry entry = DatasetCatalog.entry(id);
        assertThat(loaded.entry()).isEqualTo(entry);
        assertThat(loaded.data().featureCount()).isEqualTo(entry.featureCount());
        assertThat(loaded.data().outputCount()).isEqualTo(entry.outputs());
        assertThat(loaded.data().task()).isEqualTo(entry.task());
        assertThat(loaded.data().isImage()).isEqualTo(entry.isImage());
    }

    @Test
    void anUnknownIdIsADataException() {
        DatasetLoader loader = new DatasetLoader(Assets.in(Path.of(".")));
        assertThatThrownBy(() -> loader.load(DataSpec.of("moons"), 1)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("moons: no such dataset; known: circle, xor");
    }
}
