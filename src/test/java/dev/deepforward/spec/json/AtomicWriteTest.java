package dev.deepforward.spec.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    /** Big enough that a save takes a while, so kills land inside saves as well as between them. */
    private static final int SIZE = 8 << 20;

    @TempDir
    Path dir;

    private List<String> leftovers() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).sorted().toList();
        }
    }

    @Test
    void aSaveReplacesTheWholeFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path f = dir.resolve("work.json");
        AtomicWrite.text(f, "first, and longer than the second");
        AtomicWrite.text(f, "second");
        assertThat(Files.readString(f)).isEqualTo("second");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theNextSaveDeletesWhatKilledSavesOfTheSameFileLeftButNotOtherFilesOrLiveSaves() throws Exception {
        Path f = dir.resolve("work.json");
        long dead = deadPid();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        for (String name : List.of(AtomicWrite.tempName("work.json", dead, 7),
                AtomicWrite.tempName("work.json", ProcessHandle.current().pid(), 999_999), ".work.json.18c2f3a9.tmp",
                AtomicWrite.tempName("work.json", alive, 3), AtomicWrite.tempName("other.json", dead, 1), "work.json.tmp")) {
            Files.writeString(dir.resolve(name), "half a sa");
        }
        AtomicWrite.text(f, "saved");
        assertThat(Files.readString(f)).isEqualTo("saved");
        // Kept: another file's leftover (its own next save deletes it), a save under way in a live process,
        // and a file that only looks similar.
        assertThat(leftovers()).containsExactlyInAnyOrder(AtomicWrite.tempName("work.json", alive, 3),
                AtomicWrite.tempName("other.json", dead, 1), "work.json.tmp");
    }

    @Test
    void killingTheSavingProcessAtAnyPointAlwaysLeavesAWholeVersionOfTheFile() throws Exception {
        Path f = dir.resolve("big.bin");
        AtomicWrite.bytes(f, SavingChild.version(0, SIZE));
        int killedWithATemporaryFile = 0;
        long newest = 0;
        for (int round = 0; round < 20; round++) {
            Process child = new ProcessBuilder(javaCommand(), "-Xmx128m", "-cp", classPath(),
                    SavingChild.class.getName(), f.toString(), Integer.toString(SIZE))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                // Vary the point of the kill: after 0 to 3 whole saves, then a little into the next one.
                for (int saves = 0; saves < round % 4; saves++) {
                    assertThat(out.readLine()).as("the child saved").startsWith("saved ");
                }
                Thread.sleep(round * 7 % 40);
                child.destroyForcibly();
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the killed child ended").isTrue();
            }
            if (!leftovers().isEmpty()) {
                killedWithATemporaryFile++;
            }
            long generation = SavingChild.check(f, SIZE);
            assertThat(generation).as("never older than a version already seen whole").isGreaterThanOrEqualTo(
                    round % 4 == 0 ? 0 : 1);
            newest = Math.max(newest, generation);
        }
        System.out.printf("AtomicWrite kill loop: 20 kills, %d left a temporary file (killed mid-save), the file was"
                + " whole every time (newest version %d)%n", killedWithATemporaryFile, newest);

        AtomicWrite.bytes(f, SavingChild.version(newest + 1, SIZE));
        assertThat(SavingChild.check(f, SIZE)).isEqualTo(newest + 1);
        assertThat(leftovers()).as("the next save cleared what the killed saves left").isEmpty();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The child needs only AtomicWrite and itself: the folders (or jars) the two classes come from. */
    private static String classPath() throws Exception {
        return Path.of(AtomicWrite.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + java.io.File.pathSeparator
                + Path.of(SavingChild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The id of a process that has ended: a short child started and waited for. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(javaCommand(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.pid();
    }
}
