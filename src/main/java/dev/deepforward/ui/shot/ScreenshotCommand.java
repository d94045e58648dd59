package dev.deepforward.ui.shot;

import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.spec.WholeNumberText;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.ui.files.WorkbenchFile;
import dev.deepforward.ui.files.WorkbenchFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import dev.deepforward.ui.compare.HeadlineToggle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code screenshot}: a PNG of the real workbench window after training N iterations on the real engine,
 * for READMEs, handouts and slides. Renders offscreen (no window appears), under a desktop, Xvfb, or
 * headless with Monocle. Lives in {@code ui} because it needs JavaFX, which {@code cli} may not import; the
 * launcher adds it to the command line.
 */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Render the workbench window offscreen after training N iterations and write a PNG.",
        footer = {"", "Exit codes: 0 written, 1 rendering failed, 2 bad arguments or workbench file, 3 no display.",
                "Example: java -jar target/deepforward.jar screenshot --iterations 1500 --out shot.png"})
public final class ScreenshotCommand implements Callable<Integer> {


    @Option(names = "--workbench", paramLabel = "FILE", description = "a workbench file to open (default: the default design)")
    Path workbench;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "0", converter = IterationsOption.class,
            description = "training steps before the picture, 0 to 100,000,000 (default: ${DEFAULT-VALUE})")
    long iterations;

    /** {@code --iterations}: 0 up to the longest run, or a message that says the range. */
    static final class IterationsOption implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return WholeNumberText.parse(text, 0, TrainingSpec.MAX_ITERATIONS, TypeConversionException::new);
        }
    }

    @Option(names = "--compare", paramLabel = "TOGGLE",
            description = "side-by-side runs flipping one headline toggle (init, activation, batchnorm, dropout)")
    String compare;

    @Option(names = "--presenter", description = "presenter mode: large high-contrast type, side panels hidden")
    boolean presenter;

    @Option(names = "--charts-only", description = "the network put away, as the H key does: the charts get the height")
    boolean chartsOnly;

    @Option(names = "--out", required = true, paramLabel = "PNG", description = "the picture to write, a .png file")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1000",
            description = "window size in pixels, 640x400 to 7680x4320 (default: ${DEFAULT-VALUE})")
    String size;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        PrintWriter outWriter = command.commandLine().getOut();
        WindowSize windowSize;
        try {
            windowSize = WindowSize.parse(size);
        } catch (IllegalArgumentException e) {
            return fail(err, 2, e.getMessage());
        }
        int w = windowSize.width();
        int h = windowSize.height();
        HeadlineToggle toggle = null;
        if (compare != null) {
            toggle = HeadlineToggle.parse(compare);
            if (toggle == null) {
                return fail(err, 2, "--compare must be one of init, activation, batchnorm, dropout; found '"
                        + compare + "'");
            }
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            return fail(err, 2, "--out must name a .png file, found " + out);
        }
        if (workbench != null) {
            // Checked before JavaFX starts, so a bad file is reported at once, file:line:column.
            Loaded<WorkbenchFile> loaded = WorkbenchFiles.read(workbench);
            if (!loaded.ok()) {
                loaded.problems().forEach(err::println);
                err.flush();
                return 2;
            }
        }
        String why = OffscreenToolkit.start(w, h);
        if (why != null) {
            return fail(err, 3, why);
        }
        try {
            long trained = new WindowShot(err).take(new WindowShot.Request(workbench, iterations, presenter, chartsOnly, toggle, w, h, out));
            outWriter.println("wrote " + out + " (" + w + "x" + h + ", " + trained + " iterations"
                    + (presenter ? ", presenter mode" : "") + (chartsOnly ? ", charts only" : "") + (toggle != null ? ", comparing " + compare : "") + ")");
            outWriter.flush();
            return 0;
        } catch (Exception e) {
            return fail(err, 1, "screenshot failed: " + e);
        }
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println(message);
        err.flush();
        return code;
    }
}
