package dev.deepforward.spec.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.SpecJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedInputTest {

    @TempDir
    Path dir;

    @Test
    void aSpecNamedAsADeviceIsRefusedBeforeAByteIsRead() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertThat(SpecJson.read(Path.of("/dev/zero"), RunSpec.class).problems()).extracting(FileProblem::message)
                .containsExactly("is in /dev, which holds devices and system state, not files to read");
        assertThat(BoundedInput.refusal(Path.of("/proc/self/environ"))).startsWith("is in /proc");
    }

    @Test
    void aFileUnderDevInsideAJarIsAnOrdinaryFileNotADevice() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(jar,
                java.util.Map.of("create", "true"))) {
            Path lesson = zip.getPath("/dev/deepforward/builtin-lessons/lesson.json");
            Files.createDirectories(lesson.getParent());
            Files.writeString(lesson, "{}");
            assertThat(BoundedInput.refusal(lesson)).isNull();
            assertThat(BoundedInput.readText(lesson, 100, "lesson")).isEqualTo("{}");
        }
    }

    @Test
    void aLinkToADeviceIsStillADevice() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path link = Files.createSymbolicLink(dir.resolve("spec.json"), Path.of("/dev/zero"));
        assertThat(BoundedInput.refusal(link)).startsWith("is in /dev");
    }

    @Test
    void pipesAndFoldersAreNotRegularFiles() throws Exception {
        assertThat(BoundedInput.refusal(dir)).isEqualTo("is a folder, not a file");
        assertThat(BoundedInput.refusal(dir.resolve("none"))).isEqualTo("no such file");
        Path fifo = dir.resolve("pipe");
        boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        assumeTrue(made);
        assertThat(BoundedInput.refusal(fifo)).startsWith("is not a regular file");
    }

    @Test
    void theBudgetIsCountedWhileReadingNotTakenFromTheFileSize() throws Exception {
        Path f = dir.resolve("big.json");
        Files.write(f, new byte[5000]);
        assertThatThrownBy(() -> BoundedInput.readText(f, 4096, "a test file"))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("is larger than 4096 bytes, the most this app reads for a test file");
        assertThat(BoundedInput.readText(f, 5000, "a test file")).hasSize(5000);
    }

    @Test
    void gzipExpansionCountsAgainstTheBudget() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(packed)) {
            out.write(new byte[10 << 20]);
        }
        assertThat(packed.size()).isLessThan(64 << 10);
        InputStream in = BoundedInput.decompressIfGzip(new ByteArrayInputStream(packed.toByteArray()), 1 << 20);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(InputRefusedException.class)
                .hasMessage("is larger than 1 MB, the most this app reads for a data file once decompressed");
    }

    @Test
    void aLineLongerThanTheCapIsRefusedWithItsNumber() {
        LineCappedReader r = new LineCappedReader(new StringReader("ok\n" + "x".repeat(11) + "\n"), 10, false);
        assertThatThrownBy(() -> r.read(new char[64], 0, 64)).isInstanceOf(InputRefusedException.class)
                .hasMessage("line 2 is longer than 10 characters");
    }

    @Test
    void aQuotedFieldGoingOnOverLinesCountsAsOneRecord() throws Exception {
        String text = "a,\"" + "x\n".repeat(8) + "\"\n";
        LineCappedReader r = new LineCappedReader(new StringReader(text), 10, true);
        assertThatThrownBy(() -> r.read(new char[64], 0, 64)).hasMessageStartingWith("line 1 starts a record");
        LineCappedReader plain = new LineCappedReader(new StringReader(text), 10, false);
        assertThat(plain.read(new char[64], 0, 64)).isEqualTo(text.length());
    }

    @Test
    void aByteOrderMarkIsDroppedFromText() throws Exception {
        Path f = dir.resolve("bom.json");
        Files.write(f, "\uFEFF{}".getBytes(StandardCharsets.UTF_8));
        assertThat(BoundedInput.readText(f, 100, "a test file")).isEqualTo("{}");
    }
}
