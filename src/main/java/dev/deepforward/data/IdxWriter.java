package dev.deepforward.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes unsigned-byte IDX files (images 0x00000803, labels 0x00000801), optionally gzip-compressed.
 * Used by the tool that makes the shipped MNIST subset and by tests; the output reads back with
 * {@link IdxReader} and with every other MNIST loader.
 */
public final class IdxWriter {

    private IdxWriter() {
    }

    /** Writes {@code pixels.length / (rows·cols)} images of {@code rows × cols} bytes, row-major. */
    public static void writeImages(Path file, int rows, int cols, byte[] pixels, boolean gzip) throws IOException {
        if (rows < 1 || cols < 1 || pixels.length % (rows * cols) != 0) {
            throw new IllegalArgumentException(pixels.length + " bytes are not whole " + rows + "×" + cols + " images");
        }
        try (DataOutputStream out = open(file, gzip)) {
            out.writeInt(0x800 | IdxReader.IMAGES_NDIM);
            out.writeInt(pixels.length / (rows * cols));
            out.writeInt(rows);
            out.writeInt(cols);
            out.write(pixels);
        }
    }

    /** Writes one byte label per sample. */
    public static void writeLabels(Path file, byte[] labels, boolean gzip) throws IOException {
        try (DataOutputStream out = open(file, gzip)) {
            out.writeInt(0x800 | IdxReader.LABELS_NDIM);
            out.writeInt(labels.length);
            out.write(labels);
        }
    }

    private static DataOutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        // The JDK writes a zero time stamp into the gzip header, so the same data give the same file.
        OutputStream out = gzip ? new BestGzip(raw) : raw;
        return new DataOutputStream(new BufferedOutputStream(out, Inputs.BUFFER));
    }

    /** Shipped files are written once and read often: the best compression is worth its time. */
    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out, Inputs.BUFFER);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
