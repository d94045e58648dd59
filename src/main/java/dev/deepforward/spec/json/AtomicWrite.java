package dev.deepforward.spec.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file's contents all at once and durably: the bytes go to a temporary file in the same folder,
 * which is forced to the disk and then renamed over the target, and the folder is forced after the rename.
 * A crash, a kill or a full disk mid-write leaves the old file intact instead of a half-written one, which for
 * a user's work (or the autosave) would lose everything; without the two forces a power cut soon after a save
 * could leave neither version (the rename reaching the disk before the data).
 *
 * <p>A save that was killed leaves its temporary file behind; the next save of the same file deletes such
 * leftovers. Temporary files are named {@code .NAME.PID-N.tmp}, so a leftover is told from a save under way in
 * another process (still alive) or in this one (still listed here) without guessing from its age.
 */
public final class AtomicWrite {

    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong();
    /** Temporary files this process is writing right now: never stale. */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    private AtomicWrite() {
    }

    public static void text(Path file, String text) throws IOException {
        bytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void bytes(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        removeLeftovers(target);
        // Not createTempFile: its owner-only permissions would carry over to the user's file with the move.
        Path tmp = dir.resolve(tempName(target.getFileName().toString(), PID, COUNTER.incrementAndGet()));
        WRITING.add(tmp);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(dir);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } finally {
                WRITING.remove(tmp);
            }
        }
    }

    static String tempName(String fileName, long pid, long n) {
        return "." + fileName + "." + pid + "-" + n + ".tmp";
    }

    /**
     * Forces the folder's entries (the rename) to the disk. Some platforms (Windows) refuse to open a folder
     * for reading; there the rename is as durable as the file system makes it, and nothing more can be done.
     */
    private static void forceFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // refused on this platform: see above
        }
    }

    /**
     * Deletes the temporary files earlier saves of {@code target} left when they were killed: those of a
     * process that has ended, or of this process but no longer being written. Names of the form earlier
     * versions used ({@code .NAME.HEX.tmp}, no process id) are leftovers too.
     */
    private static void removeLeftovers(Path target) {
        String name = target.getFileName().toString();
        Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.(?:(\\d+)-\\d+|[0-9a-f]+)\\.tmp");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(), "." + globSafe(name) + ".*.tmp")) {
            for (Path p : entries) {
                Matcher m = ours.matcher(p.getFileName().toString());
                if (!m.matches() || WRITING.contains(p)) {
                    continue;
                }
                if (m.group(1) != null) {
                    long pid = Long.parseLong(m.group(1));
                    if (pid != PID && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue; // another live process may be saving the same file right now
                    }
                }
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover we may not delete is only clutter; the save itself goes on
                }
            }
        } catch (IOException e) {
            // an unreadable folder: the save below reports what matters
        }
    }

    /** The name with the glob's special characters escaped, for a directory listing filtered by pattern. */
    private static String globSafe(String name) {
        return name.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }
}
