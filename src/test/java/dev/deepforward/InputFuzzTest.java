package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.data.CsvReader;
import dev.deepforward.data.DataException;
import dev.deepforward.data.IdxReader;
import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.SpecJson;
import dev.deepforward.ui.files.WorkbenchFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation test of every kind of file the app reads — run specs, lessons, variants, workbench
 * files, CSV and IDX — through the same readers the app uses. Each mutant must be accepted or refused
 * with the documented error ({@link DataException}, or located problems); any other exception is a
 * crash, and a case that does not finish is a hang (the wait only bounds a hang). The cases that could
 * exhaust memory (decompression bombs, endless lines, device files) also run in a child JVM with a small
 * heap through the command line, whose exit code must be a documented one.
 *
 * <p>{@code -Dfuzz.cases=5000} runs more; {@code -Dfuzz.seed=N} another sequence. The counts are printed.
 */
class InputFuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 300);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_202L);
    private static final String[] KINDS = {"spec", "lesson", "variants", "workbench", "csv", "idx"};
    private static final String[] ODD = {"\u0000", "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "1e39", "-1e39", "NaN",
        "1e999", "-0", "0x1p3", "\uFEFF", "\u00e9", "{", "}", "[", "]", ":", "null", "true", "9999999999",
        "../../etc/passwd", "/dev/zero", "/proc/self/environ", "http://x/y.csv", "~/a.csv", "\\\\"};

    @TempDir
    Path dir;

    private record Outcome(String kind, boolean accepted, String crash) {
    }

    @Test
    void mutatedInputsAreAcceptedOrRefusedCleanlyNeverCrashOrHang() throws Exception {
        // the data file the spec and workbench seeds name, so an unharmed seed is accepted
        Files.writeString(dir.resolve("d.csv"), "x,y,label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n");
        Random random = new Random(SEED);
        int clean = 0;
        int accepted = 0;
        int hangs = 0;
        List<String> crashes = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor(daemon());
        for (int i = 0; i < CASES; i++) {
            String kind = KINDS[i % KINDS.length];
            Path file = write(kind, i, random);
            Future<Outcome> f = pool.submit(() -> readOnce(kind, file));
            try {
                Outcome o = f.get(60, TimeUnit.SECONDS);
                if (o.crash() != null) {
                    crashes.add("case " + i + " (" + kind + ", " + file.getFileName() + "): " + o.crash());
                } else if (o.accepted()) {
                    accepted++;
                } else {
                    clean++;
                }
            } catch (TimeoutException e) {
                hangs++;
                crashes.add("case " + i + " (" + kind + "): no answer within 60 s");
                f.cancel(true);
                pool.shutdownNow();
                pool = Executors.newSingleThreadExecutor(daemon());
            }
            Files.deleteIfExists(file);
        }
        pool.shutdownNow();
        System.out.printf("fuzz: %d cases, seed %d: %d clean errors, %d accepted, %d crashes, %d hangs%n",
                CASES, SEED, clean, accepted, crashes.size() - hangs, hangs);
        assertThat(crashes).isEmpty();
        assertThat(clean).as("most mutants are refused").isGreaterThan(CASES / 4);
    }

    /** Reads one file as the app would; a crash is any exception other than the documented ones. */
    private static Outcome readOnce(String kind, Path file) {
        try {
            switch (kind) {
                case "csv" -> CsvReader.read(file, null);
                case "idx" -> {
                    if (file.getFileName().toString().contains("labels")) {
                        IdxReader.readLabels(file);
                    } else {
                        IdxReader.readImages(file);
                    }
                }
                default -> {
                    List<FileProblem> problems = switch (kind) {
                        case "spec" -> SpecJson.read(file, RunSpec.class).problems();
                        case "lesson" -> LessonLoader.load(file, null).problems();
                        case "variants" -> SpecJson.readList(file, Variant.class).problems();
                        default -> SpecJson.read(file, WorkbenchFile.class).problems();
                    };
                    for (FileProblem p : problems) {
                        if (p.message() == null || p.message().isBlank() || p.location().line() < 1) {
                            return new Outcome(kind, false, "a problem without message or place: " + p);
                        }
                    }
                    return new Outcome(kind, problems.isEmpty(), null);
                }
            }
            return new Outcome(kind, true, null);
        } catch (DataException e) {
            return new Outcome(kind, false, e.getMessage() == null || e.getMessage().isBlank() ? "empty message" : null);
        } catch (Throwable t) {
            return new Outcome(kind, false, t.toString());
        }
    }

    /**
     * The inputs that could take memory if a budget failed, each through the command line in a child JVM
     * with a 192 MB heap: the exit code must be a documented one and no OutOfMemoryError may show.
     */
    @Test
    void bombsAndDeviceFilesStayWithinASmallHeap() throws Exception {
        Path bomb = dir.resolve("bomb.csv.gz");
        byte[] line = new byte[1 << 20];
        java.util.Arrays.fill(line, (byte) '7');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write("a,label\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 256; i++) { // 256 MB of one line
                out.write(line);
            }
        }
        Path csvSpec = dir.resolve("csv-spec.json");
        Files.writeString(csvSpec, "{\"data\": {\"dataset\": \"csv\", \"file\": \"bomb.csv.gz\"}}");
        Path devSpec = dir.resolve("dev-spec.json");
        Files.writeString(devSpec, "{\"data\": {\"dataset\": \"csv\", \"file\": \"/dev/zero\"}}");
        Path idxBomb = dir.resolve("images.idx.gz");
        Files.write(idxBomb, gzip(idxHeader(0x00000803, 23, 4096, 4096)));
        Path idxLabels = dir.resolve("labels.idx");
        Files.write(idxLabels, idxHeader(0x00000801, 23));
        Path idxSpec = dir.resolve("idx-spec.json");
        Files.writeString(idxSpec, "{\"data\": {\"dataset\": \"idx\", \"file\": \"images.idx.gz\","
                + " \"labelFile\": \"labels.idx\"}}");
        Path out = dir.resolve("out");
        List<List<String>> commands = List.of(
                List.of("validate", "/dev/zero"),
                List.of("run", "--spec", "/dev/zero", "--out", out.toString()),
                List.of("run", "--spec", devSpec.toString(), "--out", out.toString()),
                List.of("run", "--spec", csvSpec.toString(), "--iterations", "1", "--out", out.toString()),
                List.of("run", "--spec", idxSpec.toString(), "--iterations", "1", "--out", out.toString()));
        for (List<String> args : commands) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx192m", "-cp", System.getProperty("java.class.path"), "dev.deepforward.Launcher"));
            command.addAll(args);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (var in = p.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("bounds a hang only").isTrue();
            assertThat(p.exitValue()).as(args + ": " + output).isBetween(1, 2);
            assertThat(output).as(String.join(" ", args)).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        }
    }

    // ---- making mutants ------------------------------------------------------------------------------

    private Path write(String kind, int index, Random random) throws IOException {
        byte[] bytes = switch (kind) {
            case "csv" -> csv(random);
            case "idx" -> idx(random, index);
            default -> mutateText(seedText(kind), random).getBytes(StandardCharsets.UTF_8);
        };
        if (random.nextInt(10) == 0 && !kind.equals("idx")) {
            bytes = gzip(bytes);
        }
        String name = kind.equals("idx") ? (index % 2 == 0 ? "images-" : "labels-") + index + ".idx"
                : kind + "-" + index + (kind.equals("csv") ? ".csv" : ".json");
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static String seedText(String kind) {
        return switch (kind) {
            case "spec" -> """
                    {"name": "s", "seed": 3, "data": {"dataset": "csv", "file": "d.csv", "labelColumn": "label"},
                     "network": {"hidden": [{"units": 4, "activation": "tanh", "init": "xavier_normal"}]},
                     "training": {"learningRate": 0.05, "iterations": 500, "batchSize": 16}}""";
            case "lesson" -> """
                    {"format": 1, "id": "f", "title": "F", "summary": "S", "level": "beginner", "minutes": 5,
                     "concepts": ["activations"], "steps": [{"title": "T", "text": "x",
                     "setup": {"spec": {"data": {"dataset": "spiral"}, "training": {"iterations": 100}}},
                     "variants": [{"name": "a", "description": "", "set": {}},
                                  {"name": "b", "description": "", "set": {"training.learningRate": 0.1}}],
                     "checkpoints": [{"kind": "iterations", "value": 50}]}]}""";
            case "variants" -> """
                    [{"name": "a", "description": "one", "set": {"network.hidden[*].activation": "relu"}},
                     {"name": "b", "description": "two", "set": {"training.learningRate": 0.5}}]""";
            default -> """
                    {"format": 1, "spec": {"data": {"dataset": "csv", "file": "d.csv"},
                     "network": {"hidden": [{"units": 8}]}}, "variants": [],
                     "layout": {"leftDivider": 0.2, "rightDivider": 0.8, "chartDivider": 0.5, "theme": "light"}}""";
        };
    }

    private static String mutateText(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, ODD[random.nextInt(ODD.length)]);
                case 2 -> s.setCharAt(at, (char) random.nextInt(128));
                case 3 -> s.setLength(at);
                case 4 -> {
                    int quote = s.indexOf("\"", at);
                    if (quote >= 0 && quote + 1 < s.length()) {
                        s.insert(quote + 1, ODD[random.nextInt(ODD.length)]);
                    }
                }
                default -> {
                    int colon = s.indexOf(":", at);
                    if (colon >= 0) {
                        s.insert(colon + 1, " " + ODD[random.nextInt(ODD.length)]);
                    }
                }
            }
        }
        return s.toString();
    }

    private static byte[] csv(Random random) {
        StringBuilder s = new StringBuilder(random.nextBoolean() ? "x,y,label\n" : "4,2,a,b\n");
        char delimiter = ",;\t".charAt(random.nextInt(3));
        for (int r = 0; r < 4; r++) {
            s.append(random.nextInt(9)).append(',').append(random.nextGaussian()).append(',').append(r % 2).append('\n');
        }
        String text = s.toString().replace(',', delimiter);
        return mutateText(text, random).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] idx(Random random, int index) throws IOException {
        byte[] bytes;
        if (index % 2 == 0) {
            byte[] header = idxHeader(0x00000803, 2, 3, 3);
            bytes = java.util.Arrays.copyOf(header, header.length + 18);
        } else {
            byte[] header = idxHeader(0x00000801, 2);
            bytes = java.util.Arrays.copyOf(header, header.length + 2);
        }
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(3)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                default -> bytes[Math.min(bytes.length - 1, 4 + random.nextInt(8))] = (byte) (random.nextBoolean() ? 0xFF : 0x10);
            }
            if (bytes.length == 0) {
                break;
            }
        }
        return random.nextInt(3) == 0 ? gzip(bytes) : bytes;
    }

    private static byte[] idxHeader(int magic, long... dims) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + 4 * dims.length);
        b.putInt(magic);
        for (long d : dims) {
            b.putInt((int) d);
        }
        return b.array();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(packed)) {
            out.write(bytes);
        }
        return packed.toByteArray();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "fuzz case");
            t.setDaemon(true);
            return t;
        };
    }
}
