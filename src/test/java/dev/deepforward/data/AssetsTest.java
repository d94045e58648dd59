package dev.deepforward.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetsTest {

    @TempDir
    Path dir;

    @Test
    void theSystemPropertyComesBeforeTheWorkingDirectory() throws Exception {
        Files.createDirectories(dir.resolve("iris"));
        Files.writeString(dir.resolve("iris/iris.csv"), "2,1,a,b\n1,0\n2,1\n");
        String old = System.getProperty(Assets.PROPERTY);
        System.setProperty(Assets.PROPERTY, dir.toString());
        try {
            Assets assets = Assets.standard();
            assertThat(assets.file("iris/iris.csv")).isEqualTo(dir.resolve("iris/iris.csv").toAbsolutePath());
            // not in the property's folder: found further down the list (the repository's assets)
            Path digits = assets.file("digits/digits.csv.gz");
            assertThat(digits).isNotNull();
            assertThat(digits.startsWith(dir.toAbsolutePath())).isFalse();
            assertThat(new DatasetLoader(assets).shipped("iris").size()).isEqualTo(2);
        } finally {
            if (old == null) {
                System.clearProperty(Assets.PROPERTY);
            } else {
                System.setProperty(Assets.PROPERTY, old);
            }
        }
    }

    @Test
    void aMissingAssetSaysWhereItWasLookedFor() {
        Assets assets = Assets.in(dir);
        assertThat(assets.file("mnist/x.gz")).isNull();
        assertThatThrownBy(() -> assets.open("mnist/x.gz")).isInstanceOf(DataException.class)
                .hasMessageStartingWith("mnist/x.gz: shipped file not found; looked in " + dir.toAbsolutePath());
        assertThatThrownBy(() -> new DatasetLoader(assets).shipped("mnist")).isInstanceOf(DataException.class)
                .hasMessageContaining("train-images-idx3-ubyte.gz");
    }

    @Test
    void aFolderAssetOpensAsItsBytes() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "hello");
        try (InputStream in = Assets.in(dir).open("a.txt")) {
            assertThat(new String(in.readAllBytes())).isEqualTo("hello");
        }
    }
}
