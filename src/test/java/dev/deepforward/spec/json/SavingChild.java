package dev.deepforward.spec.json;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A process that saves one big file over and over through {@link AtomicWrite}, to be killed mid-save by
 * {@code AtomicWriteTest}. Each version says which it is and how long it is, and ends with a trailer, so a
 * reader can tell a whole version from a cut or mixed one.
 */
public final class SavingChild {

    private SavingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        for (long generation = 1; ; generation++) {
            AtomicWrite.bytes(target, version(generation, size));
            System.out.println("saved " + generation);
            System.out.flush();
        }
    }

    /** Version {@code generation}: a header, {@code size} bytes all equal to the generation's byte, a trailer. */
    static byte[] version(long generation, int size) {
        byte[] head = ("GEN " + generation + " LEN " + size + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("END " + generation + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(head.length + size + tail.length);
        b.put(head);
        byte[] body = new byte[size];
        Arrays.fill(body, fill(generation));
        b.put(body);
        b.put(tail);
        return b.array();
    }

    static byte fill(long generation) {
        return (byte) ('a' + generation % 26);
    }

    /** The generation a file holds when it is one whole version; otherwise an AssertionError saying why not. */
    static long check(Path file, int size) throws Exception {
        byte[] all = Files.readAllBytes(file);
        String start = new String(all, 0, Math.min(64, all.length), StandardCharsets.US_ASCII);
        int nl = start.indexOf('\n');
        if (!start.startsWith("GEN ") || nl < 0) {
            throw new AssertionError("no header: " + start.substring(0, Math.min(20, start.length())));
        }
        String[] words = start.substring(0, nl).split(" ");
        long generation = Long.parseLong(words[1]);
        if (!Arrays.equals(all, version(generation, size))) {
            throw new AssertionError("version " + generation + " is not whole (" + all.length + " bytes)");
        }
        return generation;
    }
}
