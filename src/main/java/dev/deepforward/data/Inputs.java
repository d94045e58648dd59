package dev.deepforward.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opening data files: gzip is recognised by its magic bytes, and failures become {@link DataException}s. */
final class Inputs {

    static final int BUFFER = 1 << 16;

    private Inputs() {
    }

    /** The name to show in messages: the file name alone, since the user picked the file and knows where it is. */
    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Opens {@code file} buffered, decompressing it if it starts with the gzip magic 1f 8b. */
    static InputStream open(Path file) throws DataException {
        String name = nameOf(file);
        try {
            return decompressIfGzip(Files.newInputStream(file), name);
        } catch (NoSuchFileException e) {
            throw new DataException(name, "file not found (" + file.toAbsolutePath() + ")");
        } catch (AccessDeniedException e) {
            throw new DataException(name, "permission denied");
        } catch (IOException e) {
            throw new DataException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Wraps {@code raw} in a buffer and, if its first two bytes are the gzip magic, in a decompressor.
     * The decision rests on the content, not the name: files are often renamed or decompressed by
     * browsers without changing their ".gz".
     */
    static InputStream decompressIfGzip(InputStream raw, String name) throws DataException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        try {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
            }
            return in;
        } catch (IOException e) {
            closeQuietly(in);
            throw new DataException(name, "not a readable gzip file: " + e.getMessage(), e);
        }
    }

    /** True if the stream was opened through a decompressor, i.e. byte counts refer to decompressed data. */
    static boolean isCompressed(Path file) throws DataException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            throw new DataException(nameOf(file), "cannot be read: " + e.getMessage(), e);
        }
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the data were already read or the error already reported; a failing close adds nothing
        }
    }
}
