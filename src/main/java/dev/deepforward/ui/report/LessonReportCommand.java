package dev.deepforward.ui.report;

import dev.deepforward.data.CatalogEntry;
import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.lesson.Checkpoint;
import dev.deepforward.lesson.CheckpointKind;
import dev.deepforward.lesson.Claim;
import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonCatalog;
import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.lesson.Step;
import dev.deepforward.lesson.StepRuns;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.spec.WholeNumberText;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import dev.deepforward.ui.compare.ComparePlan;
import dev.deepforward.ui.files.WorkbenchLayout;
import dev.deepforward.ui.lesson.LessonPlayer;
import dev.deepforward.ui.model.SpecChange;
import dev.deepforward.ui.shot.WindowSize;
import dev.deepforward.ui.shot.OffscreenToolkit;
import dev.deepforward.ui.shot.WindowShot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code lesson report ID|FILE --out DIR}: an HTML handout of a lesson for instructors, with a picture of
 * the training charts of every step that sets up a run. Each picture comes from the real workbench window,
 * rendered offscreen: the step is set up as the lesson player's Set up does (its spec, and its variants
 * side by side), trained on the real engine, and its charts area snapshotted. Lives in {@code ui} because
 * it needs JavaFX; the launcher adds it under the {@code lesson} command.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write an HTML handout of a lesson, with a chart picture of every step that sets up a run.",
                "Writes DIR/index.html and DIR/step-N.png (N = the step's number), with --slides also DIR/slides.html.",
                "Each step with a setup or variants is"
                + " trained on the real engine in the offscreen workbench window (its variants side by side)"
                + " for --iterations, or else for the step's largest claim or checkpoint iteration count"
                + " (500 when it has none). Progress goes to stderr."},
        footer = {"", "Exit codes: 0 written, 1 a picture failed (the page is still written), 2 unknown id,"
                + " invalid lesson or bad argument, 3 no display.",
                "Example: java -jar target/deepforward.jar lesson report vanishing-gradients --out handout"})
public final class LessonReportCommand implements Callable<Integer> {

    /** Iterations for a step whose claims and checkpoints name none. */
    static final int DEFAULT_ITERATIONS = 500;


    @Parameters(index = "0", paramLabel = "ID|FILE",
            description = "a lesson id or number as 'lesson list' shows them (vanishing-gradients, 3, 2b; the built-in lessons and your own, or -Ddeepforward.lessons=DIR), or a lesson file")
    String lesson;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write (created if needed)")
    Path out;

    @Option(names = "--iterations", paramLabel = "N", converter = IterationsOption.class,
            description = "train every step this many iterations, 1 to 100,000,000 (default: the step's largest"
                    + " claim or checkpoint iteration count, else " + DEFAULT_ITERATIONS + ")")
    Integer iterations;

    /** {@code --iterations}: 1 up to the longest run, or a message that says the range. */
    static final class IterationsOption implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return (int) WholeNumberText.parse(text, 1, TrainingSpec.MAX_ITERATIONS, TypeConversionException::new);
        }
    }

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1400x1100",
            description = "size of the offscreen window the charts are laid out in, 640x400 to 7680x4320"
                    + " (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--student",
            description = "the students' handout: quiz without the correct answers and explanations, no claims")
    boolean student;

    @Option(names = "--slides",
            description = "also write DIR/slides.html: a title slide and one slide per step (title, key text, figure, "
                    + "chart picture); arrow keys move, and it prints one landscape page per slide")
    boolean slides;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        PrintWriter stdout = command.commandLine().getOut();
        WindowSize windowSize;
        try {
            windowSize = WindowSize.parse(size);
        } catch (IllegalArgumentException e) {
            return fail(err, 2, e.getMessage());
        }
        int w = windowSize.width();
        int h = windowSize.height();

        Set<String> datasets = datasetIds();
        Path file = resolve(lesson, datasets, err);
        if (file == null) {
            return 2;
        }
        Loaded<Lesson> loaded = LessonLoader.load(file, datasets);
        if (!loaded.ok()) {
            loaded.problems().forEach(err::println);
            err.println(file + ": not a valid lesson (" + loaded.problems().size() + " problem"
                    + (loaded.problems().size() == 1 ? "" : "s") + ")");
            err.flush();
            return 2;
        }
        Lesson l = loaded.value();
        List<StepRuns> runs = l.runs(SpecJson.folderOf(file));
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            return fail(err, 2, "cannot create " + out + ": " + e.getMessage());
        }

        Map<Integer, String> figures = copyFigures(l, file, err);
        Map<Integer, HandoutHtml.Picture> pictures = new LinkedHashMap<>();
        boolean anyFailed = false;
        List<Step> steps = l.steps();
        long withSetup = 0;
        for (int i = 0; i < steps.size(); i++) {
            withSetup += pictured(steps.get(i), runs.get(i)) ? 1 : 0;
        }
        if (withSetup > 0) {
            String why = OffscreenToolkit.start(w, h);
            if (why != null) {
                return fail(err, 3, why);
            }
        }
        int done = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            StepRuns r = runs.get(i);
            if (!pictured(s, r)) {
                continue;
            }
            done++;
            int n = iterations != null ? iterations : iterationsOf(s);
            String name = "step-" + (i + 1) + ".png";
            err.printf("step %d/%d (%d of %d with a run): %s — training %d iterations%s%n", i + 1, steps.size(), done,
                    withSetup, s.title(), n, s.variants().isEmpty() ? "" : ", " + s.variants().size() + " variants side by side");
            err.flush();
            long t0 = System.nanoTime();
            try {
                long trained = shoot(r, s, n, w, h, out.resolve(name), err);
                pictures.put(i, new HandoutHtml.Picture(name, caption(s, r, trained)));
                err.printf("step %d: wrote %s (%d iterations, %.1f s)%n", i + 1, name, trained,
                        (System.nanoTime() - t0) / 1e9);
            } catch (Exception e) {
                anyFailed = true;
                err.println("step " + (i + 1) + ": the picture failed: " + e);
            }
            err.flush();
        }

        Path index = out.resolve("index.html");
        try {
            Files.writeString(index, HandoutHtml.render(l, pictures, figures, student), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail(err, 1, "cannot write " + index + ": " + e.getMessage());
        }
        stdout.println("wrote " + index + " (" + steps.size() + " steps, " + pictures.size() + " chart picture"
                + (pictures.size() == 1 ? "" : "s") + ")");
        if (slides) {
            Path deck = out.resolve("slides.html");
            try {
                Files.writeString(deck, SlidesHtml.render(l, pictures, figures), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return fail(err, 1, "cannot write " + deck + ": " + e.getMessage());
            }
            stdout.println("wrote " + deck + " (" + (steps.size() + 1) + " slides)");
        }
        stdout.flush();
        return anyFailed ? 1 : 0;
    }

    /** The lesson file {@code arg} names: an existing file, else a lesson id or number of the catalogue. */
    private static Path resolve(String arg, Set<String> datasets, PrintWriter err) {
        Path asFile = Path.of(arg);
        if (Files.isRegularFile(asFile)) {
            return asFile;
        }
        if (!LessonCatalog.looksLikeAName(arg)) {
            err.println("no such lesson file: " + arg);
            err.flush();
            return null;
        }
        LessonCatalog catalog = LessonCatalog.load(dev.deepforward.lesson.LessonFolders.catalogue(), datasets);
        var entry = catalog.named(arg);
        if (entry.isPresent()) {
            return entry.get().file();
        }
        err.println(LessonCatalog.noSuchLesson(arg));
        if (!catalog.problemsByFile().isEmpty()) {
            err.println(catalog.problemsByFile().size() + " lesson file(s) have problems and are left out of the"
                    + " catalogue; 'lesson list' names them");
        }
        err.flush();
        return null;
    }

    /**
     * Whether the step gets a picture: it sets up a run, or runs its own variants side by side on the run it
     * keeps from the step before — what the lesson player's Set up changes in either case.
     */
    static boolean pictured(Step s, StepRuns r) {
        return r.hasRun() && (s.setup() != null || !s.variants().isEmpty());
    }

    /** The step's largest claim or checkpoint iteration count, else {@value #DEFAULT_ITERATIONS}. */
    static int iterationsOf(Step s) {
        int n = 0;
        for (Claim c : s.claims()) {
            if (c.iterations() != null) {
                n = Math.max(n, c.iterations());
            }
        }
        for (Checkpoint c : s.checkpoints()) {
            if (c.kind() == CheckpointKind.ITERATIONS && c.value() != null) {
                n = Math.max(n, c.value());
            }
        }
        return n > 0 ? n : DEFAULT_ITERATIONS;
    }

    /**
     * Sets the step up in a fresh offscreen window as Set up does (the spec as one edit, the variants as the
     * comparison), trains it {@code n} iterations and writes its charts area; returns the iterations trained.
     * The run's length is set to {@code n}, as {@code lesson check} does for a claim's iterations, so the
     * step's run can get there and its schedule spans exactly the pictured run.
     */
    private static long shoot(StepRuns r, Step s, int n, int w, int h, Path png, PrintWriter err) throws Exception {
        RunSpec spec = r.spec().withTraining(r.spec().training().withIterations(n));
        WindowShot shot = new WindowShot(err);
        try {
            shot.open(w, h, win -> {
                // The charts get the window's width and most of its height: side panels and designer shrink.
                win.applyLayout(new WorkbenchLayout(0.0, 1.0, 0.3, "light"));
                win.document().apply(SpecChange.of("Set up lesson step", x -> spec));
                if (!s.variants().isEmpty()) {
                    win.compareMode().set(ComparePlan.ofVariants(s.variants()));
                }
                return true;
            });
            long trained = shot.train(n);
            shot.settle();
            shot.snapshot(png, win -> win.charts());
            return trained;
        } finally {
            shot.close();
        }
    }

    private static String caption(Step s, StepRuns r, long trained) {
        String what = s.variants().isEmpty() ? r.spec().name()
                : String.join(" vs ", s.variants().stream().map(v -> v.name()).toList());
        return what + ", after " + trained + " iteration" + (trained == 1 ? "" : "s") + " (seed " + r.spec().seed() + ")";
    }

    /** Copies each step's own figure next to the page as {@code figure-N.ext}; by step index. */
    private Map<Integer, String> copyFigures(Lesson l, Path file, PrintWriter err) {
        Map<Integer, String> out = new LinkedHashMap<>();
        Path folder = file.toAbsolutePath().normalize().getParent();
        for (int i = 0; i < l.steps().size(); i++) {
            String image = l.steps().get(i).image();
            if (image == null || image.isBlank() || folder == null) {
                continue;
            }
            String ext = image.substring(image.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            String name = "figure-" + (i + 1) + "." + ext;
            try {
                Files.copy(folder.resolve(image), this.out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                out.put(i, name);
            } catch (IOException e) {
                err.println("step " + (i + 1) + ": cannot copy its figure " + image + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static Set<String> datasetIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (CatalogEntry e : DatasetCatalog.entries()) {
            ids.add(e.id());
        }
        ids.add(DatasetCatalog.CSV);
        ids.add(DatasetCatalog.IDX);
        return ids;
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println(message);
        err.flush();
        return code;
    }
}
