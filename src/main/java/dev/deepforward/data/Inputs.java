package dev.deepforward.data;

import dev.deepforward.spec.io.BoundedInput;
import dev.deepforward.spec.io.InputRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Opening data files through {@link BoundedInput}: regular files only, gzip recognised by its magic
 * bytes, raw and expanded bytes held to {@link BoundedInput#DATA_FILE_BYTES}, and failures turned into
 * {@link DataException}s that name the file.
 */
final class Inputs {

    static final int BUFFER = 1 << 16;

    private Inputs() {
    }

    /** The name to show in messages: the file name alone, since the user picked the file and knows where it is. */
    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Refuses anything but an existing, readable regular file outside /dev, /proc and /sys. */
    static void requireDataFile(Path file) throws DataException {
        String refusal = BoundedInput.refusal(file);
        if (refusal != null) {
            throw new DataException(nameOf(file), "no such file".equals(refusal)
                    ? "file not found (" + file.toAbsolutePath() + ")" : refusal);
        }
    }

    /** Opens {@code file} buffered and bounded, decompressing it if it starts with the gzip magic 1f 8b. */
    static InputStream open(Path file) throws DataException {
        requireDataFile(file);
        String name = nameOf(file);
        try {
            return BoundedInput.openData(file, BoundedInput.DATA_FILE_BYTES);
        } catch (InputRefusedException e) {
            throw new DataException(name, e.getMessage());
        } catch (IOException e) {
            throw new DataException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Wraps {@code raw} in a buffer and, if its first two bytes are the gzip magic, in a decompressor
     * whose output is held to the data budget (for the shipped assets, read from the jar).
     */
    static InputStream decompressIfGzip(InputStream raw, String name) throws DataException {
        try {
            return BoundedInput.decompressIfGzip(raw, BoundedInput.DATA_FILE_BYTES);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new DataException(name, "not a readable gzip file: " + e.getMessage(), e);
        }
    }

    /** True if the file is gzip, i.e. byte counts of its stream refer to decompressed data. */
    static boolean isCompressed(Path file) throws DataException {
        try {
            return BoundedInput.isGzip(file);
        } catch (InputRefusedException e) {
            throw new DataException(nameOf(file), e.getMessage());
        } catch (IOException e) {
            throw new DataException(nameOf(file), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A read failure in the middle of a file: the budget's own sentence, or "cannot be read". */
    static String readFailure(IOException e) {
        return e instanceof InputRefusedException ? e.getMessage() : "cannot be read: " + e.getMessage();
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the data were already read or the error already reported; a failing close adds nothing
        }
    }
}
