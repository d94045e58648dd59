package dev.deepforward.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {

    @TempDir
    Path dir;

    /** Three 2×3 images with distinct bytes, including 0 and 255. */
    private static final byte[] PIXELS = new byte[18];
    private static final byte[] LABELS = {2, 0, 1};

    static {
        for (int i = 0; i < PIXELS.length; i++) {
            PIXELS[i] = (byte) (i * 15);
        }
        PIXELS[17] = (byte) 255;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void writtenFilesReadBackExactly(boolean gzip) throws Exception {
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.writeImages(images, 2, 3, PIXELS, gzip);
        IdxWriter.writeLabels(labels, LABELS, gzip);
        assertThat(Files.readAllBytes(images)[0] == 0x1f).isEqualTo(gzip);

        IdxReader.Images read = IdxReader.readImages(images);
        assertThat(read.count()).isEqualTo(3);
        assertThat(read.rows()).isEqualTo(2);
        assertThat(read.cols()).isEqualTo(3);
        for (int i = 0; i < PIXELS.length; i++) {
            assertThat(read.pixels()[i]).isEqualTo((PIXELS[i] & 0xFF) / 255f);
        }
        assertThat(read.pixels()[17]).isEqualTo(1f);
        assertThat(IdxReader.readLabels(labels)).containsExactly(2, 0, 1);

        Dataset d = IdxReader.readDataset("tiny", images, labels, 0);
        assertThat(d.isImage()).isTrue();
        assertThat(d.imageWidth()).isEqualTo(3);
        assertThat(d.imageHeight()).isEqualTo(2);
        assertThat(d.classCount()).isEqualTo(3);
        assertThat(d.classNames()).containsExactly("0", "1", "2");
    }

    @Test
    void gzipIsRecognisedByContentNotByName() throws Exception {
        Path gzipWithoutSuffix = dir.resolve("labels.idx");
        Path rawWithGzSuffix = dir.resolve("labels.idx.gz");
        IdxWriter.writeLabels(gzipWithoutSuffix, LABELS, true);
        IdxWriter.writeLabels(rawWithGzSuffix, LABELS, false);
        assertThat(IdxReader.readLabels(gzipWithoutSuffix)).containsExactly(2, 0, 1);
        assertThat(IdxReader.readLabels(rawWithGzSuffix)).containsExactly(2, 0, 1);
    }

    @Test
    void badMagicIsRefused() throws Exception {
        Path f = file("bad-magic", bytes(header(0x01000803, 1, 1, 1), new byte[1]));
        assertThatThrownBy(() -> IdxReader.readImages(f)).isInstanceOf(DataException.class)
                .hasMessage("bad-magic: byte 0: not an IDX file: the magic number 0x01000803 does not start with two zero bytes");
    }

    @Test
    void otherDataTypesAreRefused() throws Exception {
        Path f = file("floats", bytes(header(0x00000D03, 1, 1, 1), new byte[4]));
        assertThatThrownBy(() -> IdxReader.readImages(f)).isInstanceOf(DataException.class)
                .hasMessageContaining("floats: byte 2: data type 0x0D is not supported");
    }

    @Test
    void wrongNumberOfDimensionsIsRefused() throws Exception {
        Path labelsAsImages = file("labels", bytes(header(0x00000801, 3), new byte[3]));
        assertThatThrownBy(() -> IdxReader.readImages(labelsAsImages)).isInstanceOf(DataException.class)
                .hasMessageContaining("labels: byte 3: has 1 dimensions, but images need 3");
        Path imagesAsLabels = file("images", bytes(header(0x00000803, 1, 1, 1), new byte[1]));
        assertThatThrownBy(() -> IdxReader.readLabels(imagesAsLabels)).isInstanceOf(DataException.class)
                .hasMessageContaining("images: byte 3: has 3 dimensions, but labels need 1");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void truncatedDataAreRefused(boolean gzip) throws Exception {
        byte[] content = bytes(header(0x00000803, 3, 2, 3), Arrays.copyOf(PIXELS, 17));
        Path f = file("short", gzip ? gzip(content) : content);
        assertThatThrownBy(() -> IdxReader.readImages(f)).isInstanceOf(DataException.class)
                .hasMessageContaining("short: ").hasMessageContaining("truncated file");
    }

    @Test
    void aCutOffGzipStreamIsRefused() throws Exception {
        byte[] gz = gzip(bytes(header(0x00000803, 3, 2, 3), PIXELS));
        Path f = file("cut.gz", Arrays.copyOf(gz, gz.length - 12));
        assertThatThrownBy(() -> IdxReader.readImages(f)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("cut.gz: ");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void trailingBytesAreRefused(boolean gzip) throws Exception {
        byte[] content = bytes(header(0x00000801, 3), LABELS, new byte[] {7});
        Path f = file("long", gzip ? gzip(content) : content);
        assertThatThrownBy(() -> IdxReader.readLabels(f)).isInstanceOf(DataException.class)
                .hasMessageContaining("long: ").hasMessageContaining(gzip ? "unexpected bytes after the last label"
                        : "unexpected bytes at the end");
    }

    @Test
    void imageAndLabelCountsMustAgree() throws Exception {
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.writeImages(images, 2, 3, PIXELS, false);
        IdxWriter.writeLabels(labels, new byte[] {0, 1}, false);
        assertThatThrownBy(() -> IdxReader.readDataset("x", images, labels, 0)).isInstanceOf(DataException.class)
                .hasMessage("labels: holds 2 labels but images holds 3 images");
    }

    @Test
    void labelsOutsideTheClassesAreRefusedWithTheirOffset() throws Exception {
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.writeImages(images, 2, 3, PIXELS, false);
        IdxWriter.writeLabels(labels, new byte[] {0, 12, 1}, false);
        assertThatThrownBy(() -> IdxReader.readDataset("x", images, labels, 10)).isInstanceOf(DataException.class)
                .hasMessage("labels: byte 9: label 12 of image 1 is outside the classes 0..9");
    }

    @Test
    void aTinyFileClaimingTwoBillionImagesIsRefusedFromItsHeaderAlone() throws Exception {
        Path f = file("huge", header(0x00000803, 0x80000000L, 28, 28));
        assertThat(Files.size(f)).isEqualTo(16);
        // Refused on the header, before allocating: the message names the claim, not a short read.
        assertThatThrownBy(() -> IdxReader.readImages(f)).isInstanceOf(DataException.class)
                .hasMessage("huge: byte 4: claims 2147483648 images; at most 10000000 are supported");
    }

    @Test
    void absurdSidesAndTotalsAreRefusedBeforeAllocation() throws Exception {
        Path wide = file("wide", gzip(header(0x00000803, 1, 5000, 1)));
        assertThatThrownBy(() -> IdxReader.readImages(wide)).hasMessageContaining("sides must be 1..4096");
        Path many = file("many", gzip(header(0x00000803, 9_000_000, 28, 28)));
        assertThatThrownBy(() -> IdxReader.readImages(many)).hasMessageContaining("at most 100000000 are supported");
        // the reported bomb: a small gzip file whose header claims 23 images of 4096×4096 (6.75 GB at peak before)
        Path bomb = file("bomb", gzip(header(0x00000803, 23, 4096, 4096)));
        assertThatThrownBy(() -> IdxReader.readImages(bomb))
                .hasMessage("bomb: byte 4: claims 23 images of 4096×4096 = 385875968 pixels; at most 100000000 are"
                        + " supported");
        Path labels = file("labels", gzip(header(0x00000801, 0xFFFFFFFFL)));
        assertThatThrownBy(() -> IdxReader.readLabels(labels)).hasMessageContaining("claims 4294967295 labels");
    }

    @Test
    void aRawFileWhoseLengthDisagreesFailsBeforeAllocation() throws Exception {
        // claims 100,000 images of 28×28 (78 MB), holds 16 bytes: the file length tells at once
        Path f = file("claims", header(0x00000803, 100_000, 28, 28));
        assertThatThrownBy(() -> IdxReader.readImages(f))
                .hasMessage("claims: is 16 bytes long, but its header describes 78400016 bytes of images: truncated file");
    }

    @Test
    void emptyMissingAndHeaderlessFilesGiveOneClearError() throws Exception {
        assertThatThrownBy(() -> IdxReader.readImages(file("empty", new byte[0])))
                .isInstanceOf(DataException.class).hasMessage("empty: too short to be an IDX file (0 bytes)");
        assertThatThrownBy(() -> IdxReader.readImages(dir.resolve("nothing-here")))
                .isInstanceOf(DataException.class).hasMessageStartingWith("nothing-here: file not found");
        assertThatThrownBy(() -> IdxReader.readImages(file("cut-header", Arrays.copyOf(header(0x00000803, 1, 1, 1), 10))))
                .isInstanceOf(DataException.class).hasMessageContaining("the header ends before dimension 2 of 3");
    }

    @Test
    void aFullSizeMnistFileOf60000ImagesLoadsByStreaming() throws Exception {
        byte[] pixels = new byte[60_000 * 784];
        for (int i = 0; i < pixels.length; i += 97) {
            pixels[i] = (byte) (i / 97);
        }
        Path f = dir.resolve("train-images-idx3-ubyte");
        IdxWriter.writeImages(f, 28, 28, pixels, false);
        assertThat(Files.size(f)).isEqualTo(47_040_016L);
        IdxReader.Images images = IdxReader.readImages(f);
        assertThat(images.count()).isEqualTo(60_000);
        assertThat(images.pixels()).hasSize(47_040_000);
        assertThat(images.pixels()[97 * 1000]).isEqualTo((1000 & 0xFF) / 255f);
        assertThat(images.pixels()[pixels.length - 1]).isEqualTo((pixels[pixels.length - 1] & 0xFF) / 255f);
    }

    private Path file(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    private static byte[] header(int magic, long... sizes) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * sizes.length);
        b.putInt(magic);
        for (long s : sizes) {
            b.putInt((int) s);
        }
        return b.array();
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }
}
