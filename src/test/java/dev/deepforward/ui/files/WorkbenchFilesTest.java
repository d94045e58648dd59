package dev.deepforward.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.spec.json.Loaded;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench file format, without a window. */
class WorkbenchFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbenchRoundTripsWithTheSpecFileFieldNames() throws Exception {
        Variant sigmoid = Variant.of("sigmoid", "network.hidden[*].activation", Activation.SIGMOID);
        WorkbenchFile wb = new WorkbenchFile(RunSpec.defaults(), List.of(Variant.baseline("relu"), sigmoid),
                new WorkbenchLayout(0.2, 0.7, 0.45, "dark"));
        Path file = dir.resolve("w.json");
        WorkbenchFiles.write(file, wb);

        String text = Files.readString(file);
        assertThat(text).contains("\"format\" : 1", "\"spec\"", "\"hidden\"", "\"learningRate\"", "\"variants\"",
                "\"chartDivider\" : 0.45").doesNotContain("session");
        Loaded<WorkbenchFile> back = WorkbenchFiles.read(file);
        assertThat(back.problems()).isEmpty();
        assertThat(back.value()).isEqualTo(wb);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("w.json");
        }
    }

    @Test
    void aWorkbenchFileTheWindowSavesPassesValidateAsAWorkbenchNotALesson() throws Exception {
        Variant sigmoid = Variant.of("sigmoid", "network.hidden[*].activation", Activation.SIGMOID);
        WorkbenchFile wb = new WorkbenchFile(RunSpec.defaults(), List.of(Variant.baseline("relu"), sigmoid),
                new WorkbenchLayout(0.2, 0.7, 0.45, "dark"))
                .withProvenance(WorkbenchProvenance.now(RunSpec.defaults(), List.of()));
        for (String name : List.of("saved.dfw", "saved.json")) {
            Path file = dir.resolve(name);
            WorkbenchFiles.write(file, wb);
            dev.deepforward.lesson.ValidationReport report = dev.deepforward.lesson.FileValidator.validate(
                    List.of(file), null);
            assertThat(report.problems()).as(name).isEmpty();
            assertThat(report.summary()).as(name).isEqualTo("1 file checked (0 lessons, 0 specs, 1 workbench file): no problems");
        }
    }

    @Test
    void aWorkbenchsVariantsReadTheirDataFilesFromTheWorkbenchsFolderAndRefuseDevices() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("wb"));
        Files.writeString(folder.resolve("mine.csv"), "x,y,label\n0,0,a\n1,1,b\n");
        Path file = folder.resolve("w.dfw");
        Files.writeString(file, """
                {"format": 1, "spec": {},
                 "variants": [{"name": "built-in"}, {"name": "mine", "set": {"data.file": "mine.csv"}}],
                 "layout": {"leftDivider": 0.2, "rightDivider": 0.7, "chartDivider": 0.45, "theme": "dark"}}
                """);
        Loaded<WorkbenchFile> read = WorkbenchFiles.read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.value().variants().get(1).set().get("data.file"))
                .isEqualTo(folder.resolve("mine.csv").toAbsolutePath().toString());

        Files.writeString(file, Files.readString(file).replace("mine.csv", "/proc/self/environ"));
        assertThat(WorkbenchFiles.read(file).problems()).extracting(Object::toString).anySatisfy(s -> assertThat(s)
                .startsWith(file + ":2:").contains("variants[1].set.data.file", "is in /proc"));
    }

    @Test
    void theChartsXAxisIsKeptInTheLayoutAndAFileFromBeforeItLoadsWithIterations() throws Exception {
        Path file = dir.resolve("x.dfw");
        WorkbenchFiles.write(file, new WorkbenchFile(RunSpec.defaults(), List.of(),
                new WorkbenchLayout(0.2, 0.7, 0.45, "light", "epoch")));
        assertThat(Files.readString(file)).contains("\"chartX\" : \"epoch\"");
        Loaded<WorkbenchFile> back = WorkbenchFiles.read(file);
        assertThat(back.problems()).isEmpty();
        assertThat(back.value().layout().chartAxis()).isEqualTo(dev.deepforward.ui.chart.ChartX.EPOCH);

        Files.writeString(file, """
                {"format": 1, "spec": {},
                 "layout": {"leftDivider": 0.2, "rightDivider": 0.7, "chartDivider": 0.45, "theme": "dark"}}
                """);
        Loaded<WorkbenchFile> old = WorkbenchFiles.read(file);
        assertThat(old.problems()).isEmpty();
        assertThat(old.value().layout().chartX()).isEqualTo("iteration");

        Files.writeString(file, Files.readString(file).replace("\"dark\"", "\"dark\", \"chartX\": \"time\""));
        assertThat(WorkbenchFiles.read(file).problems()).extracting(Object::toString).anySatisfy(s -> assertThat(s)
                .contains("layout.chartX", "unknown value 'time'", "iteration, epoch, examples"));
    }

    @Test
    void problemsNameTheFileLineAndColumn() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {
                  "format": 1,
                  "spec": { "network": { "hidden": [ { "unit": 3 } ] } },
                  "layout": { "leftDivider": 0.2, "rightDivider": 0.7, "chartDivider": 1.5, "theme": "dark" }
                }
                """);
        Loaded<WorkbenchFile> r = WorkbenchFiles.read(file);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(Object::toString).anySatisfy(s -> assertThat(s)
                .startsWith(file + ":3:").contains("spec.network.hidden[0].unit", "did you mean 'units'"));
        // Values are checked once the file binds (as for spec files): fix the field, and the layout is next.
        Files.writeString(file, Files.readString(file).replace("\"unit\"", "\"units\""));
        assertThat(WorkbenchFiles.read(file).problems()).extracting(Object::toString).anySatisfy(s -> assertThat(s)
                .startsWith(file + ":4:").contains("layout.chartDivider", "between 0 and 1"));
    }

    @Test
    void aNewerFormatAndABareSpecFileAreRefusedClearly() throws Exception {
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{ \"format\": 7, \"spec\": {} }");
        assertThat(WorkbenchFiles.read(newer).problems()).extracting(Object::toString)
                .anySatisfy(s -> assertThat(s).contains("format 7 was written by a newer DeepForward"));
        Path bare = dir.resolve("spec.json");
        Files.writeString(bare, "{ \"name\": \"x\" }");
        assertThat(WorkbenchFiles.read(bare).problems()).extracting(Object::toString)
                .anySatisfy(s -> assertThat(s).contains("missing required field 'spec'"));
    }

    @Test
    void recentFilesKeepTheNewestEightAndSurviveARestart() {
        Path store = dir.resolve("recent.json");
        RecentFiles r = new RecentFiles(store);
        for (int i = 0; i < 10; i++) {
            r.add(dir.resolve("f" + i + ".json"));
        }
        r.add(dir.resolve("f5.json"));
        RecentFiles again = new RecentFiles(store);
        assertThat(again.files()).hasSize(RecentFiles.MAX);
        assertThat(again.files().get(0).getFileName().toString()).isEqualTo("f5.json");
        assertThat(again.files().get(1).getFileName().toString()).isEqualTo("f9.json");
    }

    @Test
    void theShippedExampleWorkbenchesOpenWithoutProblems() throws Exception {
        try (var files = Files.list(Path.of("assets/workbenches"))) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(all).isNotEmpty();
            for (Path f : all) {
                Loaded<WorkbenchFile> r = WorkbenchFiles.read(f);
                assertThat(r.problems()).as(f.toString()).isEmpty();
                assertThat(r.value().spec().network().hidden()).as(f.toString()).isNotEmpty();
            }
        }
    }
}
