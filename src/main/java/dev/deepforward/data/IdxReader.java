package dev.deepforward.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads IDX files of unsigned bytes, the format of MNIST and its relatives: images (magic 0x00000803,
 * count × rows × cols) and labels (magic 0x00000801, count), raw or gzip-compressed.
 *
 * <p>A user's file is checked field by field before anything is allocated: the magic, the type byte,
 * the number of dimensions, sizes against fixed limits and the heap, and (for uncompressed files) the
 * file length. The data are then streamed through a small buffer straight into the float array, so the
 * full 60,000-image MNIST (47 MB) needs its 188 MB of floats and nothing more. Truncated data and
 * trailing bytes are errors, because either means the sizes in the header are not the sizes of the data.
 */
public final class IdxReader {

    /** Most images (or labels) a file may claim. */
    public static final long MAX_COUNT = 10_000_000L;
    /** Largest image side. */
    public static final long MAX_SIDE = 4096;
    /**
     * Most pixels an image file may claim: 100 million (400 MB as floats), the same ceiling as a CSV
     * table's numbers, and twice the full 60,000-image MNIST.
     */
    public static final long MAX_PIXELS = 100_000_000L;
    /**
     * How many copies of the pixels loading and preparing a run holds at once (the read array, the
     * split, the normalized training set), for the memory check before allocating.
     */
    static final int COPIES = 3;

    static final int IMAGES_NDIM = 3;
    static final int LABELS_NDIM = 1;
    static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /** Images of one IDX file, pixels scaled from 0..255 to [0, 1], row-major per image. */
    public record Images(int count, int rows, int cols, float[] pixels) {
    }

    /** Reads an image file, raw or gzip. */
    public static Images readImages(Path file) throws DataException {
        String name = Inputs.nameOf(file);
        long rawLength = uncompressedLength(file);
        try (InputStream in = Inputs.open(file)) {
            return readImages(in, name, rawLength);
        } catch (IOException e) {
            throw new DataException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an image file from {@code in} (already decompressed); {@code knownLength} is the stream's
     * length in bytes if known (lets a wrong size fail before allocation), or -1.
     */
    public static Images readImages(InputStream in, String name, long knownLength) throws DataException {
        Counter counter = new Counter(in, name);
        long[] dims = readHeader(counter, name, IMAGES_NDIM, "images");
        long count = dims[0];
        long rows = dims[1];
        long cols = dims[2];
        check(count <= MAX_COUNT, name, 4, "claims " + count + " images; at most " + MAX_COUNT + " are supported");
        check(rows >= 1 && rows <= MAX_SIDE && cols >= 1 && cols <= MAX_SIDE, name, 8,
                "claims images of " + rows + "×" + cols + " pixels; sides must be 1.." + MAX_SIDE);
        long pixels = count * rows * cols;
        check(pixels <= MAX_PIXELS, name, 4, "claims " + count + " images of " + rows + "×" + cols + " = "
                + pixels + " pixels; at most " + MAX_PIXELS + " are supported");
        checkLength(name, knownLength, counter.offset() + pixels, "images");
        MemoryBudget.require(name, pixels * Float.BYTES * COPIES, "holds " + count + " images of " + rows + "×"
                + cols + ", which");
        float[] data = new float[(int) pixels];
        byte[] buffer = new byte[(int) Math.min(Inputs.BUFFER, Math.max(1, pixels))];
        int done = 0;
        while (done < pixels) {
            int n = counter.read(buffer, (int) Math.min(buffer.length, pixels - done));
            if (n < 0) {
                throw DataException.atByte(name, counter.offset(), "the data end after " + done + " of "
                        + pixels + " pixels (" + count + " images of " + rows + "×" + cols + "): truncated file");
            }
            for (int i = 0; i < n; i++) {
                data[done + i] = (buffer[i] & 0xFF) / 255f;
            }
            done += n;
        }
        expectEnd(counter, name, "the last image");
        return new Images((int) count, (int) rows, (int) cols, data);
    }

    /** Reads a label file, raw or gzip; the labels are 0..255 as stored. */
    public static int[] readLabels(Path file) throws DataException {
        String name = Inputs.nameOf(file);
        long rawLength = uncompressedLength(file);
        try (InputStream in = Inputs.open(file)) {
            return readLabels(in, name, rawLength);
        } catch (IOException e) {
            throw new DataException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a label file from {@code in} (already decompressed); see {@link #readImages(InputStream, String, long)}. */
    public static int[] readLabels(InputStream in, String name, long knownLength) throws DataException {
        Counter counter = new Counter(in, name);
        long count = readHeader(counter, name, LABELS_NDIM, "labels")[0];
        check(count <= MAX_COUNT, name, 4, "claims " + count + " labels; at most " + MAX_COUNT + " are supported");
        checkLength(name, knownLength, counter.offset() + count, "labels");
        int[] labels = new int[(int) count];
        byte[] buffer = new byte[(int) Math.min(Inputs.BUFFER, Math.max(1, count))];
        int done = 0;
        while (done < count) {
            int n = counter.read(buffer, (int) Math.min(buffer.length, count - done));
            if (n < 0) {
                throw DataException.atByte(name, counter.offset(), "the data end after " + done + " of "
                        + count + " labels: truncated file");
            }
            for (int i = 0; i < n; i++) {
                labels[done + i] = buffer[i] & 0xFF;
            }
            done += n;
        }
        expectEnd(counter, name, "the last label");
        return labels;
    }

    /**
     * Reads an image file and its label file as one classification set.
     *
     * @param classCount the number of classes, or 0 to take the largest label + 1; a label outside the
     *                   classes is an error naming the file and the label's byte offset
     */
    public static Dataset readDataset(String name, Path images, Path labels, int classCount) throws DataException {
        Images im = readImages(images);
        int[] lab = readLabels(labels);
        return toDataset(name, im, Inputs.nameOf(images), lab, Inputs.nameOf(labels), classCount);
    }

    /** Pairs images with labels, checking that they agree; shared by files and bundled assets. */
    static Dataset toDataset(String name, Images images, String imageSource, int[] labels, String labelSource,
                             int classCount) throws DataException {
        if (images.count() != labels.length) {
            throw new DataException(labelSource, "holds " + labels.length + " labels but " + imageSource + " holds "
                    + images.count() + " images");
        }
        if (images.count() == 0) {
            throw new DataException(imageSource, "holds no images");
        }
        int classes = classCount;
        if (classes <= 0) {
            for (int label : labels) {
                classes = Math.max(classes, label + 1);
            }
        }
        int headerBytes = 4 + 4 * LABELS_NDIM;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= classes) {
                throw DataException.atByte(labelSource, headerBytes + i, "label " + labels[i] + " of image " + i
                        + " is outside the classes 0.." + (classes - 1));
            }
        }
        List<String> names = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            names.add(Integer.toString(c));
        }
        return Dataset.images(name, images.cols(), images.rows(), images.pixels(), labels, names);
    }

    /** The header's sizes, as unsigned values, after checking magic, type and ndim. */
    private static long[] readHeader(Counter in, String name, int ndim, String what) throws DataException {
        byte[] magic = new byte[4];
        if (in.readFully(magic) < 4) {
            throw new DataException(name, "too short to be an IDX file (" + in.offset() + " bytes)");
        }
        String hex = String.format("0x%02X%02X%02X%02X", magic[0], magic[1], magic[2], magic[3]);
        check(magic[0] == 0 && magic[1] == 0, name, 0, "not an IDX file: the magic number " + hex
                + " does not start with two zero bytes");
        check(magic[2] == UNSIGNED_BYTE, name, 2, String.format("data type 0x%02X is not supported; only unsigned"
                + " bytes (0x08) are", magic[2]));
        check(magic[3] == ndim, name, 3, "has " + (magic[3] & 0xFF) + " dimensions, but " + what + " need "
                + ndim + " (magic " + String.format("0x%08X", 0x800 + ndim) + ")");
        long[] dims = new long[ndim];
        byte[] size = new byte[4];
        for (int d = 0; d < ndim; d++) {
            if (in.readFully(size) < 4) {
                throw DataException.atByte(name, in.offset(), "the header ends before dimension " + (d + 1)
                        + " of " + ndim + ": truncated file");
            }
            dims[d] = ((size[0] & 0xFFL) << 24) | ((size[1] & 0xFFL) << 16) | ((size[2] & 0xFFL) << 8) | (size[3] & 0xFFL);
        }
        return dims;
    }

    private static void checkLength(String name, long knownLength, long expected, String what) throws DataException {
        if (knownLength >= 0 && knownLength != expected) {
            throw new DataException(name, "is " + knownLength + " bytes long, but its header describes " + expected
                    + " bytes of " + what + (knownLength < expected ? ": truncated file" : ": unexpected bytes at the end"));
        }
    }

    private static void expectEnd(Counter in, String name, String what) throws DataException {
        long offset = in.offset();
        if (in.readByte() >= 0) {
            throw DataException.atByte(name, offset, "unexpected bytes after " + what
                    + ": the header describes " + offset + " bytes");
        }
    }

    /** For uncompressed files the length is known up front, which lets a wrong header fail before allocation. */
    private static long uncompressedLength(Path file) throws DataException {
        Inputs.requireDataFile(file);
        if (Inputs.isCompressed(file)) {
            return -1;
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void check(boolean ok, String name, long offset, String detail) throws DataException {
        if (!ok) {
            throw DataException.atByte(name, offset, detail);
        }
    }

    /** Counts the bytes read, for offsets in messages, and turns read failures into {@link DataException}s. */
    private static final class Counter {
        private final InputStream in;
        private final String name;
        private long offset;

        Counter(InputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        long offset() {
            return offset;
        }

        /** Reads up to {@code length} bytes into the start of {@code buffer}; -1 at the end of the data. */
        int read(byte[] buffer, int length) throws DataException {
            return read(buffer, 0, length);
        }

        /** Reads {@code buffer.length} bytes, fewer only at the end of the data; returns how many. */
        int readFully(byte[] buffer) throws DataException {
            int done = 0;
            while (done < buffer.length) {
                int n = read(buffer, done, buffer.length - done);
                if (n < 0) {
                    break;
                }
                done += n;
            }
            return done;
        }

        /** The next byte (0..255), or -1 at the end of the data. */
        int readByte() throws DataException {
            byte[] one = new byte[1];
            return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
        }

        private int read(byte[] buffer, int from, int length) throws DataException {
            try {
                int n = in.read(buffer, from, length);
                if (n > 0) {
                    offset += n;
                }
                return n;
            } catch (EOFException e) {
                // GZIPInputStream reports a cut-off compressed stream this way
                throw DataException.atByte(name, offset, "the compressed data end early: truncated file");
            } catch (IOException e) {
                throw DataException.atByte(name, offset, Inputs.readFailure(e));
            }
        }
    }
}
