package dev.deepforward.spec.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The one way the app reads a file it was given: lessons, run specs, variants, search spaces, workbench
 * files, CSV and IDX data. Every read holds to a byte budget that is <em>counted while reading</em>, so it
 * also holds for files whose size the file system does not know or lies about ({@code /dev/zero},
 * {@code /proc}), for files that grow while read, and for gzip data, whose expanded bytes are counted
 * against the budget as well as the compressed ones. Text readers add a line-length cap
 * ({@link LineCappedReader}).
 *
 * <p>Only regular files are read: a device, a pipe, a folder or anything under {@code /dev},
 * {@code /proc} or {@code /sys} is refused before a byte is read, with a message saying so.
 */
public final class BoundedInput {

    /** Spec, lesson, variant, search-space and workbench files are small; more is a mistake, not a lesson. */
    public static final long TEXT_FILE_BYTES = 4L * 1024 * 1024;
    /**
     * The most bytes of a data file, raw and once decompressed: the largest table the readers accept
     * (100 million numbers) written at about ten characters a number.
     */
    public static final long DATA_FILE_BYTES = 1L << 30;

    private static final int BUFFER = 1 << 16;
    private static final List<String> SYSTEM_FOLDERS = List.of("/dev/", "/proc/", "/sys/");

    private BoundedInput() {
    }

    /**
     * Refuses anything that is not an existing, readable regular file outside the system folders;
     * the returned message is about the file without its name (null when the file is fine).
     */
    public static String refusal(Path file) {
        String system = systemFolder(file);
        if (system != null) {
            return "is in " + system + ", which holds devices and system state, not files to read";
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return "no such file";
        } catch (IOException | SecurityException e) {
            return "cannot be read: " + e.getMessage();
        }
        if (attributes.isDirectory()) {
            return "is a folder, not a file";
        }
        if (!attributes.isRegularFile()) {
            return "is not a regular file (a device, pipe or socket); only ordinary files are read";
        }
        if (!Files.isReadable(file)) {
            return "permission denied";
        }
        return null;
    }

    /** Throws {@link InputRefusedException} with {@link #refusal(Path)}'s message unless the file may be read. */
    public static void requireRegularFile(Path file) throws InputRefusedException {
        String refusal = refusal(file);
        if (refusal != null) {
            throw new InputRefusedException(refusal);
        }
    }

    /**
     * Opens a regular file for reading at most {@code maxBytes}; reading more throws
     * {@link InputRefusedException}. Buffered.
     */
    public static InputStream open(Path file, long maxBytes, String what) throws IOException {
        requireRegularFile(file);
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InputRefusedException("no such file");
        } catch (AccessDeniedException e) {
            throw new InputRefusedException("permission denied");
        }
        return new BufferedInputStream(new CountingInputStream(raw, maxBytes, what), BUFFER);
    }

    /**
     * Opens a data file, decompressing it when it starts with the gzip magic 1f 8b (the content decides,
     * not the name: browsers decompress files and keep their ".gz"). Both the file's bytes and, for gzip,
     * the expanded bytes are held to {@code maxBytes}.
     */
    public static InputStream openData(Path file, long maxBytes) throws IOException {
        return decompressIfGzip(open(file, maxBytes, "a data file"), maxBytes);
    }

    /**
     * Wraps {@code in} in a decompressor if its first two bytes are the gzip magic, counting the expanded
     * bytes against {@code maxExpandedBytes}; otherwise returns it buffered as it is.
     */
    public static InputStream decompressIfGzip(InputStream in, long maxExpandedBytes) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, BUFFER);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new BufferedInputStream(new CountingInputStream(new GZIPInputStream(buffered, BUFFER),
                    maxExpandedBytes, "a data file once decompressed"), BUFFER);
        }
        return buffered;
    }

    /** True if the file starts with the gzip magic (reads its first buffer, looks at two bytes). */
    public static boolean isGzip(Path file) throws IOException {
        try (InputStream in = open(file, Long.MAX_VALUE, "a peek")) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** The whole file as strict UTF-8 text, at most {@code maxBytes} of it (a leading BOM is dropped). */
    public static String readText(Path file, long maxBytes, String what) throws IOException {
        byte[] bytes;
        try (InputStream in = open(file, maxBytes, what)) {
            bytes = in.readAllBytes();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
                // A gzip file is never UTF-8 (0x8b cannot follow 0x1f): say what it is, not which byte failed.
                throw new InputRefusedException("is a compressed (gzip) file, not " + what + "; only data files (CSV, IDX) may be compressed");
            }
            throw new InputRefusedException("is not UTF-8 text");
        }
    }

    /** "4 MB", "1 GB", "512 bytes": budgets as a person reads them. */
    public static String describeBytes(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GB";
        }
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return bytes + " bytes";
    }

    /**
     * The system folder {@code file} lies in (after following links), or null. Only the machine's own file
     * system has such folders: a path inside a jar or zip (the built-in lessons, when the app runs from its
     * jar, are {@code /dev/deepforward/builtin-lessons/...} there) is never a device.
     */
    private static String systemFolder(Path file) {
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return null;
        }
        String absolute = file.toAbsolutePath().normalize().toString().replace('\\', '/');
        String real = absolute;
        try {
            real = file.toRealPath().toString().replace('\\', '/');
        } catch (IOException | SecurityException ignored) {
            // a missing file is reported as missing by the caller
        }
        for (String folder : SYSTEM_FOLDERS) {
            if (absolute.startsWith(folder) || real.startsWith(folder)) {
                return folder.substring(0, folder.length() - 1);
            }
        }
        return null;
    }
}
