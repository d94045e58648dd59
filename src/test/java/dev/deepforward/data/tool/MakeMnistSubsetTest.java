package dev.deepforward.data.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakeMnistSubsetTest {

    @TempDir
    Path dir;

    @Test
    void everyGreyLevelRoundedToThreeDecimalsGivesItsByteBack() throws IOException {
        double[] values = new double[MakeMnistSubset.PIXELS];
        for (int b = 0; b < 256; b++) {
            values[b] = Math.round(b / 255.0 * 1000) / 1000.0;
        }
        byte[] bytes = MakeMnistSubset.toBytes(values, dir);
        for (int b = 0; b < 256; b++) {
            assertThat(bytes[b] & 0xFF).isEqualTo(b);
        }
    }

    @Test
    void valuesBetweenGreyLevelsOrPartialImagesAreRefused() {
        double[] values = new double[MakeMnistSubset.PIXELS];
        values[5] = 0.5; // 127.5 / 255: half-way between two levels
        assertThatThrownBy(() -> MakeMnistSubset.toBytes(values, dir)).hasMessageContaining("value 5 (0.5)");
        assertThatThrownBy(() -> MakeMnistSubset.toBytes(new double[783], dir)).hasMessageContaining("not whole 28×28");
    }

    @Test
    void readsTheNumbersOfTheDataArray() throws IOException {
        Path json = dir.resolve("3.json");
        Files.writeString(json, "{ \"data\": [0,0.2, 1 ,0.624] }");
        assertThat(MakeMnistSubset.readValues(json)).containsExactly(0, 0.2, 1, 0.624);
    }
}
