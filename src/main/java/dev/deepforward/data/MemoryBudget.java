package dev.deepforward.data;

import java.util.Locale;

/**
 * What this Java process can give a dataset or a run: {@link Runtime#maxMemory()} less a margin kept
 * for the JVM itself, the window and the bookkeeping around the big arrays. Readers check a file's
 * declared sizes against it before allocating, and a run checks its whole estimate against it before it
 * starts, so asking for too much is a sentence ("needs about 13.2 GB; this Java process can use 3.8 GB"),
 * never an {@link OutOfMemoryError} minutes later.
 *
 * <p>ND4J's arrays live outside the heap, but JavaCPP caps them at the same {@code maxMemory()} by
 * default ({@code org.bytedeco.javacpp.maxbytes}), so the same budget applies to them.
 */
public final class MemoryBudget {

    /** Kept free: the JVM's own needs, the window, the metrics kept while training. */
    static final long MARGIN = 256L << 20;

    private MemoryBudget() {
    }

    /** The bytes a dataset or a run may use. */
    public static long usableBytes() {
        long max = Runtime.getRuntime().maxMemory();
        if (max == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, max - Math.min(MARGIN, max / 4));
    }

    /**
     * Null when {@code bytes} fit, else the sentence that says they do not: "needs about 13.2 GB; this
     * Java process can use 3.8 GB (start it with a larger -Xmx)".
     */
    public static String shortfall(long bytes) {
        long usable = usableBytes();
        if (bytes <= usable) {
            return null;
        }
        return "needs about " + describe(bytes) + "; this Java process can use " + describe(usable)
                + " (start it with a larger -Xmx, or make it smaller)";
    }

    /** Throws unless {@code bytes} fit; the message names {@code source} and says what needs them. */
    static void require(String source, long bytes, String what) throws DataException {
        String shortfall = shortfall(bytes);
        if (shortfall != null) {
            throw new DataException(source, what + " " + shortfall);
        }
    }

    /** "13.2 GB", "512 MB", "3 KB": sizes as a person reads them. */
    public static String describe(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
        }
        return Math.max(1, (bytes + 1023) >> 10) + " KB";
    }
}
